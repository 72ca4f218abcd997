// Which objects must be dropped and created again rather than altered, and the dependents
// that have to go with them.
#include <algorithm>
#include <set>

#include "analyzer/plan/domain_recreate.hpp"
#include "analyzer/plan/enum_swap.hpp"
#include "analyzer/plan/planners.hpp"
#include "analyzer/plan/plan_nodes.hpp"

namespace pgdrift {
namespace {

// The output columns of a plain SELECT (nothing for UNION and the like).
std::span<const ast::Node> output_targets(const View& view) {
  if (!view.query || view.query->str("op") != "SETOP_NONE") return {};
  return view.query->list("targetList");
}

// CREATE OR REPLACE VIEW keeps the old output columns, same names and types, in front.
bool view_replaceable(const View& old_view, const View& new_view) {
  if (old_view.materialized || new_view.materialized) return false;
  if (!old_view.column_names.empty() || !new_view.column_names.empty()) return old_view.column_names == new_view.column_names;
  auto old_targets = output_targets(old_view);
  auto new_targets = output_targets(new_view);
  if (old_targets.empty() || old_targets.size() > new_targets.size()) return false;
  for (std::size_t i = 0; i < old_targets.size(); ++i) {
    if (!(old_targets[i] == new_targets[i])) return false;
  }
  return true;
}

bool only_aspects(const Change& change, std::initializer_list<std::string_view> aspects) {
  return std::ranges::all_of(change.details, [&](const ChangeDetail& detail) {
    return std::ranges::find(aspects, std::string_view(detail.aspect)) != aspects.end();
  });
}

bool needs_recreation(const Change& change) {
  if (change.type != ChangeType::changed || only_meta_changed(change)) return false;
  const std::string& kind = change.kind;
  if (kind == "view" || kind == "materialized_view") {
    if (!PlanContext::has_aspect(change, "output_columns") && !PlanContext::has_aspect(change, "output_column_order")) {
      bool query_changed = false;
      for (const ChangeDetail& detail : change.details) query_changed |= detail.aspect.starts_with("query");
      if (!query_changed) return false;
    }
    return true;  // refined below with both views at hand
  }
  if (kind == "function" || kind == "procedure") {
    return PlanContext::has_aspect(change, "signature") || PlanContext::has_aspect(change, "return_type");
  }
  if (kind == "aggregate") return true;
  // CLUSTER ON and SET WITHOUT CLUSTER alter an index or a key in place, as RENAME
  // CONSTRAINT and VALIDATE CONSTRAINT alter a constraint.
  if (kind == "index") return !only_aspects(change, {"clustered"});
  if (kind == "constraint")
    return !only_aspects(change, {"not_valid", "comment", "index_comment", "name", "clustered"});
  if (kind == "trigger") return !only_aspects(change, {"enabled", "comment"});
  if (kind == "policy") return PlanContext::has_aspect(change, "command") || PlanContext::has_aspect(change, "permissive");
  return false;
}

bool view_change_replaceable(const PlanContext& context, const Change& change) {
  for (const auto& [name, old_view] : context.old_catalog.views) {
    if (object_id(name) != change.id) continue;
    auto new_view = context.new_catalog.views.find(name);
    return new_view != context.new_catalog.views.end() && view_replaceable(old_view, new_view->second);
  }
  return false;
}

// A generated column computed from a column whose type changes is added again after it.
void recreate_generated_columns(PlanContext& context, const std::set<std::string>& retyped_columns) {
  for (const std::string& column : retyped_columns) {
    for (const std::string& dependent : context.old_graph.dependents(column)) {
      if (dependent.starts_with("column ") && context.new_graph.contains(dependent)) context.recreate(dependent);
    }
  }
}

// A table can change its partition key, become partitioned or stop being so, or move to
// another foreign server only by being created again; its rows are lost, so only with
// --allow-drops (otherwise a warning says so, see plan_tables.cpp).
bool table_needs_recreation(const PlanContext& context, const Change& change) {
  if (change.kind != "table" || change.type != ChangeType::changed || !context.options.allow_drops) return false;
  return PlanContext::has_aspect(change, "partition_key") || PlanContext::has_aspect(change, "foreign_server");
}

bool child_stays_with(const Table& now, const QualifiedName& parent) {
  return now.partition_of == parent || std::ranges::find(now.inherits, parent) != now.inherits.end();
}

// DROP TABLE takes a table's partitions along and refuses while it has inheritance
// children: those that remain its children are created again with it.
void recreate_children(PlanContext& context, std::set<std::string>& roots) {
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& [name, table] : context.old_catalog.tables) {
      std::string node = table_node(name);
      auto now = context.new_catalog.tables.find(name);
      if (context.recreated(node) || now == context.new_catalog.tables.end()) continue;
      std::vector<QualifiedName> parents = table.inherits;
      if (table.partition_of) parents.push_back(*table.partition_of);
      bool with_parent = std::ranges::any_of(parents, [&](const QualifiedName& parent) {
        return context.recreated(table_node(parent)) && child_stays_with(now->second, parent);
      });
      if (!with_parent) continue;
      context.recreate(node);
      roots.insert(node);
      grew = true;
    }
  }
}

// An index cannot be detached from the partitioned index it is attached to, nor dropped
// alone: that partitioned index is created again, with the indexes that stay attached.
void recreate_parents_of_detached_indexes(PlanContext& context, const DiffResult& diff, std::set<std::string>& roots) {
  for (const Change& change : diff.changes) {
    if (change.kind != "index" || change.type != ChangeType::changed || !PlanContext::has_aspect(change, "attached_to")) continue;
    for (const auto& [name, index] : context.old_catalog.indexes) {
      if (index_node(index) != change_node(change) || !index.attached_to) continue;
      auto parent = context.old_catalog.indexes.find(*index.attached_to);
      if (parent == context.old_catalog.indexes.end()) continue;
      context.recreate(index_node(parent->second));
      roots.insert(index_node(parent->second));
    }
  }
}

}  // namespace

bool only_meta_changed(const Change& change) {
  for (const ChangeDetail& detail : change.details) {
    bool meta = detail.aspect == "owner" || detail.aspect == "comment" || detail.aspect == "grants" ||
                detail.aspect.starts_with("column ");
    if (!meta) return false;
  }
  return true;
}

void decide_recreations(PlanContext& context, const DiffResult& diff) {
  std::set<std::string> roots, retyped_columns;
  for (const Change& change : diff.changes) {
    std::string node = change_node(change);
    if (change.type == ChangeType::removed) roots.insert(node);
    if (change.kind == "column" && change.type == ChangeType::changed && PlanContext::has_aspect(change, "type")) {
      retyped_columns.insert(node);
    }
    if (!needs_recreation(change) && !table_needs_recreation(context, change)) continue;
    bool is_view = change.kind == "view";
    if (is_view && view_change_replaceable(context, change)) continue;
    context.recreate(node);
    roots.insert(node);
  }
  recreate_children(context, roots);
  mark_enum_swaps(context, roots, retyped_columns);
  mark_domain_recreations(context, roots, retyped_columns);
  recreate_parents_of_detached_indexes(context, diff, roots);
  recreate_generated_columns(context, retyped_columns);
  context.add_dependents_of(retyped_columns, true);
  context.add_dependents_of(roots, false);
}

}  // namespace pgdrift
