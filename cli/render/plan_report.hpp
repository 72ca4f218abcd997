#pragma once

#include <string>

#include "analyzer/plan/plan.hpp"

namespace pgdrift {

struct PlanReport {
  std::string old_input, new_input;
  Plan plan;
  PlanOptions options;
  // The search_path the steps run with: none for plans between dumps (pg_dump qualifies every
  // name), the migrations' session's for a replay (expressions keep names as written).
  std::vector<std::string> search_path;
};

// The plan as a psql script: a header, then the steps grouped under the change each block
// implements, with hazards as comments and data-losing steps commented out unless allowed.
std::string render_plan_sql(const PlanReport& report);

}  // namespace pgdrift
