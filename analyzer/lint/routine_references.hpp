#pragma once

#include <functional>

#include "analyzer/model/routine.hpp"
#include "analyzer/plan/references.hpp"
#include "parser/ast.hpp"

namespace pgdrift {

// Calls `visit` with each SQL tree of a routine's body: its SQL-standard body, the statements
// of a LANGUAGE sql body, and every SQL statement and expression of a PL/pgSQL body (read with
// PostgreSQL's PL/pgSQL grammar; an expression as SELECT expr). What is built at run time
// (EXECUTE of a variable) is not seen. The trees live only during the call.
void for_each_body_tree(const Routine& routine, const std::function<void(const ast::Node&)>& visit);

// The relations and columns a routine's body names, in all those trees.
References routine_references(const Routine& routine);

}  // namespace pgdrift
