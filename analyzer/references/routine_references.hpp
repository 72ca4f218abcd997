#pragma once

#include <functional>

#include "analyzer/model/routine.hpp"
#include "analyzer/references/tree_references.hpp"

namespace pgdrift {

// Calls `visit` with each SQL tree of a routine's body: its SQL-standard body, each statement
// of a LANGUAGE sql body, and each SQL statement and expression of a PL/pgSQL body (read with
// PostgreSQL's PL/pgSQL grammar). The trees live in `arena`. What is built at run time
// (EXECUTE of a variable) is not seen.
void for_each_body_tree(const Routine& routine, ast::Arena& arena,
                        const std::function<void(const ast::Node&)>& visit);

// The relations and columns a routine's body names, in every tree of for_each_body_tree. Each
// body is read once per process: the references returned are the cache's, to be used before
// the next call.
const References& routine_references(const Routine& routine);

}  // namespace pgdrift
