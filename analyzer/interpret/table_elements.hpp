#pragma once

#include <string>
#include <vector>

#include "analyzer/interpret/context.hpp"

namespace pgdrift {

// Turns CREATE TABLE / ALTER TABLE ADD elements into the model. Shared by both statements.

// A column definition; constraints written on the column (PRIMARY KEY, REFERENCES, CHECK,
// UNIQUE) are returned in `table_constraints` as table constraints on that column.
Column column_from_definition(Context& context, const QualifiedName& table, const ast::Node& column_def,
                              std::vector<Constraint>& table_constraints);

// A column's COMPRESSION as written (pglz, lz4); "default" or none: none of its own.
std::string compression_method(std::string_view written);

// A Constraint node (table constraint, or column constraint when `column` is given).
Constraint constraint_from_node(Context& context, const ast::Node& constraint, const std::string* column);

// Adds a constraint, choosing PostgreSQL's generated name when it has none; returns the name.
std::string add_constraint(Context& context, Table& table, Constraint constraint);

// Creates the sequence behind a serial or identity column, named as PostgreSQL would.
Sequence& create_column_sequence(Context& context, const QualifiedName& table, const std::string& column,
                                 const std::string& data_type, const ast::Node* identity_options,
                                 bool for_identity);

// Parses an expression we make ourselves (e.g. the nextval() default of a serial column).
Expr synthesized_expression(Context& context, const std::string& sql);

// The distinct column names an expression refers to, in order of first appearance.
std::vector<std::string> referenced_columns(const ast::Node& expression);

std::vector<std::string> string_list(std::span<const ast::Node> names);

}  // namespace pgdrift
