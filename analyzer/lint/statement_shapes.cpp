#include "analyzer/lint/statement_shapes.hpp"

namespace pgdrift {

std::vector<const ast::Node*> alter_table_commands(const ast::Node& tree) {
  std::vector<const ast::Node*> commands;
  if (!tree.is("AlterTableStmt") || tree.str("objtype") != "OBJECT_TABLE") return commands;
  for (const ast::Node& command : tree.list("cmds")) {
    if (command.is("AlterTableCmd")) commands.push_back(&command);
  }
  return commands;
}

std::vector<const ast::Node*> alter_table_commands(const ast::Node& tree,
                                                   std::string_view subtype) {
  std::vector<const ast::Node*> commands;
  for (const ast::Node* command : alter_table_commands(tree)) {
    if (command->str("subtype") == subtype) commands.push_back(command);
  }
  return commands;
}

std::vector<const ast::Node*> column_definitions(const ast::Node& tree) {
  std::vector<const ast::Node*> columns;
  if (tree.is("CreateStmt")) {
    for (const ast::Node& element : tree.list("tableElts")) {
      if (element.is("ColumnDef")) columns.push_back(&element);
    }
  }
  for (const ast::Node* command : alter_table_commands(tree, "AT_AddColumn")) {
    if (const ast::Node* column = command->get("def"); column && column->is("ColumnDef"))
      columns.push_back(column);
  }
  return columns;
}

std::vector<DeclaredColumn> declared_columns(const ast::Node& tree) {
  std::vector<DeclaredColumn> columns;
  for (const ast::Node* column : column_definitions(tree)) {
    if (const ast::Node* type = column->get("typeName"))
      columns.push_back({std::string(column->str("colname")), type});
  }
  for (const ast::Node* command : alter_table_commands(tree, "AT_AlterColumnType")) {
    const ast::Node* definition = command->get("def");
    const ast::Node* type = definition ? definition->get("typeName") : nullptr;
    if (type) columns.push_back({std::string(command->str("name")), type});
  }
  return columns;
}

const ast::Node* column_constraint(const ast::Node& column_def, std::string_view contype) {
  for (const ast::Node& constraint : column_def.list("constraints")) {
    if (constraint.is("Constraint") && constraint.str("contype") == contype) return &constraint;
  }
  return nullptr;
}

std::vector<AddedConstraint> added_constraints(const ast::Node& tree, std::string_view contype) {
  std::vector<AddedConstraint> added;
  for (const ast::Node* command : alter_table_commands(tree)) {
    const ast::Node* definition = command->get("def");
    if (!definition) continue;
    if (command->str("subtype") == "AT_AddConstraint" && definition->str("contype") == contype)
      added.push_back({definition, nullptr});
    if (command->str("subtype") == "AT_AddColumn" && definition->is("ColumnDef")) {
      if (const ast::Node* constraint = column_constraint(*definition, contype))
        added.push_back({constraint, definition});
    }
  }
  return added;
}

std::vector<std::string> names_of(std::span<const ast::Node> names) {
  std::vector<std::string> out;
  for (const ast::Node& name : names) out.emplace_back(name.string_value());
  return out;
}

std::string joined_names(std::span<const ast::Node> names) {
  std::string out;
  for (const std::string& name : names_of(names)) out += (out.empty() ? "" : ", ") + name;
  return out;
}

}  // namespace pgdrift
