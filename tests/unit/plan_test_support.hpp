#pragma once

#include <string>

#include "analyzer/plan/plan.hpp"
#include "diff_test_support.hpp"

namespace pgdrift::testing {

// The plan from OLD's SQL to NEW's, as `pgdrift plan` makes it.
inline Plan plan_sql(const std::string& old_sql, const std::string& new_sql, bool allow_drops) {
  Catalog a = catalog_of(old_sql);
  Catalog b = catalog_of(new_sql);
  return make_plan(a, b, diff_catalogs(a, b, {}), {.allow_drops = allow_drops});
}

}  // namespace pgdrift::testing
