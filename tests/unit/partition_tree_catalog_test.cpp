// What the diff sees of partition and inheritance trees, constraint indexes and column
// grants, read the way pg_dump writes them (issue 14: the plan could not reach these).
#include <catch2/catch.hpp>

#include <algorithm>

#include "tests/unit/diff_test_support.hpp"

using namespace pgdrift;
using pgdrift::testing::catalog_of;
using pgdrift::testing::diff_sql;

namespace {

const char* kPartitionedSale =
    "CREATE TABLE public.sale (id integer NOT NULL, region text NOT NULL, amount numeric,\n"
    "  CONSTRAINT sale_amount_check CHECK ((amount >= (0)::numeric))) PARTITION BY LIST (region);\n"
    "CREATE TABLE public.sale_eu (id integer NOT NULL, region text NOT NULL, amount numeric,\n"
    "  CONSTRAINT sale_amount_check CHECK ((amount >= (0)::numeric)),\n"
    "  CONSTRAINT sale_eu_small CHECK ((amount < (1000000)::numeric)));\n"
    "ALTER TABLE ONLY public.sale ATTACH PARTITION public.sale_eu FOR VALUES IN ('eu');\n"
    "ALTER TABLE ONLY public.sale ADD CONSTRAINT sale_pkey PRIMARY KEY (id, region);\n"
    "ALTER TABLE ONLY public.sale_eu ADD CONSTRAINT sale_eu_pkey PRIMARY KEY (id, region);\n"
    "ALTER INDEX public.sale_pkey ATTACH PARTITION public.sale_eu_pkey;\n";

bool has_change(const DiffResult& result, const std::string& id) {
  return std::any_of(result.changes.begin(), result.changes.end(),
                     [&](const Change& c) { return c.id == id; });
}

}  // namespace

TEST_CASE("partition tree: a partition's copies of its parent's CHECK and key are the parent's",
          "[diff][partition-tree]") {
  Catalog catalog = catalog_of(kPartitionedSale);
  const Table& partition = catalog.tables.at({"public", "sale_eu"});
  CHECK(partition.constraints.at("sale_amount_check").inherited);
  CHECK(partition.constraints.at("sale_eu_pkey").inherited);
  CHECK_FALSE(partition.constraints.at("sale_eu_small").inherited);
}

TEST_CASE("partition tree: a dump's partition and one made with PARTITION OF compare equal",
          "[diff][partition-tree]") {
  DiffResult result = diff_sql(
      kPartitionedSale,
      "CREATE TABLE public.sale (id integer NOT NULL, region text NOT NULL, amount numeric,\n"
      "  CONSTRAINT sale_amount_check CHECK (amount >= 0)) PARTITION BY LIST (region);\n"
      "ALTER TABLE public.sale ADD CONSTRAINT sale_pkey PRIMARY KEY (id, region);\n"
      "CREATE TABLE public.sale_eu PARTITION OF public.sale FOR VALUES IN ('eu');\n"
      "ALTER TABLE public.sale_eu ADD CONSTRAINT sale_eu_small CHECK (amount < 1000000);\n");
  CHECK(result.identical());
}

TEST_CASE("partition tree: a child's own default of an inherited column, SET DEFAULT NULL included",
          "[diff][partition-tree]") {
  const char* parent =
      "CREATE TABLE public.event (id integer, kind text DEFAULT 'info');\n"
      "CREATE TABLE public.event_audit () INHERITS (public.event);\n";
  DiffResult result = diff_sql(
      parent, std::string(parent) +
                  "ALTER TABLE ONLY public.event_audit ALTER COLUMN kind SET DEFAULT NULL;\n");
  REQUIRE(has_change(result, "public.event_audit.kind"));
  CHECK_FALSE(catalog_of(std::string(parent) +
                         "ALTER TABLE ONLY public.event_audit ALTER COLUMN kind SET DEFAULT NULL;")
                  .tables.at({"public", "event_audit"})
                  .find_column("kind")
                  ->default_value);
}

TEST_CASE("constraint index: COMMENT ON INDEX of a key's index is compared",
          "[diff][partition-tree]") {
  const char* table =
      "CREATE TABLE public.account (id integer CONSTRAINT account_pk PRIMARY KEY);\n";
  DiffResult result =
      diff_sql(table, std::string(table) + "COMMENT ON INDEX public.account_pk IS 'the key';\n");
  REQUIRE(has_change(result, "public.account.account_pk"));
  const Change& change = result.changes.front();
  REQUIRE(change.details.size() == 1);
  CHECK(change.details[0].aspect == "index_comment");
  CHECK(change.details[0].new_value == "the key");
}

TEST_CASE("column grants: GRANT ALL (col) is every privilege a column has",
          "[diff][partition-tree]") {
  const char* table = "CREATE TABLE public.profile (id integer, bio text);\n";
  DiffResult result =
      diff_sql(std::string(table) + "GRANT ALL (bio) ON public.profile TO app_reader;",
               std::string(table) +
                   "GRANT SELECT (bio), INSERT (bio), UPDATE (bio), REFERENCES (bio) ON "
                   "public.profile TO app_reader;");
  CHECK(result.identical());
  DiffResult against_none =
      diff_sql(table, std::string(table) + "GRANT ALL (bio) ON public.profile TO app_reader;");
  CHECK(has_change(against_none, "public.profile.bio"));
}

TEST_CASE("partition tree: attaching a partition's index to a partitioned index is a change",
          "[diff][partition-tree]") {
  const char* tree =
      "CREATE TABLE public.r (s integer, t date) PARTITION BY RANGE (t);\n"
      "CREATE TABLE public.r_a PARTITION OF public.r FOR VALUES FROM ('2024-01-01') TO "
      "('2025-01-01');\n"
      "CREATE INDEX r_s_idx ON ONLY public.r (s);\n"
      "CREATE INDEX r_a_s_idx ON public.r_a (s);\n";
  DiffResult result = diff_sql(
      tree, std::string(tree) + "ALTER INDEX public.r_s_idx ATTACH PARTITION public.r_a_s_idx;\n");
  REQUIRE(has_change(result, "public.r_a.r_a_s_idx"));
  CHECK(result.changes.front().details.front().aspect == "attached_to");
}

TEST_CASE("column grants: a grant on a view's column is compared", "[diff][partition-tree]") {
  const char* view =
      "CREATE TABLE public.t (id integer, secret text);\n"
      "CREATE VIEW public.v AS SELECT id, secret FROM public.t;\n";
  DiffResult result =
      diff_sql(view, std::string(view) + "GRANT SELECT (id) ON public.v TO app_reader;\n");
  CHECK(has_change(result, "public.v"));
}
