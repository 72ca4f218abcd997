#include "analyzer/model/catalog.hpp"

namespace pgdrift {

Catalog::Catalog() {
  Schema& public_schema = schemas["public"];
  public_schema.name = "public";
  public_schema.builtin = true;
  // What PostgreSQL gives it: pg_dump 15 and later leave it out unless it changed (and write
  // IS '' once removed); earlier versions write it.
  public_schema.meta.comment = "standard public schema";
}

bool Catalog::relation_exists(const QualifiedName& name) const {
  return tables.contains(name) || views.contains(name) || sequences.contains(name) ||
         indexes.contains(name);
}

ast::Arena& Catalog::tree_arena() {
  if (!trees) trees = std::make_shared<ast::Arena>();
  return *trees;
}

Column* Table::find_column(const std::string& column) {
  for (Column& c : columns) {
    if (c.name == column) return &c;
  }
  return nullptr;
}

bool Constraint::has_index() const {
  return type == ConstraintType::primary_key || type == ConstraintType::unique ||
         type == ConstraintType::exclusion;
}

CompositeAttribute* UserType::find_attribute(std::string_view name) {
  for (CompositeAttribute& attribute : attributes) {
    if (attribute.name == name) return &attribute;
  }
  return nullptr;
}

const Column* Table::find_column(const std::string& column) const {
  return const_cast<Table*>(this)->find_column(column);
}

std::string routine_kind_name(RoutineKind kind) {
  switch (kind) {
    case RoutineKind::procedure: return "procedure";
    case RoutineKind::aggregate: return "aggregate";
    case RoutineKind::function: return "function";
  }
  return "function";
}

std::string user_type_kind_name(UserTypeKind kind) {
  switch (kind) {
    case UserTypeKind::enum_type: return "enum";
    case UserTypeKind::composite: return "composite_type";
    case UserTypeKind::domain: return "domain";
    case UserTypeKind::range: return "range_type";
    default: return "base_type";
  }
}

std::string RoutineArgument::mode_keyword() const {
  switch (mode) {
    case 'o': return "OUT ";
    case 'b': return "INOUT ";
    case 'v': return "VARIADIC ";
    case 't': return "TABLE ";
    default: return "";
  }
}

std::vector<std::string> Routine::input_types() const {
  std::vector<std::string> types;
  for (const RoutineArgument& argument : arguments) {
    if (argument.is_input()) types.push_back(argument.type);
  }
  return types;
}

}  // namespace pgdrift
