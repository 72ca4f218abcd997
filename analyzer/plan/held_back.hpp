#pragma once

#include <vector>

#include "analyzer/plan/dependency_graph.hpp"
#include "analyzer/plan/plan.hpp"

namespace pgdrift {

// Without --allow-drops the data-losing steps are held back, so what they act on stays as
// OLD has it. Every step that cannot run while it stays is held back with them: the
// other steps on the same object (SET NOT NULL on a column whose type change is held
// back), the column's default (SET DEFAULT in the new type), and the drops of what the
// object needs in OLD (DROP SEQUENCE of a table whose DROP TABLE is held back, DROP TYPE
// of a column kept), what NEW writes in terms of the object (a default or view naming an
// enum whose swap is held back), and so on from those.
void hold_back_dependent_steps(std::vector<PlanStep>& steps, const DependencyGraph& old_graph, const DependencyGraph& new_graph);

}  // namespace pgdrift
