// Defaults of a view's columns (ALTER VIEW v ALTER COLUMN c SET DEFAULT), what an INSERT
// through the view fills in, and defaults that reach a table's children.
#include <catch2/catch.hpp>

#include <algorithm>

#include "tests/unit/diff_test_support.hpp"

using namespace pgdrift;
using pgdrift::testing::catalog_of;
using pgdrift::testing::clean_catalog_of;
using pgdrift::testing::diff_sql;

namespace {

const char* kView =
    "CREATE TABLE public.product (sku text, price numeric);\n"
    "CREATE VIEW public.catalog AS SELECT sku, price FROM public.product;\n";

bool has_aspect(const DiffResult& result, const std::string& id, const std::string& aspect) {
  return std::any_of(result.changes.begin(), result.changes.end(), [&](const Change& change) {
    return change.id == id &&
           std::any_of(change.details.begin(), change.details.end(),
                       [&](const ChangeDetail& d) { return d.aspect == aspect; });
  });
}

}  // namespace

TEST_CASE("view column default: set, changed and dropped are changes of the view",
          "[diff][view-column-default]") {
  std::string with_default =
      std::string(kView) + "ALTER VIEW public.catalog ALTER COLUMN price SET DEFAULT 0;\n";
  CHECK(has_aspect(diff_sql(kView, with_default), "public.catalog", "column price: default"));
  CHECK(has_aspect(diff_sql(with_default, kView), "public.catalog", "column price: default"));
  CHECK(has_aspect(
      diff_sql(with_default, std::string(kView) +
                                 "ALTER VIEW public.catalog ALTER COLUMN price SET DEFAULT 1;\n"),
      "public.catalog", "column price: default"));
}

TEST_CASE("view column default: pg_dump's ALTER TABLE ONLY and ALTER VIEW say the same",
          "[diff][view-column-default]") {
  DiffResult result = diff_sql(
      std::string(kView) + "ALTER TABLE ONLY public.catalog ALTER COLUMN price SET DEFAULT 0;\n",
      std::string(kView) + "ALTER VIEW public.catalog ALTER COLUMN price SET DEFAULT 0;\n");
  CHECK(result.identical());
}

TEST_CASE("view column default: read without a warning; SET NULL is none",
          "[diff][view-column-default]") {
  Catalog catalog =
      clean_catalog_of(std::string(kView) +
                       "ALTER VIEW public.catalog ALTER COLUMN price SET DEFAULT 0;\n"
                       "ALTER VIEW public.catalog ALTER COLUMN sku SET DEFAULT 'x';\n"
                       "ALTER VIEW public.catalog ALTER COLUMN sku SET DEFAULT NULL;\n");
  const View& view = catalog.views.at({"public", "catalog"});
  CHECK(view.column_defaults.contains("price"));
  CHECK_FALSE(view.column_defaults.contains("sku"));
}

TEST_CASE("view column default: a materialized view has none, as PostgreSQL says",
          "[diff][view-column-default]") {
  Diagnostics diagnostics;
  auto script = std::make_shared<ParsedScript>(
      read_script_text("test.sql",
                       "CREATE MATERIALIZED VIEW public.totals AS SELECT 1 AS n;\n"
                       "ALTER MATERIALIZED VIEW public.totals ALTER COLUMN n SET DEFAULT 2;\n"));
  build_catalog(script, diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics.begin()->severity == Severity::error);
  CHECK(diagnostics.begin()->message.find("materialized view public.totals") != std::string::npos);
}

TEST_CASE("view column default: CREATE OR REPLACE VIEW keeps it", "[diff][view-column-default]") {
  Catalog catalog = catalog_of(std::string(kView) +
                               "ALTER VIEW public.catalog ALTER COLUMN price SET DEFAULT 0;\n"
                               "CREATE OR REPLACE VIEW public.catalog AS SELECT sku, price, 1 AS "
                               "extra FROM public.product;\n");
  CHECK(catalog.views.at({"public", "catalog"}).column_defaults.contains("price"));
}

TEST_CASE("column default: SET DEFAULT without ONLY reaches children and partitions",
          "[diff][view-column-default]") {
  const char* tree =
      "CREATE TABLE public.event (id integer, kind text DEFAULT 'info');\n"
      "CREATE TABLE public.event_audit () INHERITS (public.event);\n"
      "CREATE TABLE public.event_audit_old () INHERITS (public.event_audit);\n"
      "CREATE TABLE public.reading (kind text, taken date) PARTITION BY RANGE (taken);\n"
      "CREATE TABLE public.reading_2024 PARTITION OF public.reading FOR VALUES FROM ('2024-01-01') "
      "TO ('2025-01-01');\n";
  Catalog recursed =
      catalog_of(std::string(tree) +
                 "ALTER TABLE public.event ALTER COLUMN kind SET DEFAULT 'notice';\n"
                 "ALTER TABLE public.reading ALTER COLUMN kind SET DEFAULT 'celsius';\n");
  CHECK(recursed.tables.at({"public", "event_audit"}).find_column("kind")->default_value);
  CHECK(recursed.tables.at({"public", "event_audit_old"}).find_column("kind")->default_value);
  CHECK(recursed.tables.at({"public", "reading_2024"}).find_column("kind")->default_value);
  Catalog only =
      catalog_of(std::string(tree) +
                 "ALTER TABLE ONLY public.reading ALTER COLUMN kind SET DEFAULT 'celsius';\n");
  CHECK_FALSE(only.tables.at({"public", "reading_2024"}).find_column("kind")->default_value);
  Catalog dropped =
      catalog_of(std::string(tree) + "ALTER TABLE public.event ALTER COLUMN kind DROP DEFAULT;\n");
  CHECK_FALSE(dropped.tables.at({"public", "event_audit_old"}).find_column("kind")->default_value);
}
