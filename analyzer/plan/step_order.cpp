#include "analyzer/plan/step_order.hpp"

#include <algorithm>

namespace pgdrift {
namespace {

int depth_of(const std::unordered_map<std::string, int>& depths, const std::string& node) {
  auto found = depths.find(node);
  return found == depths.end() ? 0 : found->second;
}

// What extensions provide (types, operator classes, functions) is not in the model, so
// nothing records that it depends on them: extensions go after everything else, and the
// schemas they may live in after them.
int drop_order(const std::unordered_map<std::string, int>& depths, const std::string& node) {
  if (node.starts_with("extension ")) return 1000000;
  if (node.starts_with("schema ")) return 1000001;
  return -depth_of(depths, node);
}

// New default privileges come last, so that the objects the plan creates start with the
// privileges the plan's GRANT and REVOKE statements expect.
int create_order(const std::unordered_map<std::string, int>& depths, const std::string& node) {
  if (node == "default_privileges") return 1000000;
  return depth_of(depths, node);
}

}  // namespace

void order_steps(std::vector<PlanStep>& steps, const DependencyGraph& old_graph, const DependencyGraph& new_graph) {
  auto old_depths = old_graph.depths();
  auto new_depths = new_graph.depths();
  for (PlanStep& step : steps) {
    bool dropping = step.phase == StepPhase::drop || step.phase == StepPhase::cleanup;
    step.order = dropping ? drop_order(old_depths, step.node) : create_order(new_depths, step.node);
  }
  std::stable_sort(steps.begin(), steps.end(), [](const PlanStep& a, const PlanStep& b) {
    if (a.phase != b.phase) return a.phase < b.phase;
    return a.order < b.order;
  });
}

}  // namespace pgdrift
