#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parser/ast.hpp"

namespace pgdrift {

// The parts of statement trees several rules look at, as libpg_query shapes them.

// The subcommands of ALTER TABLE (not of ALTER INDEX, VIEW, ...): AlterTableCmd nodes.
std::vector<const ast::Node*> alter_table_commands(const ast::Node& tree);
// The same, only those of one subtype ("AT_AddColumn", "AT_DropColumn", ...).
std::vector<const ast::Node*> alter_table_commands(const ast::Node& tree, std::string_view subtype);

// The ColumnDefs a statement declares: CREATE TABLE's and ALTER TABLE ... ADD COLUMN's.
std::vector<const ast::Node*> column_definitions(const ast::Node& tree);

// A column whose type a statement writes: in CREATE TABLE, ADD COLUMN or ALTER COLUMN TYPE.
struct DeclaredColumn {
  std::string name;
  const ast::Node* type_name = nullptr;
};
std::vector<DeclaredColumn> declared_columns(const ast::Node& tree);

// A column's constraint of one kind ("CONSTR_DEFAULT", "CONSTR_NOTNULL", ...), if written.
const ast::Node* column_constraint(const ast::Node& column_def, std::string_view contype);

// A constraint of one kind that ALTER TABLE adds: by ADD CONSTRAINT, or written on the column
// of an ADD COLUMN (`column` is then that ColumnDef).
struct AddedConstraint {
  const ast::Node* constraint = nullptr;
  const ast::Node* column = nullptr;
};
std::vector<AddedConstraint> added_constraints(const ast::Node& tree, std::string_view contype);

// The names of a list of String nodes (column lists), joined by ", ".
std::string joined_names(std::span<const ast::Node> names);
std::vector<std::string> names_of(std::span<const ast::Node> names);

}  // namespace pgdrift
