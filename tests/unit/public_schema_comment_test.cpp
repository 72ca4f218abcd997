// The public schema's comment is PostgreSQL's 'standard public schema' until changed:
// pg_dump 14 and earlier write it, 15 and later leave it out (and write IS '' once removed).
#include <catch2/catch.hpp>

#include "diff_test_support.hpp"

using namespace pgdrift;

namespace {

const char* kTable = "CREATE TABLE public.t (id integer);\n";

}  // namespace

TEST_CASE("public schema comment: the built-in one is the same written or left out", "[public-schema-comment]") {
  Catalog written = testing::clean_catalog_of(std::string("COMMENT ON SCHEMA public IS 'standard public schema';\n") + kTable);
  Catalog left_out = testing::clean_catalog_of(kTable);
  CHECK(diff_catalogs(written, left_out, {}).identical());
}

TEST_CASE("public schema comment: removed (IS '' or IS NULL) is a difference", "[public-schema-comment]") {
  Catalog left_out = testing::clean_catalog_of(kTable);
  Catalog emptied = testing::clean_catalog_of(std::string("COMMENT ON SCHEMA public IS '';\n") + kTable);
  Catalog nulled = testing::clean_catalog_of(std::string("COMMENT ON SCHEMA public IS NULL;\n") + kTable);
  CHECK(diff_catalogs(emptied, nulled, {}).identical());
  DiffResult result = diff_catalogs(left_out, emptied, {});
  REQUIRE(result.changes.size() == 1);
  CHECK(result.changes[0].id == "public");
  CHECK(result.changes[0].details.at(0).aspect == "comment");
}
