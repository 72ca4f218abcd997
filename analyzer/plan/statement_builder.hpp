#pragma once

#include <string>

#include "analyzer/model/expression.hpp"
#include "analyzer/model/qualified_name.hpp"

namespace pgdrift {

// Clauses the model keeps as parse trees, written by wrapping them in a statement that
// libpg_query's deparser accepts.
std::string partition_by_clause(Expr partition_spec);  // PARTITION BY RANGE (a)
std::string attach_partition_statement(const QualifiedName& parent, const QualifiedName& partition, Expr bound);
std::string exclusion_definition(Expr constraint);     // EXCLUDE USING gist (...)
// A CREATE INDEX / CREATE TRIGGER statement with the object's current name and table.
std::string statement_with_names(const ast::Node& statement, std::string_view name_field, const std::string& name,
                                 const QualifiedName& relation);

}  // namespace pgdrift
