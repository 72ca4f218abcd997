#pragma once

#include <set>
#include <string>

#include "analyzer/model/expression.hpp"
#include "analyzer/model/qualified_name.hpp"

namespace pgdrift {

// The names a tree mentions, as written (schema empty when unqualified): what a view,
// default, policy or index may depend on.
struct References {
  std::set<QualifiedName>
      relations;  // FROM / JOIN relations, and those named in strings ('s'::regclass, nextval('s'))
  std::set<QualifiedName> functions;  // called functions
  std::set<QualifiedName> types;      // cast targets and declared types
  std::set<std::string> columns;      // column names referenced (last part of the name)
};

void collect_references(Expr tree, References& references);

// A RangeVar: where a field's node type is fixed (UpdateStmt.relation, InsertStmt.relation),
// libpg_query's JSON leaves the node untagged, and it is known by its fields.
bool is_range_var(const ast::Node& node);
// A RangeVar's relation as written (schema empty when unqualified).
QualifiedName written_relation(const ast::Node& range_var);

}  // namespace pgdrift
