#include <fmt/format.h>

#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/table_elements.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/naming/generated_names.hpp"

namespace pgdrift {
namespace {

UserType* install_type(Context& context, UserType type) {
  QualifiedName name = type.name;
  auto existing = context.catalog.types.find(name);
  if (existing != context.catalog.types.end() && existing->second.kind != UserTypeKind::shell) {
    context.error(fmt::format(error_form::type_exists, object_id(name)),
                  {"duplicate_object", {name.name}});
    return nullptr;
  }
  type.meta = context.new_object_meta("types", type.name.schema);
  return &(context.catalog.types[name] = std::move(type));
}

void add_domain_constraint(Context& context, UserType& domain, const ast::Node& constraint) {
  std::string_view contype = constraint.str("contype");
  if (contype == "CONSTR_NOTNULL") {
    domain.not_null = true;
  } else if (contype == "CONSTR_NULL") {
    domain.not_null = false;
  } else if (contype == "CONSTR_DEFAULT") {
    domain.default_value = context.keep(constraint.get("raw_expr"));
  } else if (contype == "CONSTR_CHECK") {
    DomainConstraint check;
    check.name = std::string(constraint.str("conname"));
    check.check = context.keep(constraint.get("raw_expr"));
    check.not_valid = constraint.flag("skip_validation");
    check.meta.defined_at = context.here();
    if (check.name.empty()) {
      auto taken = [&](const std::string& name) { return domain.constraints.contains(name); };
      check.name = choose_generated_name(domain.name.name, {}, "check", taken);
    }
    std::string name = check.name;
    domain.constraints[name] = std::move(check);
  }
}

UserType* find_type(Context& context, std::span<const ast::Node> names) {
  QualifiedName name = context.resolve_type_name(names);
  auto found = context.catalog.types.find(name);
  if (found != context.catalog.types.end()) return &found->second;
  context.error(fmt::format(error_form::type_missing, object_id(name)),
                {"undefined_object", {name.name}});
  return nullptr;
}

}  // namespace

void create_enum(Context& context, const ast::Node& statement) {
  UserType type;
  type.kind = UserTypeKind::enum_type;
  type.name = context.qualified_from_list(statement.list("typeName"), true);
  type.labels = string_list(statement.list("vals"));
  install_type(context, std::move(type));
}

void create_composite_type(Context& context, const ast::Node& statement) {
  const ast::Node* relation = statement.get("typevar");
  if (!relation) return;
  UserType type;
  type.kind = UserTypeKind::composite;
  type.name = context.name_for_creation(*relation);
  for (const ast::Node& column : statement.list("coldeflist")) {
    CompositeAttribute attribute;
    attribute.name = std::string(column.str("colname"));
    if (const ast::Node* type_name = column.get("typeName")) attribute.type = context.type(*type_name);
    if (const ast::Node* collation = column.get("collClause")) {
      attribute.collation = canonical_collation(*collation);
    }
    type.attributes.push_back(std::move(attribute));
  }
  install_type(context, std::move(type));
}

void create_range(Context& context, const ast::Node& statement) {
  UserType type;
  type.kind = UserTypeKind::range;
  type.name = context.qualified_from_list(statement.list("typeName"), true);
  type.definition = context.keep(&statement);
  install_type(context, std::move(type));
}

void create_domain(Context& context, const ast::Node& statement) {
  UserType type;
  type.kind = UserTypeKind::domain;
  type.name = context.qualified_from_list(statement.list("domainname"), true);
  if (const ast::Node* base = statement.get("typeName")) type.base_type = context.type(*base);
  if (const ast::Node* collation = statement.get("collClause")) {
    type.collation = canonical_collation(*collation);
  }
  UserType* domain = install_type(context, std::move(type));
  if (!domain) return;
  for (const ast::Node& constraint : statement.list("constraints")) add_domain_constraint(context, *domain, constraint);
}

void alter_enum(Context& context, const ast::Node& statement) {
  UserType* type = find_type(context, statement.list("typeName"));
  if (!type) return;
  std::string old_value(statement.str("oldVal"));
  std::string new_value(statement.str("newVal"));
  auto& labels = type->labels;
  if (!old_value.empty()) {  // RENAME VALUE
    std::replace(labels.begin(), labels.end(), old_value, new_value);
    return;
  }
  if (std::find(labels.begin(), labels.end(), new_value) != labels.end()) {
    if (!statement.flag("skipIfNewValExists"))
      context.error(fmt::format(error_form::enum_label_exists, new_value),
                    {"duplicate_object", {type->name.name, new_value}});
    return;
  }
  std::string neighbor(statement.str("newValNeighbor"));
  auto at = std::find(labels.begin(), labels.end(), neighbor);
  if (neighbor.empty() || at == labels.end()) {
    labels.push_back(new_value);
  } else {
    labels.insert(statement.flag("newValIsAfter") ? at + 1 : at, new_value);
  }
}

void alter_domain(Context& context, const ast::Node& statement) {
  UserType* domain = find_type(context, statement.list("typeName"));
  if (!domain) return;
  std::string_view subtype = statement.str("subtype");
  if (subtype == "C") {
    if (const ast::Node* constraint = statement.get("def")) add_domain_constraint(context, *domain, *constraint);
  } else if (subtype == "X") {
    domain->constraints.erase(std::string(statement.str("name")));
  } else if (subtype == "T") {
    domain->default_value = context.keep(statement.get("def"));
  } else if (subtype == "N") {
    domain->not_null = false;
  } else if (subtype == "O") {
    domain->not_null = true;
  } else if (subtype == "V") {
    auto found = domain->constraints.find(std::string(statement.str("name")));
    if (found != domain->constraints.end()) found->second.not_valid = false;
  }
}

}  // namespace pgdrift
