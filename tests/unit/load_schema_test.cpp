// load_schema interprets a dump while it is read, freeing each block of parse trees: the
// catalog must be the one the whole script, parsed first and interpreted after, builds.

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "analyzer/migrations/ledger.hpp"
#include "analyzer/pipeline/load_schema.hpp"
#include "diff_test_support.hpp"

namespace {

std::string file_text(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("load_schema: a dump read as a stream builds the catalog of the whole script", "[pipeline]") {
  for (const char* dump : {"/fixtures/supabase-agents/production.dump.sql", "/fixtures/supabase-agents/staging.dump.sql"}) {
    INFO(dump);
    std::string path = std::string(PGDRIFT_SOURCE_DIR) + dump;
    pgdrift::LoadedSchema streamed = pgdrift::load_schema(path);
    pgdrift::Catalog whole = pgdrift::testing::catalog_of(file_text(path));
    CHECK(streamed.statement_count > 100);
    CHECK(streamed.catalog.tables.size() == whole.tables.size());
    CHECK(streamed.catalog.routines.size() == whole.routines.size());
    pgdrift::DiffResult result = pgdrift::diff_catalogs(whole, streamed.catalog, {});
    CHECK(result.changes.empty());
  }
}

TEST_CASE("load_schema: a ledger's rows are kept while its trees are freed", "[pipeline]") {
  std::string dir = std::string(PGDRIFT_SOURCE_DIR) + "/fixtures/supabase-agents/";
  pgdrift::LoadedSchema staging = pgdrift::load_schema(dir + "staging.dump.sql");
  CHECK(staging.catalog.history_rows.empty());
  pgdrift::read_ledger_into(staging, dir + "staging.ledger.sql");
  REQUIRE(staging.catalog.history_rows.size() == 1u);
  CHECK(staging.catalog.history_rows[0].statement->is("CopyStmt"));
  CHECK(!staging.catalog.history_rows[0].copy_data.empty());
  auto versions = pgdrift::recorded_migrations(staging.catalog);
  REQUIRE(versions);
  CHECK(versions->size() == 18u);
}
