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
// `read_body`, when given, chooses the routines whose AS '...' body text is parsed and read:
// the others are left out (parsing bodies is most of the graph's cost).
using RoutineFilter = std::function<bool(const Routine&)>;
std::vector<ReferenceUser> build_reference_graph(const Catalog& catalog,
                                                 const RoutineFilter& read_body = {});

}  // namespace pgdrift
