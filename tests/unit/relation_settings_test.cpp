// Column statistics targets and compression, constraint renames and CLUSTER ON, as pg_dump
// writes them, as the diff reports them and as the plan makes them.
#include <catch2/catch.hpp>

#include <algorithm>

#include "tests/unit/plan_test_support.hpp"

using namespace pgdrift;
using pgdrift::testing::clean_catalog_of;
using pgdrift::testing::diff_sql;
using pgdrift::testing::plan_sql;

namespace {

const char* kOrders =
    "CREATE TABLE public.orders (id bigint CONSTRAINT orders_pkey PRIMARY KEY, code text, note "
    "text,\n"
    "  total integer CONSTRAINT orders_total_check CHECK (total >= 0));\n"
    "CREATE INDEX orders_total_idx ON public.orders (total);\n";

const Change* change_of(const DiffResult& result, const std::string& id) {
  auto found = std::find_if(result.changes.begin(), result.changes.end(),
                            [&](const Change& c) { return c.id == id; });
  return found == result.changes.end() ? nullptr : &*found;
}

const ChangeDetail* detail_of(const Change* change, const std::string& aspect) {
  if (!change) return nullptr;
  auto found = std::find_if(change->details.begin(), change->details.end(),
                            [&](const ChangeDetail& d) { return d.aspect == aspect; });
  return found == change->details.end() ? nullptr : &*found;
}

std::string with(const std::string& statements) { return std::string(kOrders) + statements; }

bool has_step(const Plan& plan, const std::string& sql) {
  return std::any_of(plan.steps.begin(), plan.steps.end(),
                     [&](const PlanStep& step) { return step.sql == sql; });
}

}  // namespace

TEST_CASE("relation settings: a column's statistics target is an aspect; -1 is the default",
          "[relation-settings]") {
  DiffResult result = diff_sql(
      with(""), with("ALTER TABLE ONLY public.orders ALTER COLUMN code SET STATISTICS 500;"));
  const ChangeDetail* detail = detail_of(change_of(result, "public.orders.code"), "statistics");
  REQUIRE(detail);
  CHECK_FALSE(detail->old_value);
  CHECK(detail->new_value == "500");
  CHECK(diff_sql(with(""), with("ALTER TABLE public.orders ALTER COLUMN code SET STATISTICS -1;"))
            .changes.empty());
  DiffResult zero_target =
      diff_sql(with(""), with("ALTER TABLE public.orders ALTER COLUMN code SET STATISTICS 0;"));
  const ChangeDetail* zero = detail_of(change_of(zero_target, "public.orders.code"), "statistics");
  REQUIRE(zero);
  CHECK(zero->new_value == "0");
  DiffOptions options;
  options.ignored_aspects = {"statistics"};
  CHECK(diff_sql(with(""), with("ALTER TABLE public.orders ALTER COLUMN code SET STATISTICS 0;"),
                 options)
            .changes.empty());
}

TEST_CASE("relation settings: a renamed constraint is reported under its new name",
          "[relation-settings]") {
  DiffResult result = diff_sql(with(""), with("ALTER TABLE public.orders RENAME CONSTRAINT "
                                              "orders_total_check TO orders_total_nonnegative;"));
  REQUIRE(result.changes.size() == 1);
  const ChangeDetail* detail =
      detail_of(change_of(result, "public.orders.orders_total_nonnegative"), "name");
  REQUIRE(detail);
  CHECK(detail->old_value == "orders_total_check");
  CHECK(detail->new_value == "orders_total_nonnegative");
}

TEST_CASE("relation settings: ALTER INDEX ... RENAME of a key's index renames the key",
          "[relation-settings]") {
  Catalog catalog =
      clean_catalog_of(with("ALTER INDEX public.orders_pkey RENAME TO orders_primary;"));
  const Table& table = catalog.tables.at({"public", "orders"});
  CHECK_FALSE(table.constraints.contains("orders_pkey"));
  REQUIRE(table.constraints.contains("orders_primary"));
  CHECK(table.constraints.at("orders_primary").type == ConstraintType::primary_key);
  DiffResult result =
      diff_sql(with(""), with("ALTER INDEX public.orders_pkey RENAME TO orders_primary;"));
  CHECK(detail_of(change_of(result, "public.orders.orders_primary"), "name"));
}

TEST_CASE("relation settings: CLUSTER ON one index unclusters the other; SET WITHOUT CLUSTER all",
          "[relation-settings]") {
  std::string second = with(
      "CREATE INDEX orders_code_idx ON public.orders (code);\n"
      "ALTER TABLE public.orders CLUSTER ON orders_total_idx;\n");
  Catalog moved =
      clean_catalog_of(second + "ALTER TABLE public.orders CLUSTER ON orders_code_idx;");
  CHECK(moved.indexes.at({"public", "orders_code_idx"}).clustered);
  CHECK_FALSE(moved.indexes.at({"public", "orders_total_idx"}).clustered);
  Catalog without = clean_catalog_of(second + "ALTER TABLE public.orders SET WITHOUT CLUSTER;");
  CHECK_FALSE(without.indexes.at({"public", "orders_total_idx"}).clustered);
  DiffResult result = diff_sql(second, second + "ALTER TABLE public.orders SET WITHOUT CLUSTER;");
  CHECK(detail_of(change_of(result, "public.orders.orders_total_idx"), "clustered"));
}

TEST_CASE("relation settings: CLUSTER ON an index of a materialized view", "[relation-settings]") {
  std::string view = with(
      "CREATE MATERIALIZED VIEW public.totals AS SELECT code, total FROM public.orders;\n"
      "CREATE INDEX totals_code_idx ON public.totals (code);\n");
  Catalog catalog =
      clean_catalog_of(view + "ALTER TABLE public.totals CLUSTER ON totals_code_idx;");
  CHECK(catalog.indexes.at({"public", "totals_code_idx"}).clustered);
  DiffResult result =
      diff_sql(view, view + "ALTER MATERIALIZED VIEW public.totals CLUSTER ON totals_code_idx;");
  CHECK(detail_of(change_of(result, "public.totals.totals_code_idx"), "clustered"));
}

TEST_CASE("relation settings: a column's compression is an aspect; COMPRESSION default is none",
          "[relation-settings]") {
  DiffResult result = diff_sql(
      with(""), with("ALTER TABLE ONLY public.orders ALTER COLUMN note SET COMPRESSION lz4;"));
  const ChangeDetail* detail = detail_of(change_of(result, "public.orders.note"), "compression");
  REQUIRE(detail);
  CHECK_FALSE(detail->old_value);
  CHECK(detail->new_value == "lz4");
  std::string written = "CREATE TABLE public.logs (id integer, body text COMPRESSION pglz);\n";
  CHECK(clean_catalog_of(written).tables.at({"public", "logs"}).columns[1].compression == "pglz");
  CHECK(diff_sql(written,
                 written + "ALTER TABLE public.logs ALTER COLUMN body SET COMPRESSION default;")
            .changes.size() == 1);
  DiffOptions options;
  options.ignored_aspects = {"compression"};
  CHECK(diff_sql(with(""), with("ALTER TABLE public.orders ALTER COLUMN note SET COMPRESSION lz4;"),
                 options)
            .changes.empty());
}

TEST_CASE(
    "relation settings: a partition copies its parent's compression when created, not after; "
    "SET STATISTICS reaches it",
    "[relation-settings]") {
  Catalog catalog = clean_catalog_of(
      "CREATE TABLE public.logs (id integer, body text COMPRESSION lz4, extra text) PARTITION BY "
      "RANGE (id);\n"
      "CREATE TABLE public.logs_1 PARTITION OF public.logs FOR VALUES FROM (0) TO (10);\n"
      "ALTER TABLE public.logs ALTER COLUMN extra SET COMPRESSION pglz;\n"
      "ALTER TABLE public.logs ALTER COLUMN id SET STATISTICS 300;\n"
      "CREATE TABLE public.logs_2 PARTITION OF public.logs FOR VALUES FROM (10) TO (20);\n");
  const Table& first = catalog.tables.at({"public", "logs_1"});
  CHECK(first.find_column("body")->compression == "lz4");
  CHECK(first.find_column("extra")->compression.empty());
  CHECK(first.find_column("id")->statistics == 300);  // SET STATISTICS without ONLY reaches it
  const Table& second = catalog.tables.at({"public", "logs_2"});
  CHECK(second.find_column("extra")->compression == "pglz");
  CHECK_FALSE(
      second.find_column("id")->statistics);  // a new partition starts with the default target
}

TEST_CASE("relation settings: SET COMPRESSION is planned, default where NEW has none",
          "[relation-settings]") {
  Plan plan =
      plan_sql(with("ALTER TABLE public.orders ALTER COLUMN note SET COMPRESSION lz4;"),
               with("ALTER TABLE public.orders ALTER COLUMN code SET COMPRESSION pglz;"), false);
  CHECK(has_step(plan, "ALTER TABLE public.orders ALTER COLUMN note SET COMPRESSION default;"));
  CHECK(has_step(plan, "ALTER TABLE public.orders ALTER COLUMN code SET COMPRESSION pglz;"));
}

TEST_CASE("relation settings: CLUSTER ON the index of a primary key", "[relation-settings]") {
  std::string clustered = with("ALTER TABLE public.orders CLUSTER ON orders_pkey;");
  Catalog catalog = clean_catalog_of(clustered);
  CHECK(catalog.tables.at({"public", "orders"}).constraints.at("orders_pkey").clustered);
  DiffResult result =
      diff_sql(with("ALTER TABLE public.orders CLUSTER ON orders_total_idx;"), clustered);
  CHECK(detail_of(change_of(result, "public.orders.orders_pkey"), "clustered"));
  CHECK(detail_of(change_of(result, "public.orders.orders_total_idx"), "clustered"));
  Plan plan =
      plan_sql(with("ALTER TABLE public.orders CLUSTER ON orders_total_idx;"), clustered, false);
  CHECK(has_step(plan, "ALTER TABLE public.orders CLUSTER ON orders_pkey;"));
  CHECK_FALSE(has_step(plan, "ALTER TABLE public.orders SET WITHOUT CLUSTER;"));
  CHECK(has_step(plan_sql(clustered, with(""), false),
                 "ALTER TABLE public.orders SET WITHOUT CLUSTER;"));
}

TEST_CASE("relation settings: a materialized view's column statistics targets",
          "[relation-settings]") {
  std::string view =
      with("CREATE MATERIALIZED VIEW public.totals AS SELECT code, total FROM public.orders;\n");
  std::string targets =
      view +
      "ALTER MATERIALIZED VIEW public.totals ALTER COLUMN code SET STATISTICS 300;\n"
      "ALTER TABLE ONLY public.totals ALTER COLUMN total SET STATISTICS 0;\n";
  CHECK(clean_catalog_of(targets).views.at({"public", "totals"}).column_statistics ==
        std::map<std::string, int>{{"code", 300}, {"total", 0}});
  DiffResult result = diff_sql(view, targets);
  const ChangeDetail* detail =
      detail_of(change_of(result, "public.totals"), "column code: statistics");
  REQUIRE(detail);
  CHECK(detail->new_value == "300");
  Plan plan = plan_sql(
      targets,
      view + "ALTER MATERIALIZED VIEW public.totals ALTER COLUMN code SET STATISTICS 50;\n", false);
  CHECK(
      has_step(plan, "ALTER MATERIALIZED VIEW public.totals ALTER COLUMN code SET STATISTICS 50;"));
  CHECK(has_step(plan,
                 "ALTER MATERIALIZED VIEW public.totals ALTER COLUMN total SET STATISTICS -1;"));
}

TEST_CASE("relation settings: renames and CLUSTER ON alter keys and indexes in place",
          "[relation-settings]") {
  Plan plan = plan_sql(with("ALTER TABLE public.orders CLUSTER ON orders_total_idx;"),
                       with("ALTER INDEX public.orders_pkey RENAME TO orders_primary;\n"
                            "ALTER TABLE public.orders SET WITHOUT CLUSTER;"),
                       true);
  CHECK(
      has_step(plan, "ALTER TABLE public.orders RENAME CONSTRAINT orders_pkey TO orders_primary;"));
  CHECK(has_step(plan, "ALTER TABLE public.orders SET WITHOUT CLUSTER;"));
  CHECK_FALSE(has_step(plan, "ALTER TABLE public.orders DROP CONSTRAINT orders_pkey;"));
  CHECK_FALSE(has_step(plan, "DROP INDEX public.orders_total_idx;"));
}

TEST_CASE("relation settings: ALTER COLUMN TYPE resets a column's compression",
          "[relation-settings]") {
  std::string compressed = "CREATE TABLE public.logs (id integer, body text COMPRESSION lz4);\n";
  Catalog retyped =
      clean_catalog_of(compressed + "ALTER TABLE public.logs ALTER COLUMN body TYPE varchar(20);");
  CHECK(retyped.tables.at({"public", "logs"}).find_column("body")->compression.empty());
  Plan plan =
      plan_sql(compressed,
               "CREATE TABLE public.logs (id integer, body varchar(20) COMPRESSION lz4);\n", false);
  CHECK(has_step(plan, "ALTER TABLE public.logs ALTER COLUMN body SET COMPRESSION lz4;"));
}
