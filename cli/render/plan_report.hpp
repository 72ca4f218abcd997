#pragma once

#include <string>

#include "analyzer/plan/plan.hpp"

namespace pgdrift {

struct PlanReport {
  std::string old_input, new_input;
  Plan plan;
  PlanOptions options;
};

// The plan as a psql script: a header, then the steps grouped under the change each block
// implements, with hazards as comments and data-losing steps commented out unless allowed.
std::string render_plan_sql(const PlanReport& report);

}  // namespace pgdrift
