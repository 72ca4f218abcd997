#include <fmt/format.h>

#include "analyzer/plan/ddl.hpp"
#include "analyzer/plan/sql_text.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

std::string enum_sql(const UserType& type) {
  std::vector<std::string> labels;
  for (const std::string& label : type.labels) labels.push_back(quote_literal(label));
  return fmt::format("CREATE TYPE {} AS ENUM (\n    {}\n)", sql_name(type.name), fmt::join(labels, ",\n    "));
}

std::string composite_sql(const UserType& type) {
  std::vector<std::string> attributes;
  for (const CompositeAttribute& attribute : type.attributes) {
    std::string text = quote_identifier(attribute.name) + " " + attribute.type;
    if (!attribute.collation.empty()) text += " COLLATE " + attribute.collation;
    attributes.push_back(std::move(text));
  }
  return fmt::format("CREATE TYPE {} AS (\n    {}\n)", sql_name(type.name), fmt::join(attributes, ",\n    "));
}

std::string domain_sql(const UserType& type) {
  std::string text = fmt::format("CREATE DOMAIN {} AS {}", sql_name(type.name), type.base_type);
  if (!type.collation.empty()) text += " COLLATE " + type.collation;
  if (type.default_value) text += " DEFAULT " + sql_expression(type.default_value);
  if (type.not_null) text += " NOT NULL";
  for (const auto& [name, constraint] : type.constraints) {
    if (!constraint.not_valid) text += fmt::format("\n    CONSTRAINT {} {}", quote_identifier(name), domain_constraint_definition(constraint));
  }
  return text;
}

}  // namespace

std::string type_keyword(const UserType& type) { return type.kind == UserTypeKind::domain ? "DOMAIN" : "TYPE"; }

std::string domain_constraint_definition(const DomainConstraint& constraint) {
  return fmt::format("CHECK ({})", sql_expression(constraint.check));
}

std::string create_type_sql(const UserType& type) {
  switch (type.kind) {
    case UserTypeKind::enum_type: return enum_sql(type);
    case UserTypeKind::composite: return composite_sql(type);
    case UserTypeKind::domain: return domain_sql(type);
    default: return sql_statement(type.definition);
  }
}

}  // namespace pgdrift
