// Which objects must be dropped and created again rather than altered, and the dependents
// that have to go with them.
#include <set>

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

bool needs_recreation(const Change& change) {
  if (change.type != ChangeType::changed || only_meta_changed(change)) return false;
  const std::string& kind = change.kind;
  if (kind == "view" || kind == "materialized_view") {
    if (!PlanContext::has_aspect(change, "output_columns")) {
      bool query_changed = false;
      for (const ChangeDetail& detail : change.details) query_changed |= detail.aspect.starts_with("query");
      if (!query_changed) return false;
    }
    return true;  // refined below with both views at hand
  }
  if (kind == "function" || kind == "procedure") {
    return PlanContext::has_aspect(change, "signature") || PlanContext::has_aspect(change, "return_type");
  }
  if (kind == "aggregate" || kind == "index") return true;
  if (kind == "constraint") {
    for (const ChangeDetail& detail : change.details) {
      if (detail.aspect != "not_valid" && detail.aspect != "comment") return true;
    }
    return false;
  }
  if (kind == "trigger") {
    for (const ChangeDetail& detail : change.details) {
      if (detail.aspect != "enabled" && detail.aspect != "comment") return true;
    }
    return false;
  }
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
    if (!needs_recreation(change)) continue;
    bool is_view = change.kind == "view";
    if (is_view && view_change_replaceable(context, change)) continue;
    context.recreate(node);
    roots.insert(node);
  }
  recreate_generated_columns(context, retyped_columns);
  context.add_dependents_of(retyped_columns, true);
  context.add_dependents_of(roots, false);
}

}  // namespace pgdrift
