#pragma once

#include <functional>
#include <string>
#include <vector>

#include "analyzer/model/catalog.hpp"
#include "analyzer/references/resolved_references.hpp"

namespace pgdrift {

// An object of a catalog whose definition uses other objects.
struct ReferenceUser {
  std::string kind;  // "view", "materialized_view", "function", "procedure", "policy", "trigger",
                     // "default", "constraint" (CHECK), "column" (generated)
  std::string id;    // its stable id
  ResolvedReferences uses;
};

// Every user of a catalog and what it uses: view and materialized view queries, SQL and
// PL/pgSQL bodies (a trigger function also reads the NEW and OLD rows of the tables whose
// triggers call it), policies' USING and WITH CHECK, triggers (their function, WHEN and
// UPDATE OF columns), column defaults, CHECKs and generated columns. A table member does not
// count its own table as a use; its columns it does.
// `read`, when given, chooses the definitions that are read; the others are left out.
struct ReadFilter {
  std::function<bool(const Routine&)> body;  // a routine's AS '...' text (parsing it is costly)
  // A view query, policy expression, default, CHECK or generated column; `own_table` is the
  // table whose columns it reads unqualified (nullptr for a view).
  std::function<bool(const ast::Node&, const QualifiedName* own_table)> tree;
};
std::vector<ReferenceUser> build_reference_graph(const Catalog& catalog,
                                                 const ReadFilter& read = {});

}  // namespace pgdrift
