#include <fmt/format.h>

#include "analyzer/diff/compare.hpp"
#include "analyzer/diff/enum_labels.hpp"
#include "analyzer/model/object_id.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

std::string kind_of(const UserType& type) { return user_type_kind_name(type.kind); }

std::string labels(const std::vector<std::string>& values) {
  std::vector<std::string> quoted;
  for (const std::string& value : values) quoted.push_back(quote_literal(value));
  return fmt::format("{}", fmt::join(quoted, ", "));
}

std::string attributes(const UserType& type) {
  std::vector<std::string> parts;
  for (const CompositeAttribute& a : type.attributes) {
    parts.push_back(quote_identifier(a.name) + " " + a.type + (a.collation.empty() ? "" : " COLLATE " + a.collation));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

// The name PostgreSQL gives a range's multirange type when the definition names none.
std::string default_multirange_name(const std::string& range) {
  std::size_t at = range.find("range");
  return at == std::string::npos ? range + "_multirange" : range.substr(0, at) + "multirange" + range.substr(at + 5);
}

// A range's options (or a base type's), without a multirange name that is the default one.
Expr type_definition(const UserType& type, ast::Arena& arena) {
  if (!type.definition) return nullptr;
  const ast::Node* options = type.definition->get(type.kind == UserTypeKind::range ? "params" : "definition");
  if (!options) return nullptr;
  std::vector<ast::Node> kept;
  for (const ast::Node& option : options->items()) {
    const ast::Node* value = option.get("arg");
    bool default_name = option.str("defname") == "multirange_type_name" && value &&
                        !value->list("names").empty() &&
                        value->list("names").back().string_value() == default_multirange_name(type.name.name);
    if (!default_name) kept.push_back(option);
  }
  return arena.make(ast::make_list(arena, kept));
}

void compare_enum_labels(Comparison& comparison, std::vector<ChangeDetail>& details, const UserType& a, const UserType& b) {
  if (a.labels == b.labels || comparison.ignored("labels")) return;
  ChangeDetail detail;
  detail.aspect = "labels";
  detail.old_value = labels(a.labels);
  detail.new_value = labels(b.labels);
  EnumLabelChanges changes = enum_label_changes(a.labels, b.labels);
  detail.added = std::move(changes.added);
  detail.removed = std::move(changes.removed);
  for (const auto& [before, after] : changes.renamed) {
    detail.changed.push_back(fmt::format("{} -> {}", before, after));  // renamed in place
  }
  details.push_back(std::move(detail));
}

void compare_domain_constraints(Comparison& comparison, const UserType& a, const UserType& b) {
  compare_maps(
      a.constraints, b.constraints,
      [&](const std::string& name, const DomainConstraint&) { comparison.removed("constraint", member_id(a.name, name)); },
      [&](const std::string& name, const DomainConstraint&) { comparison.added("constraint", member_id(b.name, name)); },
      [&](const std::string& name, const DomainConstraint& x, const DomainConstraint& y) {
        std::vector<ChangeDetail> details;
        comparison.compare_expression(details, "check", x.check, y.check);
        comparison.compare_flag(details, "not_valid", x.not_valid, y.not_valid);
        comparison.compare_meta(details, x.meta, y.meta, "OBJECT_DOMCONSTRAINT");
        comparison.changed("constraint", member_id(a.name, name), std::move(details));
      });
}

void compare_type(Comparison& comparison, const UserType& a, const UserType& b) {
  if (a.kind != b.kind) {
    comparison.removed(kind_of(a), object_id(a.name));
    comparison.added(kind_of(b), object_id(b.name));
    return;
  }
  std::vector<ChangeDetail> details;
  compare_enum_labels(comparison, details, a, b);
  comparison.compare_value(details, "attributes", attributes(a), attributes(b));
  comparison.compare_value(details, "base_type", a.base_type, b.base_type);
  comparison.compare_expression(details, "default", a.default_value, b.default_value);
  comparison.compare_flag(details, "not_null", a.not_null, b.not_null);
  comparison.compare_value(details, "collation", a.collation, b.collation);
  if (a.kind == UserTypeKind::range || a.kind == UserTypeKind::base) {
    ast::Arena arena;
    comparison.compare_expression(details, "definition", type_definition(a, arena), type_definition(b, arena));
  }
  comparison.compare_meta(details, a.meta, b.meta, a.kind == UserTypeKind::domain ? "OBJECT_DOMAIN" : "OBJECT_TYPE");
  comparison.changed(kind_of(a), object_id(a.name), std::move(details));
  compare_domain_constraints(comparison, a, b);
}

}  // namespace

void compare_types(Comparison& comparison) {
  compare_maps(
      comparison.old_catalog.types, comparison.new_catalog.types,
      // A domain's constraints come and go with it.
      [&](const QualifiedName& name, const UserType& t) { comparison.removed(kind_of(t), object_id(name)); },
      [&](const QualifiedName& name, const UserType& t) { comparison.added(kind_of(t), object_id(name)); },
      [&](const QualifiedName&, const UserType& a, const UserType& b) { compare_type(comparison, a, b); });
}

}  // namespace pgdrift
