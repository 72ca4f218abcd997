// Indexes, triggers and policies: objects that live on a table and are re-created rather
// than altered (except a trigger's enabled state and a policy's roles and expressions).
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

// Walks one map of table members and calls drop/create/alter for what the diff reports or
// what must be re-created. Members of a dropped table go with it.
template <typename Map, typename NodeOf, typename Drop, typename Create, typename Alter>
void plan_members(PlanContext& context, std::string_view kind, const Map& old_map, const Map& new_map, NodeOf node_of,
                  Drop drop, Create create, Alter alter) {
  for (const auto& [key, member] : old_map) {
    std::string node = node_of(member);
    const Change* change = context.change(kind, node.substr(node.find(' ') + 1));
    // DROP TABLE takes indexes, triggers and policies with it; triggers and policies are
    // dropped first all the same, since what they call may be dropped before the table.
    bool table_kept = context.new_catalog.relation_exists(member.table) || kind != "index";
    bool removed = change && change->type == ChangeType::removed;
    if (table_kept && (removed || (new_map.contains(key) && context.recreated(node)))) {
      context.implementing(fmt::format("{} {}", node, removed ? "removed" : change ? "changed" : "re-created with what it depends on"));
      drop(member);
    }
  }
  for (const auto& [key, member] : new_map) {
    std::string node = node_of(member);
    const Change* change = context.change(kind, node.substr(node.find(' ') + 1));
    auto old_member = old_map.find(key);
    bool table_new = !context.old_catalog.relation_exists(member.table);
    bool is_new = old_member == old_map.end() || table_new || (change && change->type == ChangeType::added);
    bool recreate = !is_new && context.recreated(node);
    if (is_new || recreate) {
      context.implementing(fmt::format("{} {}", node, is_new ? "added" : change ? "changed" : "re-created with what it depends on"));
      create(member, table_new);
    } else if (change) {
      context.implementing(fmt::format("{} changed", node));
      alter(old_member->second, member, *change);
    }
  }
}

ObjectRef index_ref(const Index& index) { return {"INDEX", sql_name(index.name), "", "", "", "", "", ""}; }

void create_index(PlanContext& context, const Index& index, bool table_new) {
  if (index.attached_to && context.new_catalog.tables.contains(index.table)) {
    // Partitions' copies of an index on a partitioned table are made by PostgreSQL.
    auto parent = context.new_catalog.indexes.find(*index.attached_to);
    if (parent != context.new_catalog.indexes.end() && parent->second.definition &&
        parent->second.definition->get("relation") && parent->second.definition->get("relation")->flag("inh")) {
      return;
    }
  }
  std::string node = index_node(index);
  std::string sql = create_index_sql(index);
  // ATTACH PARTITION of a new partition makes its copy of each index of its parent, under
  // the name the copy has (PostgreSQL generates the same one): then it is only attached.
  if (index.attached_to) sql.insert(sql.find("INDEX ") + 6, "IF NOT EXISTS ");
  PlanStep& step = context.add(StepPhase::create, node, sql + ";");
  if (!table_new && sql.starts_with("CREATE ")) {
    std::string concurrent = sql;
    concurrent.insert(sql.find("INDEX") + 6, "CONCURRENTLY ");
    step.hazard = create_index_hazard(concurrent + ";");
  }
  if (index.attached_to) {
    context.add(StepPhase::create, node,
                fmt::format("ALTER INDEX {} ATTACH PARTITION {};", sql_name(*index.attached_to), sql_name(index.name)));
  }
  if (index.clustered) plan_cluster_on(context, node, index.table, index.name.name, true);
  plan_meta(context, node, index_ref(index), nullptr, index.meta);
}

// DROP INDEX of a partitioned index takes the partitions' indexes attached to it (which
// cannot be dropped on their own).
bool dropped_with_parent(const PlanContext& context, const Index& index) {
  if (!index.attached_to) return false;
  auto parent = context.old_catalog.indexes.find(*index.attached_to);
  if (parent == context.old_catalog.indexes.end()) return false;
  const Change* change = context.change("index", member_id(parent->second.table, parent->second.name.name));
  return (change && change->type == ChangeType::removed) || context.recreated(index_node(parent->second));
}

// Indexes that back a constraint are the constraint's: ADD/DROP CONSTRAINT makes them.
bool backs_constraint(const Catalog& catalog, const Index& index) {
  auto table = catalog.tables.find(index.table);
  return table != catalog.tables.end() && table->second.constraints.contains(index.name.name) &&
         table->second.constraints.at(index.name.name).type != ConstraintType::check &&
         table->second.constraints.at(index.name.name).type != ConstraintType::foreign_key;
}

ObjectRef trigger_ref(const Trigger& trigger) {
  return {"TRIGGER", quote_identifier(trigger.name) + " ON " + sql_name(trigger.table), "", "", "", "", "", ""};
}

std::string enable_clause(char state) {
  switch (state) {
    case 'D': return "DISABLE TRIGGER";
    case 'R': return "ENABLE REPLICA TRIGGER";
    case 'A': return "ENABLE ALWAYS TRIGGER";
    default: return "ENABLE TRIGGER";
  }
}

void set_trigger_state(PlanContext& context, const Trigger& trigger) {
  context.add(StepPhase::create, trigger_node({trigger.table, trigger.name}),
              fmt::format("ALTER TABLE {} {} {};", sql_name(trigger.table), enable_clause(trigger.enabled),
                          quote_identifier(trigger.name)));
}

ObjectRef policy_ref(const Policy& policy) {
  return {"POLICY", quote_identifier(policy.name) + " ON " + sql_name(policy.table), "", "", "", "", "", ""};
}

void alter_policy(PlanContext& context, const Policy& old_policy, const Policy& policy) {
  std::string node = policy_node({policy.table, policy.name});
  bool clause_removed = (old_policy.using_expr && !policy.using_expr) || (old_policy.check_expr && !policy.check_expr);
  if (clause_removed) {
    context.add(StepPhase::drop, node, fmt::format("DROP POLICY {};", policy_ref(old_policy).name));
    context.add(StepPhase::create, node, create_policy_sql(policy) + ";");
    plan_meta(context, node, policy_ref(policy), nullptr, policy.meta);
    return;
  }
  std::vector<std::string> roles;
  for (const std::string& role : policy.roles) roles.push_back(sql_role(role));
  std::string text = fmt::format("ALTER POLICY {} TO {}", policy_ref(policy).name, fmt::join(roles, ", "));
  if (roles.empty()) text = fmt::format("ALTER POLICY {} TO PUBLIC", policy_ref(policy).name);
  if (policy.using_expr) text += fmt::format(" USING ({})", sql_expression(policy.using_expr));
  if (policy.check_expr) text += fmt::format(" WITH CHECK ({})", sql_expression(policy.check_expr));
  context.add(StepPhase::create, node, text + ";");
  plan_meta(context, node, policy_ref(policy), &old_policy.meta, policy.meta);
}

}  // namespace

void plan_indexes(PlanContext& context) {
  plan_members(
      context, "index", context.old_catalog.indexes, context.new_catalog.indexes, [](const Index& index) { return index_node(index); },
      [&](const Index& index) {
        if (backs_constraint(context.old_catalog, index) || dropped_with_parent(context, index)) return;
        context.add(StepPhase::drop, index_node(index), fmt::format("DROP INDEX {};", sql_name(index.name)));
      },
      [&](const Index& index, bool table_new) {
        if (!backs_constraint(context.new_catalog, index)) create_index(context, index, table_new);
      },
      [&](const Index& old_index, const Index& index, const Change& change) {
        if (PlanContext::has_aspect(change, "clustered")) {
          plan_cluster_on(context, index_node(index), index.table, index.name.name, index.clustered);
        }
        plan_meta(context, index_node(index), index_ref(index), &old_index.meta, index.meta);
      });
}

void plan_triggers(PlanContext& context) {
  plan_members(
      context, "trigger", context.old_catalog.triggers, context.new_catalog.triggers,
      [](const Trigger& trigger) { return trigger_node({trigger.table, trigger.name}); },
      [&](const Trigger& trigger) {
        if (trigger.inherited) return;
        context.add(StepPhase::drop, trigger_node({trigger.table, trigger.name}),
                    fmt::format("DROP TRIGGER {};", trigger_ref(trigger).name));
      },
      [&](const Trigger& trigger, bool) {
        if (trigger.inherited) return;
        std::string node = trigger_node({trigger.table, trigger.name});
        context.add(StepPhase::create, node, create_trigger_sql(trigger) + ";");
        if (trigger.enabled != 'O') set_trigger_state(context, trigger);
        plan_meta(context, node, trigger_ref(trigger), nullptr, trigger.meta);
      },
      [&](const Trigger& old_trigger, const Trigger& trigger, const Change&) {
        if (trigger.inherited) return;
        if (old_trigger.enabled != trigger.enabled) set_trigger_state(context, trigger);
        plan_meta(context, trigger_node({trigger.table, trigger.name}), trigger_ref(trigger), &old_trigger.meta, trigger.meta);
      });
}

void plan_policies(PlanContext& context) {
  plan_members(
      context, "policy", context.old_catalog.policies, context.new_catalog.policies,
      [](const Policy& policy) { return policy_node({policy.table, policy.name}); },
      [&](const Policy& policy) {
        context.add(StepPhase::drop, policy_node({policy.table, policy.name}), fmt::format("DROP POLICY {};", policy_ref(policy).name));
      },
      [&](const Policy& policy, bool) {
        std::string node = policy_node({policy.table, policy.name});
        context.add(StepPhase::create, node, create_policy_sql(policy) + ";");
        plan_meta(context, node, policy_ref(policy), nullptr, policy.meta);
      },
      [&](const Policy& old_policy, const Policy& policy, const Change& change) {
        if (only_meta_changed(change)) {
          plan_meta(context, policy_node({policy.table, policy.name}), policy_ref(policy), &old_policy.meta, policy.meta);
        } else {
          alter_policy(context, old_policy, policy);
        }
      });
}

}  // namespace pgdrift
