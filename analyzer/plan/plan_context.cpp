#include "analyzer/plan/plan_context.hpp"

#include <vector>

namespace pgdrift {
namespace {

// What PostgreSQL refuses to keep while a column's type changes ("cannot alter type of a
// column used by a view or rule", "... in a policy definition", "... in a trigger definition"),
// and defaults, which may not cast to the new type. Indexes and constraints it rebuilds itself.
bool pins_column_type(const std::string& node) {
  for (std::string_view kind : {"view ", "materialized_view ", "policy ", "trigger ", "default "}) {
    if (node.starts_with(kind)) return true;
  }
  return false;
}

// Kinds that can be dropped and created again without losing data.
bool rebuildable(const std::string& node) {
  for (std::string_view kind : {"view ", "materialized_view ", "policy ", "trigger ", "default ", "constraint ",
                                "index ", "routine "}) {
    if (node.starts_with(kind)) return true;
  }
  return false;
}

}  // namespace

PlanContext::PlanContext(const Catalog& old_side, const Catalog& new_side, const DiffResult& diff, const PlanOptions& plan_options)
    : old_catalog(old_side),
      new_catalog(new_side),
      options(plan_options),
      old_graph(build_dependency_graph(old_side)),
      new_graph(build_dependency_graph(new_side)) {
  for (const Change& change : diff.changes) changes_[change.kind + " " + change.id] = &change;
}

const Change* PlanContext::change(std::string_view kind, const std::string& id) const {
  auto found = changes_.find(std::string(kind) + " " + id);
  return found == changes_.end() ? nullptr : found->second;
}

bool PlanContext::has_aspect(const Change& change, std::string_view aspect) {
  for (const ChangeDetail& detail : change.details) {
    if (detail.aspect == aspect) return true;
  }
  return false;
}

void PlanContext::add_dependents_of(const std::set<std::string>& roots, bool only_what_pins_a_column_type) {
  std::vector<std::string> pending;
  for (const std::string& root : roots) {
    for (const std::string& dependent : old_graph.dependents(root)) {
      if (!only_what_pins_a_column_type || pins_column_type(dependent)) pending.push_back(dependent);
    }
  }
  while (!pending.empty()) {
    std::string node = std::move(pending.back());
    pending.pop_back();
    if (!rebuildable(node) || !new_graph.contains(node) || !recreated_.insert(node).second) continue;
    for (const std::string& dependent : old_graph.dependents(node)) pending.push_back(dependent);
  }
}

const Sequence* PlanContext::identity_options(const Table& table, const Column& column) const {
  for (const auto& [name, sequence] : new_catalog.sequences) {
    if (sequence.for_identity && sequence.owned_by_table == table.name && sequence.owned_by_column == column.name) {
      return &sequence;
    }
  }
  return nullptr;
}

StepPhase PlanContext::drop_phase_of(const std::string& node) const {
  for (const std::string& dependent : old_graph.dependents(node)) {
    bool stays = dependent.starts_with("column ") || dependent.starts_with("table ") || dependent.starts_with("type ");
    if (stays && new_graph.contains(dependent)) {
      return StepPhase::cleanup;
    }
  }
  return StepPhase::drop;
}

PlanStep& PlanContext::add(StepPhase phase, const std::string& node, std::string sql) {
  PlanStep& step = plan.steps.emplace_back();
  step.phase = phase;
  step.node = node;
  step.change = label_;
  step.sql = std::move(sql);
  return step;
}

}  // namespace pgdrift
