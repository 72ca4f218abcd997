#pragma once

#include <vector>

#include "analyzer/plan/dependency_graph.hpp"
#include "analyzer/plan/plan.hpp"

namespace pgdrift {

// Puts the steps in the order to run them: the "before" phase, then drops with dependents
// before what they depend on (OLD's graph), then creations and changes with dependencies
// first (NEW's graph). Steps of one node keep the order they were written in.
void order_steps(std::vector<PlanStep>& steps, const DependencyGraph& old_graph, const DependencyGraph& new_graph);

}  // namespace pgdrift
