// Privileges that a dump writes on an extension's objects (which it does not define): read
// without a warning, compared, and planned.
#include <catch2/catch.hpp>

#include "analyzer/plan/plan.hpp"
#include "diff_test_support.hpp"

using namespace pgdrift;

namespace {

const char* kExtension = R"sql(
CREATE SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions;
)sql";

Catalog read(const std::string& sql, Diagnostics& diagnostics) {
  return build_catalog(std::make_shared<ParsedScript>(read_script_text("dump.sql", sql)), diagnostics);
}

}  // namespace

TEST_CASE("extension members: grants pg_dump writes on them are read and compared", "[extension-members]") {
  Diagnostics diagnostics;
  Catalog granted = read(std::string(kExtension) +
                             "REVOKE ALL ON FUNCTION extensions.digest(text, text) FROM PUBLIC;\n"
                             "GRANT ALL ON FUNCTION extensions.digest(text, text) TO service_role;\n"
                             "GRANT SELECT ON TABLE extensions.pg_stat_statements TO dashboard_user;\n",
                         diagnostics);
  CHECK(diagnostics.empty());
  CHECK(granted.extension_members.size() == 2);
  Catalog plain = read(kExtension, diagnostics);
  DiffResult result = diff_catalogs(plain, granted, {});
  std::vector<std::string> changed;
  for (const Change& change : result.changes) changed.push_back(change.kind + " " + change.id);
  CHECK(changed == std::vector<std::string>{"extension_member extensions.digest(text, text)",
                                            "extension_member extensions.pg_stat_statements"});
  Plan plan = make_plan(plain, granted, result, {});
  std::string sql;
  for (const PlanStep& step : plan.steps) sql += step.sql + "\n";
  CHECK(sql.find("REVOKE EXECUTE ON FUNCTION extensions.digest(text, text) FROM PUBLIC;") != std::string::npos);
  CHECK(sql.find("GRANT EXECUTE ON FUNCTION extensions.digest(text, text) TO service_role;") != std::string::npos);
}

TEST_CASE("extension members: an object in a schema no extension lives in is still not in the schema", "[extension-members]") {
  Diagnostics diagnostics;
  read("CREATE SCHEMA app;\nGRANT ALL ON FUNCTION app.missing(integer) TO anon;\n", diagnostics);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].message.find("not in the schema") != std::string::npos);
}

TEST_CASE("extension members: a table an extension makes at run time is not an error in its schema", "[extension-members]") {
  Catalog catalog;
  Diagnostics diagnostics;
  Interpreter(catalog, diagnostics, /*strict=*/true)
      .apply(std::make_shared<ParsedScript>(read_script_text("20250101000000_queue.sql", R"sql(
create schema pgmq;
create extension pgmq with schema pgmq;
create extension pg_trgm;
select from pgmq.create('jobs');
alter table pgmq.q_jobs enable row level security;
grant select on table pgmq.q_jobs to service_role;
alter table public.jobs enable row level security;
)sql")));
  REQUIRE(diagnostics.size() == 2);
  CHECK(diagnostics[0].severity == Severity::warning);
  CHECK(diagnostics[0].message.find("pgmq.q_jobs is not in the schema") != std::string::npos);
  CHECK(diagnostics[1].severity == Severity::error);  // public is where users make their tables
  CHECK(diagnostics[1].message == "relation public.jobs does not exist");
  CHECK(catalog.extension_members.size() == 1);
}
