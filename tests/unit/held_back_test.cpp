// Without --allow-drops, a step that cannot run while a data-losing step is held back is
// held back with it.
#include <catch2/catch.hpp>

#include "analyzer/plan/plan.hpp"
#include "plan_test_support.hpp"

using namespace pgdrift;
using pgdrift::testing::catalog_of;
using pgdrift::testing::plan_sql;

namespace {

const PlanStep& step_with(const Plan& plan, const std::string& sql) {
  for (const PlanStep& step : plan.steps) {
    if (step.sql == sql) return step;
  }
  FAIL("no step " << sql);
  return plan.steps.front();
}

}  // namespace

TEST_CASE("held back: the sequence of a table whose drop is held back is not dropped", "[held-back]") {
  const char* old_sql = "CREATE TABLE public.t (id serial, v text);\nCREATE TABLE public.kept (id integer);\n";
  const char* new_sql = "CREATE TABLE public.kept (id integer);\n";
  Plan plan = plan_sql(old_sql, new_sql, false);
  CHECK(step_with(plan, "DROP TABLE public.t;").data_loss);
  const PlanStep& sequence = step_with(plan, "DROP SEQUENCE IF EXISTS public.t_id_seq;");
  CHECK(sequence.data_loss);
  CHECK(sequence.held_back_with == "table public.t removed");
  Plan allowed = plan_sql(old_sql, new_sql, true);
  CHECK_FALSE(step_with(allowed, "DROP SEQUENCE IF EXISTS public.t_id_seq;").data_loss);
}

TEST_CASE("held back: no SET DEFAULT or SET NOT NULL on a column whose type change is held back", "[held-back]") {
  Plan plan = plan_sql("CREATE TABLE public.t (n bigint DEFAULT 1, other integer);\n",
                       "CREATE TABLE public.t (n integer DEFAULT 2 NOT NULL, other integer NOT NULL);\n", false);
  CHECK(step_with(plan, "ALTER TABLE public.t ALTER COLUMN n TYPE integer USING n::integer;").data_loss);
  for (const char* sql : {"ALTER TABLE public.t ALTER COLUMN n SET DEFAULT 2;", "ALTER TABLE public.t ALTER COLUMN n DROP DEFAULT;",
                          "ALTER TABLE public.t ALTER COLUMN n SET NOT NULL;"}) {
    const PlanStep& step = step_with(plan, sql);
    CHECK(step.data_loss);
    CHECK(step.held_back_with == "column public.t.n changed");
  }
  CHECK_FALSE(step_with(plan, "ALTER TABLE public.t ALTER COLUMN other SET NOT NULL;").data_loss);
}

TEST_CASE("held back: the type of a column whose drop is held back is not dropped", "[held-back]") {
  Plan plan = plan_sql("CREATE TYPE public.mood AS ENUM ('a');\nCREATE TABLE public.t (m public.mood, v text);\n",
                       "CREATE TABLE public.t (v text);\n", false);
  CHECK(step_with(plan, "ALTER TABLE public.t DROP COLUMN m;").data_loss);
  CHECK(step_with(plan, "DROP TYPE public.mood;").held_back_with == "column public.t.m removed");
}

TEST_CASE("held back: a column whose drop is held back is converted by an enum swap that runs", "[held-back]") {
  Plan plan = plan_sql("CREATE TYPE public.mood AS ENUM ('a', 'b');\nCREATE TABLE public.t (m public.mood, gone public.mood);\n",
                       "CREATE TYPE public.mood AS ENUM ('b', 'a');\nCREATE TABLE public.t (m public.mood);\n", false);
  CHECK(step_with(plan, "ALTER TABLE public.t DROP COLUMN gone;").data_loss);
  CHECK_FALSE(step_with(plan, "DROP TYPE public.mood;").data_loss);
  CHECK_FALSE(step_with(plan, "ALTER TABLE public.t ALTER COLUMN gone TYPE public.mood__pgdrift_swap USING "
                              "gone::text::public.mood__pgdrift_swap;")
                  .data_loss);
}
