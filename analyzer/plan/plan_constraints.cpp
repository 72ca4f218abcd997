// Table constraints: ADD / DROP CONSTRAINT, and VALIDATE when only validation differs.
#include <fmt/format.h>

#include "analyzer/plan/cluster_on.hpp"
#include "analyzer/plan/ddl.hpp"
#include "analyzer/plan/hazards.hpp"
#include "analyzer/plan/plan_meta.hpp"
#include "analyzer/plan/plan_nodes.hpp"
#include "analyzer/plan/planners.hpp"
#include "analyzer/plan/sql_text.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

std::string alter(const Table& table) {
  return fmt::format("ALTER {}TABLE {}", table.kind == TableKind::foreign ? "FOREIGN " : "", sql_name(table.name));
}

ObjectRef constraint_ref(const Table& table, const Constraint& constraint) {
  return {"CONSTRAINT", quote_identifier(constraint.name) + " ON " + sql_name(table.name), "", "", "", "", "", ""};
}

bool scans_table(const Constraint& constraint) {
  return constraint.type == ConstraintType::check || constraint.type == ConstraintType::foreign_key;
}

bool is_key(const Constraint& constraint) {
  return constraint.type == ConstraintType::primary_key || constraint.type == ConstraintType::unique;
}

// COMMENT ON INDEX for the index behind a key or exclusion constraint, which has the
// constraint's name.
void plan_index_comment(PlanContext& context, const Table& table, const Constraint* before, const Constraint& constraint) {
  ObjectRef index{"INDEX", sql_name({table.name.schema, constraint.name}), "", "", "", "", "", ""};
  plan_meta(context, constraint_node(table.name, constraint.name), index, before ? &before->index_meta : nullptr,
            constraint.index_meta);
}

// On a table that already holds rows, CHECK and FOREIGN KEY go in as NOT VALID and are
// validated next: the validation scan then only takes a lock that lets writes continue.
void add_constraint(PlanContext& context, const Table& table, const Constraint& constraint, bool table_is_new) {
  std::string node = constraint_node(table.name, constraint.name);
  bool split = !table_is_new && scans_table(constraint) && !constraint.not_valid;
  Constraint written = constraint;
  written.not_valid = constraint.not_valid || split;
  // Without ONLY: a partitioned table's key and CHECK reach its partitions, whose copies
  // are the parent's (inherited) and never added on their own.
  PlanStep& step = context.add(StepPhase::create, node,
                               fmt::format("{} ADD CONSTRAINT {} {};", alter(table), quote_identifier(constraint.name),
                                           constraint_definition(written)));
  if (!table_is_new && is_key(constraint)) {
    step.hazard = hazard::kAddKey;
  }
  if (split) {
    context.add(StepPhase::create, node,
                fmt::format("{} VALIDATE CONSTRAINT {};", alter(table), quote_identifier(constraint.name)))
        .hazard = hazard::kValidate;
  }
  if (constraint.clustered) plan_cluster_on(context, node, table.name, constraint.name, true);
  plan_meta(context, node, constraint_ref(table, constraint), nullptr, constraint.meta);
  plan_index_comment(context, table, nullptr, constraint);
}

void drop_constraint(PlanContext& context, const Table& table, const Constraint& constraint) {
  context.add(StepPhase::drop, constraint_node(table.name, constraint.name),
              fmt::format("{} DROP CONSTRAINT {};", alter(table), quote_identifier(constraint.name)));
}

// The constraint's name in OLD: another when the diff says it was renamed.
std::string old_name(const std::string& name, const Change* change) {
  if (change) {
    for (const ChangeDetail& detail : change->details) {
      if (detail.aspect == "name" && detail.old_value) return *detail.old_value;
    }
  }
  return name;
}

void plan_table_constraints(PlanContext& context, const Table* old_table, const Table& table) {
  for (const auto& [name, constraint] : table.constraints) {
    if (constraint.inherited) continue;
    std::string id = member_id(table.name, name);
    std::string node = constraint_node(table.name, name);
    const Change* change = context.change("constraint", id);
    const Constraint* before = nullptr;
    if (old_table) {
      auto found = old_table->constraints.find(old_name(name, change));
      if (found != old_table->constraints.end()) before = &found->second;
    }
    if (!old_table || (change && change->type == ChangeType::added)) {
      context.implementing(fmt::format("constraint {} added", id));
      add_constraint(context, table, constraint, !old_table);
    } else if (before && context.recreated(node)) {
      context.implementing(fmt::format("constraint {} {}", id, change ? "changed" : "re-created with what it depends on"));
      drop_constraint(context, table, *before);
      add_constraint(context, table, constraint, false);
    } else if (before && change) {
      context.implementing(fmt::format("constraint {} changed", id));
      if (before->name != name) {
        // A key's index is renamed with it.
        context.add(StepPhase::create, node,
                    fmt::format("{} RENAME CONSTRAINT {} TO {};", alter(table), quote_identifier(before->name), quote_identifier(name)));
      }
      if (PlanContext::has_aspect(*change, "not_valid") && before->not_valid && !constraint.not_valid) {
        context.add(StepPhase::create, node, fmt::format("{} VALIDATE CONSTRAINT {};", alter(table), quote_identifier(name)))
            .hazard = hazard::kValidate;
      } else if (PlanContext::has_aspect(*change, "not_valid")) {
        drop_constraint(context, table, *before);
        add_constraint(context, table, constraint, true);
      } else if (PlanContext::has_aspect(*change, "clustered")) {
        plan_cluster_on(context, node, table.name, name, constraint.clustered);
      }
      plan_meta(context, node, constraint_ref(table, constraint), &before->meta, constraint.meta);
      plan_index_comment(context, table, before, constraint);
    }
  }
}

}  // namespace

void plan_constraints(PlanContext& context) {
  for (const auto& [name, table] : context.old_catalog.tables) {
    const Change* table_change = context.change("table", object_id(name));
    bool table_dropped = table_change && table_change->type == ChangeType::removed;
    for (const auto& [constraint_name, constraint] : table.constraints) {
      const Change* change = context.change("constraint", member_id(name, constraint_name));
      // DROP TABLE takes its constraints, but a foreign key goes first: the table it
      // references may be dropped before this one.
      bool removed = table_dropped ? constraint.type == ConstraintType::foreign_key : change && change->type == ChangeType::removed;
      if (constraint.inherited || !removed) continue;
      context.implementing(fmt::format("constraint {} removed", member_id(name, constraint_name)));
      drop_constraint(context, table, constraint);
    }
  }
  for (const auto& [name, table] : context.new_catalog.tables) {
    auto old_table = context.old_catalog.tables.find(name);
    bool is_new = old_table == context.old_catalog.tables.end() ||
                  (context.change("table", object_id(name)) && context.change("table", object_id(name))->type == ChangeType::added);
    plan_table_constraints(context, is_new ? nullptr : &old_table->second, table);
  }
}

}  // namespace pgdrift
