#include "analyzer/plan/held_back.hpp"

#include <map>
#include <string>
#include <string_view>

namespace pgdrift {
namespace {

// What NEW writes in terms of the object (a default, a view, a CHECK...): it may need the
// object as NEW has it. Tables and columns are kept out: a column of an enum whose swap is
// held back, say, still takes the rest of its changes.
bool rebuilt_around(const std::string& node) {
  for (std::string_view kind : {"default ", "view ", "materialized_view ", "policy ", "trigger ", "constraint ", "index ", "routine "}) {
    if (node.starts_with(kind)) return true;
  }
  return false;
}

// A DROP of an object, not another step of the drop phase (DETACH PARTITION, DROP DEFAULT).
bool drops_object(const PlanStep& step) {
  return (step.phase == StepPhase::drop || step.phase == StepPhase::cleanup) && step.sql.starts_with("DROP ");
}

class HeldBack {
 public:
  HeldBack(std::vector<PlanStep>& steps, const DependencyGraph& old_graph, const DependencyGraph& new_graph)
      : steps_(steps), old_graph_(old_graph), new_graph_(new_graph) {}

  void propagate() {
    for (const PlanStep& step : steps_) {
      if (step.data_loss) hold(step.node, step.change);
    }
    while (!pending_.empty()) {
      auto [node, cause] = *pending_.begin();
      pending_.erase(pending_.begin());
      spread_from(node, cause);
    }
  }

 private:
  std::vector<PlanStep>& steps_;
  const DependencyGraph& old_graph_;
  const DependencyGraph& new_graph_;
  std::map<std::string, std::string> held_;     // node -> the change that holds it back
  std::map<std::string, std::string> pending_;  // held nodes whose consequences are not applied yet

  void hold(const std::string& node, const std::string& cause) {
    if (held_.emplace(node, cause).second) pending_.emplace(node, cause);
  }

  void spread_from(const std::string& node, const std::string& cause) {
    for (PlanStep& step : steps_) {
      if (step.node == node && !step.data_loss) mark(step, cause);
    }
    // "column schema.table.name" -> "default schema.table.name"
    if (node.starts_with("column ")) hold("default " + node.substr(7), cause);
    for (const std::string& dependent : new_graph_.dependents(node)) {
      if (rebuilt_around(dependent)) hold(dependent, cause);
    }
    for (const std::string& dependency : old_graph_.dependencies(node)) {
      for (PlanStep& step : steps_) {
        if (step.node == dependency && drops_object(step)) hold(step.node, cause);
      }
    }
  }

  static void mark(PlanStep& step, const std::string& cause) {
    step.data_loss = true;
    step.held_back_with = cause;
  }
};

}  // namespace

void hold_back_dependent_steps(std::vector<PlanStep>& steps, const DependencyGraph& old_graph, const DependencyGraph& new_graph) {
  HeldBack(steps, old_graph, new_graph).propagate();
}

}  // namespace pgdrift
