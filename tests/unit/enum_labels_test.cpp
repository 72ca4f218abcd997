// Enum labels: a rename is told from a removal and an addition, by the diff and the plan;
// removing a label swaps the type, held back without --allow-drops.
#include <catch2/catch.hpp>

#include "analyzer/diff/enum_labels.hpp"
#include "analyzer/plan/plan.hpp"
#include "plan_test_support.hpp"

using namespace pgdrift;
using pgdrift::testing::catalog_of;
using pgdrift::testing::plan_sql;

namespace {

using Labels = std::vector<std::string>;

const ChangeDetail& labels_detail(const DiffResult& result) {
  REQUIRE(result.changes.size() == 1);
  REQUIRE(result.changes[0].details.size() == 1);
  return result.changes[0].details[0];
}

const char* kOld = "CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');\nCREATE TABLE public.t (m public.mood DEFAULT 'ok');\n";

}  // namespace

TEST_CASE("enum labels: a label replaced at its place by a new one is a rename", "[enum-labels]") {
  EnumLabelChanges renamed = enum_label_changes({"a", "b", "c"}, {"a", "x", "c"});
  CHECK(renamed.renamed == std::vector<std::pair<std::string, std::string>>{{"b", "x"}});
  CHECK(renamed.added.empty());
  CHECK(renamed.removed.empty());
  EnumLabelChanges moved = enum_label_changes({"a", "b", "c"}, {"c", "b", "a"});
  CHECK(moved.renamed.empty());
  CHECK(moved.reordered);
  EnumLabelChanges removed_and_added = enum_label_changes({"a", "b", "c"}, {"a", "c", "x"});
  CHECK(removed_and_added.renamed.empty());
  CHECK(removed_and_added.removed == Labels{"b"});
  CHECK(removed_and_added.added == Labels{"x"});
  CHECK_FALSE(removed_and_added.reordered);
}

TEST_CASE("enum labels: the diff reports a rename as a changed label, not one removed and one added", "[enum-labels]") {
  DiffResult result = pgdrift::testing::diff_sql("CREATE TYPE public.mood AS ENUM ('sad', 'ok');",
                                                 "CREATE TYPE public.mood AS ENUM ('sad', 'fine');");
  const ChangeDetail& detail = labels_detail(result);
  CHECK(detail.changed == Labels{"ok -> fine"});
  CHECK(result.changes[0].impact == 70);  // what was written with the old label breaks, as with a removal
  CHECK(detail.added.empty());
  CHECK(detail.removed.empty());
}

TEST_CASE("enum labels: the plan renames a label in place", "[enum-labels]") {
  Plan plan = plan_sql(kOld, "CREATE TYPE public.mood AS ENUM ('sad', 'fine', 'happy');\nCREATE TABLE public.t (m public.mood DEFAULT 'fine');\n", false);
  REQUIRE_FALSE(plan.steps.empty());
  CHECK(plan.steps[0].sql == "ALTER TYPE public.mood RENAME VALUE 'ok' TO 'fine';");
  CHECK(plan.warnings.empty());
}

TEST_CASE("enum labels: removing a label swaps the type, held back without --allow-drops", "[enum-labels]") {
  std::string new_sql = "CREATE TYPE public.mood AS ENUM ('ok', 'happy');\nCREATE TABLE public.t (m public.mood DEFAULT 'ok');\n";
  for (bool allow_drops : {false, true}) {
    Plan plan = plan_sql(kOld, new_sql, allow_drops);
    std::vector<std::string> swap;
    for (const PlanStep& step : plan.steps) {
      if (step.node == "type public.mood") {
        swap.push_back(step.sql);
        CHECK(step.data_loss);  // the plan renderer comments it out unless --allow-drops
      }
    }
    CHECK(swap == Labels{"CREATE TYPE public.mood__pgdrift_swap AS ENUM (\n    'ok',\n    'happy'\n);",
                         "ALTER TABLE public.t ALTER COLUMN m TYPE public.mood__pgdrift_swap USING m::text::public.mood__pgdrift_swap;",
                         "DROP TYPE public.mood;", "ALTER TYPE public.mood__pgdrift_swap RENAME TO mood;"});
    CHECK(plan.warnings.empty());
  }
}

TEST_CASE("enum labels: moving a label swaps the type without losing data", "[enum-labels]") {
  Plan plan = plan_sql(kOld, "CREATE TYPE public.mood AS ENUM ('happy', 'ok', 'sad');\nCREATE TABLE public.t (m public.mood DEFAULT 'ok');\n", false);
  bool swapped = false;
  for (const PlanStep& step : plan.steps) {
    if (step.sql == "DROP TYPE public.mood;") swapped = !step.data_loss;
  }
  CHECK(swapped);
}

TEST_CASE("enum labels: a domain over a swapped enum is dropped and created again with it", "[enum-labels]") {
  Plan plan = plan_sql("CREATE TYPE public.mood AS ENUM ('sad', 'ok');\nCREATE DOMAIN public.d AS public.mood DEFAULT 'ok';\n"
                       "CREATE TABLE public.t (v public.d);\n",
                       "CREATE TYPE public.mood AS ENUM ('ok');\nCREATE DOMAIN public.d AS public.mood DEFAULT 'ok';\n"
                       "CREATE TABLE public.t (v public.d);\n",
                       true);
  std::vector<std::string> sql;
  for (const PlanStep& step : plan.steps) sql.push_back(step.sql);
  CHECK(sql == Labels{"CREATE TYPE public.mood__pgdrift_swap AS ENUM (\n    'ok'\n);",
                      "ALTER TABLE public.t ALTER COLUMN v TYPE text USING v::text::text;", "DROP DOMAIN public.d;",
                      "DROP TYPE public.mood;", "ALTER TYPE public.mood__pgdrift_swap RENAME TO mood;",
                      "CREATE DOMAIN public.d AS public.mood DEFAULT 'ok';",
                      "ALTER TABLE public.t ALTER COLUMN v TYPE public.d USING v::public.d;"});
  CHECK(plan.warnings.empty());
}

TEST_CASE("enum labels: a composite type over the enum is not swapped with it, and the plan says so", "[enum-labels]") {
  Plan plan = plan_sql("CREATE TYPE public.mood AS ENUM ('sad', 'ok');\nCREATE TYPE public.c AS (m public.mood);\n",
                       "CREATE TYPE public.mood AS ENUM ('ok');\nCREATE TYPE public.c AS (m public.mood);\n", true);
  REQUIRE(plan.warnings.size() == 1);
  CHECK(plan.warnings[0].find("public.c built on it") != std::string::npos);
  CHECK(plan.steps.empty());
}
