// Enum, composite, domain and range types: CREATE / DROP, and the ALTER TYPE / ALTER DOMAIN
// forms for what can change in place.
#include <fmt/format.h>

#include <algorithm>

#include "analyzer/diff/enum_labels.hpp"
#include "analyzer/plan/ddl.hpp"
#include "analyzer/plan/domain_recreate.hpp"
#include "analyzer/plan/enum_swap.hpp"
#include "analyzer/plan/hazards.hpp"
#include "analyzer/plan/plan_meta.hpp"
#include "analyzer/plan/plan_nodes.hpp"
#include "analyzer/plan/planners.hpp"
#include "analyzer/plan/sql_text.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

std::string kind_of(const UserType& type) { return user_type_kind_name(type.kind); }

ObjectRef type_ref(const UserType& type) {
  std::string keyword = type_keyword(type);
  return {keyword, sql_name(type.name), keyword, keyword, sql_name(type.name), "",
          type.kind == UserTypeKind::domain ? "OBJECT_DOMAIN" : "OBJECT_TYPE", type.name.schema};
}

std::string alter(const UserType& type) { return fmt::format("ALTER {} {}", type_keyword(type), sql_name(type.name)); }

// Comments on a composite type's attributes (COMMENT ON COLUMN type.attribute).
void plan_attribute_meta(PlanContext& context, const UserType* old_type, const UserType& type) {
  for (const CompositeAttribute& attribute : type.attributes) {
    const CompositeAttribute* before = nullptr;
    if (old_type) {
      for (const CompositeAttribute& candidate : old_type->attributes) {
        if (candidate.name == attribute.name) before = &candidate;
      }
    }
    ObjectRef ref{"COLUMN", sql_name(type.name) + "." + quote_identifier(attribute.name), "", "", "", "", "", ""};
    plan_meta(context, type_node(type.name), ref, before ? &before->meta : nullptr, attribute.meta);
  }
}

void add_domain_constraint(PlanContext& context, const UserType& type, const std::string& name, const DomainConstraint& constraint) {
  context.add(StepPhase::create, type_node(type.name),
              fmt::format("{} ADD CONSTRAINT {} {}{};", alter(type), quote_identifier(name), domain_constraint_definition(constraint),
                          constraint.not_valid ? " NOT VALID" : ""));
}

void create_type(PlanContext& context, const UserType& type) {
  std::string node = type_node(type.name);
  context.add(StepPhase::create, node, create_type_sql(type) + ";");
  for (const auto& [name, constraint] : type.constraints) {
    if (constraint.not_valid) add_domain_constraint(context, type, name, constraint);
    ObjectRef ref{"CONSTRAINT", quote_identifier(name) + " ON DOMAIN " + sql_name(type.name), "", "", "", "", "", ""};
    plan_meta(context, node, ref, nullptr, constraint.meta);
  }
  plan_meta(context, node, type_ref(type), nullptr, type.meta);
  plan_attribute_meta(context, nullptr, type);
}

void rename_labels(PlanContext& context, const UserType& type, const EnumLabelChanges& changes) {
  for (const auto& [before, after] : changes.renamed) {
    // With the ADD VALUEs, ahead of everything: a label added next to this one names it.
    PlanStep& step = context.add(StepPhase::before, type_node(type.name),
                                 fmt::format("{} RENAME VALUE {} TO {};", alter(type), quote_literal(before), quote_literal(after)));
    step.transactional = false;
  }
}

// New labels go in with ADD VALUE at their place.
void add_labels(PlanContext& context, const UserType& old_type, const UserType& type) {
  for (std::size_t i = 0; i < type.labels.size(); ++i) {
    const std::string& label = type.labels[i];
    if (std::find(old_type.labels.begin(), old_type.labels.end(), label) != old_type.labels.end()) continue;
    std::string place = i == 0 ? "" : fmt::format(" AFTER {}", quote_literal(type.labels[i - 1]));
    PlanStep& step = context.add(StepPhase::before, type_node(type.name),
                                 fmt::format("{} ADD VALUE {}{};", alter(type), quote_literal(label), place));
    if (i == 0 && type.labels.size() > 1) step.sql = fmt::format("{} ADD VALUE {} BEFORE {};", alter(type), quote_literal(label), quote_literal(type.labels[1]));
    step.transactional = false;
  }
}

// Labels renamed in place, added, or removed and moved (the type is swapped, enum_swap.hpp).
// Returns whether the type was swapped: the new type starts with no owner, comment or grants.
bool change_enum(PlanContext& context, const UserType& old_type, const UserType& type) {
  EnumLabelChanges changes = enum_label_changes(old_type.labels, type.labels);
  if (!changes.renamed.empty()) {
    rename_labels(context, type, changes);
    return false;
  }
  if (!needs_enum_swap(old_type, type)) {
    add_labels(context, old_type, type);
    return false;
  }
  std::vector<std::string> users = types_built_on(context, type.name);
  if (!users.empty()) {
    context.warn(fmt::format("enum {}: values removed or reordered ({} -> {}), and {} built on it would have to be re-created "
                             "with it; not planned",
                             object_id(type.name), fmt::join(old_type.labels, ", "), fmt::join(type.labels, ", "), fmt::join(users, ", ")));
    return false;
  }
  swap_enum(context, old_type, type);
  return true;
}

const CompositeAttribute* find_attribute(const UserType& type, const std::string& name) {
  for (const CompositeAttribute& attribute : type.attributes) {
    if (attribute.name == name) return &attribute;
  }
  return nullptr;
}

void change_composite(PlanContext& context, const UserType& old_type, const UserType& type) {
  std::string node = type_node(type.name);
  for (const CompositeAttribute& attribute : old_type.attributes) {
    if (!find_attribute(type, attribute.name)) {
      context.add(StepPhase::create, node, fmt::format("{} DROP ATTRIBUTE {};", alter(type), quote_identifier(attribute.name)));
    }
  }
  for (const CompositeAttribute& attribute : type.attributes) {
    const CompositeAttribute* before = find_attribute(old_type, attribute.name);
    if (!before) {
      context.add(StepPhase::create, node,
                  fmt::format("{} ADD ATTRIBUTE {} {};", alter(type), quote_identifier(attribute.name), attribute.type));
    } else if (before->type != attribute.type) {
      context.add(StepPhase::create, node,
                  fmt::format("{} ALTER ATTRIBUTE {} TYPE {};", alter(type), quote_identifier(attribute.name), attribute.type));
    }
  }
}

void change_domain(PlanContext& context, const UserType& old_type, const UserType& type, const Change& change) {
  std::string node = type_node(type.name);
  if (PlanContext::has_aspect(change, "default")) {
    context.add(StepPhase::create, node,
                type.default_value ? fmt::format("{} SET DEFAULT {};", alter(type), sql_expression(type.default_value))
                                   : fmt::format("{} DROP DEFAULT;", alter(type)));
  }
  if (PlanContext::has_aspect(change, "not_null")) {
    context.add(StepPhase::create, node, fmt::format("{} {} NOT NULL;", alter(type), type.not_null ? "SET" : "DROP"));
  }
  (void)old_type;
}

void plan_domain_constraints(PlanContext& context, const UserType* old_type, const UserType& type) {
  for (const auto& [name, constraint] : type.constraints) {
    const Change* change = context.change("constraint", member_id(type.name, name));
    if (!old_type || !change) continue;
    auto before = old_type->constraints.find(name);
    context.implementing(fmt::format("constraint {} {}", member_id(type.name, name), change_type_name(change->type)));
    if (before != old_type->constraints.end() && !only_meta_changed(*change)) {
      context.add(StepPhase::drop, type_node(type.name), fmt::format("{} DROP CONSTRAINT {};", alter(type), quote_identifier(name)));
    }
    if (before == old_type->constraints.end() || !only_meta_changed(*change)) add_domain_constraint(context, type, name, constraint);
    ObjectRef ref{"CONSTRAINT", quote_identifier(name) + " ON DOMAIN " + sql_name(type.name), "", "", "", "", "", ""};
    plan_meta(context, type_node(type.name), ref, before == old_type->constraints.end() ? nullptr : &before->second.meta, constraint.meta);
  }
  if (!old_type) return;
  for (const auto& [name, constraint] : old_type->constraints) {
    const Change* change = context.change("constraint", member_id(type.name, name));
    if (!change || change->type != ChangeType::removed) continue;
    context.implementing(fmt::format("constraint {} removed", member_id(type.name, name)));
    context.add(StepPhase::drop, type_node(type.name), fmt::format("{} DROP CONSTRAINT {};", alter(type), quote_identifier(name)));
  }
}

void change_type(PlanContext& context, const UserType& old_type, const UserType& type, const Change* change) {
  if (change) {
    context.implementing(fmt::format("{} {} changed", kind_of(type), object_id(type.name)));
    bool swapped = type.kind == UserTypeKind::enum_type && change_enum(context, old_type, type);
    if (type.kind == UserTypeKind::composite && PlanContext::has_aspect(*change, "attributes")) change_composite(context, old_type, type);
    if (type.kind == UserTypeKind::domain) change_domain(context, old_type, type, *change);
    if (PlanContext::has_aspect(*change, "definition")) {
      context.warn(fmt::format("type {}: its definition changed; re-creating it is not planned", object_id(type.name)));
    }
    plan_meta(context, type_node(type.name), type_ref(type), swapped ? nullptr : &old_type.meta, type.meta);
    plan_attribute_meta(context, &old_type, type);
  }
  plan_domain_constraints(context, &old_type, type);
}

// Dropped by the swap of the enum it is built on (enum_swap.cpp), and created as NEW has it.
void recreate_domain_over_swapped_enum(PlanContext& context, const UserType& domain, const QualifiedName& base) {
  context.implementing(fmt::format("domain {} created again with enum {}", object_id(domain.name), object_id(base)));
  std::size_t first = context.plan.steps.size();
  create_type(context, domain);
  convert_domain_columns_back(context, domain);
  bool held = swap_removes_labels(context, base);
  for (std::size_t i = first; i < context.plan.steps.size(); ++i) context.plan.steps[i].data_loss |= held;
}

// Its base type or collation changed (domain_recreate.hpp).
void recreate_domain(PlanContext& context, const UserType& old_domain, const UserType& domain) {
  context.implementing(fmt::format("domain {} changed: dropped and created again", object_id(domain.name)));
  bool data_loss = type_change_may_lose_data(old_domain.base_type, domain.base_type);
  std::size_t first = context.plan.steps.size();
  drop_domain_holding_columns_as_text(context, old_domain, data_loss);
  create_type(context, domain);
  convert_domain_columns_back(context, domain);
  for (std::size_t i = first; i < context.plan.steps.size(); ++i) context.plan.steps[i].data_loss |= data_loss;
}

}  // namespace

void plan_types(PlanContext& context) {
  for (const auto& [name, type] : context.old_catalog.types) {
    const Change* change = context.change(kind_of(type), object_id(name));
    if (!change || change->type != ChangeType::removed) continue;
    context.implementing(fmt::format("{} {} removed", kind_of(type), object_id(name)));
    context.add(context.drop_phase_of(type_node(name)), type_node(name), fmt::format("DROP {} {};", type_keyword(type), sql_name(name)));
  }
  for (const auto& [name, type] : context.new_catalog.types) {
    const Change* change = context.change(kind_of(type), object_id(name));
    auto old_type = context.old_catalog.types.find(name);
    if (change && change->type == ChangeType::added) {
      context.implementing(fmt::format("{} {} added", kind_of(type), object_id(name)));
      create_type(context, type);
    } else if (std::optional<QualifiedName> base = enum_under_swapped_domain(context, type)) {
      recreate_domain_over_swapped_enum(context, type, *base);
    } else if (domain_recreated(context, type)) {
      recreate_domain(context, old_type->second, type);
    } else if (old_type != context.old_catalog.types.end()) {
      change_type(context, old_type->second, type, change);
    }
  }
}

}  // namespace pgdrift
