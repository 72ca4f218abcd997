// Statements that migration folders carry, interpreted in strict mode (as a migration is
// replayed): ALTER POLICY, GRANT ... ON ALL ... IN SCHEMA, ALTER TYPE on a composite's
// attributes, DROP ... IF EXISTS of what is missing, and SELECTs that only move data.

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <string>

#include "analyzer/interpret/interpreter.hpp"
#include "diff_test_support.hpp"
#include "parser/script_reader.hpp"

using pgdrift::AclEntry;
using pgdrift::Catalog;
using pgdrift::Diagnostics;
using pgdrift::Severity;

namespace {

struct Replayed {
  Catalog catalog;
  Diagnostics diagnostics;
};

// The catalog a migration builds, and what the interpreter said, as a replay runs it.
Replayed migrate(const std::string& sql) {
  Replayed replayed;
  auto script = std::make_shared<pgdrift::ParsedScript>(pgdrift::read_script_text("m.sql", sql));
  replayed.diagnostics = script->diagnostics;
  pgdrift::Interpreter(replayed.catalog, replayed.diagnostics, /*strict=*/true).apply(script);
  return replayed;
}

std::string messages(const Diagnostics& diagnostics) {
  std::string text;
  for (const auto& d : diagnostics) text += d.to_string() + "\n";
  return text;
}

bool holds(const pgdrift::Acl& acl, const std::string& grantee, const std::string& privilege) {
  return std::any_of(acl.entries.begin(), acl.entries.end(), [&](const AclEntry& e) {
    return e.grantee == grantee && e.privilege == privilege;
  });
}

const std::string kPolicyTable =
    "CREATE TABLE docs (id int, owner text);\n"
    "CREATE POLICY read_own ON docs FOR SELECT TO authenticated USING (owner = current_user);\n";

}  // namespace

TEST_CASE("migrations: ALTER POLICY replaces the roles and expressions it names",
          "[migration-statements]") {
  Replayed replayed = migrate(
      kPolicyTable + "ALTER POLICY read_own ON docs TO anon, authenticated USING (true);\n");
  INFO(messages(replayed.diagnostics));
  CHECK(replayed.diagnostics.empty());
  Replayed direct = migrate(
      "CREATE TABLE docs (id int, owner text);\n"
      "CREATE POLICY read_own ON docs FOR SELECT TO authenticated, anon USING (true);\n");
  CHECK(pgdrift::diff_catalogs(replayed.catalog, direct.catalog, {}).changes.empty());
  CHECK(!pgdrift::diff_catalogs(migrate(kPolicyTable).catalog, direct.catalog, {}).changes.empty());
}

TEST_CASE("migrations: ALTER POLICY keeps what it leaves out", "[migration-statements]") {
  Replayed replayed = migrate(
      "CREATE TABLE docs (id int, owner text);\n"
      "CREATE POLICY edit ON docs FOR UPDATE TO authenticated USING (owner = current_user) WITH "
      "CHECK (id > 0);\n"
      "ALTER POLICY edit ON docs WITH CHECK (id > 1);\n");
  INFO(messages(replayed.diagnostics));
  CHECK(replayed.diagnostics.empty());
  Replayed direct = migrate(
      "CREATE TABLE docs (id int, owner text);\n"
      "CREATE POLICY edit ON docs FOR UPDATE TO authenticated USING (owner = current_user) WITH "
      "CHECK (id > 1);\n");
  CHECK(pgdrift::diff_catalogs(replayed.catalog, direct.catalog, {}).changes.empty());
}

TEST_CASE("migrations: ALTER POLICY ... RENAME TO renames it", "[migration-statements]") {
  Replayed replayed =
      migrate(kPolicyTable + "ALTER POLICY read_own ON docs RENAME TO read_mine;\n");
  CHECK(replayed.diagnostics.empty());
  CHECK(replayed.catalog.policies.contains({{"public", "docs"}, "read_mine"}));
  CHECK(!replayed.catalog.policies.contains({{"public", "docs"}, "read_own"}));
}

TEST_CASE("migrations: ALTER POLICY of a missing policy is an error, as PostgreSQL says",
          "[migration-statements]") {
  Replayed replayed = migrate(kPolicyTable + "ALTER POLICY nope ON docs USING (true);\n");
  REQUIRE(replayed.diagnostics.size() == 1u);
  CHECK(replayed.diagnostics[0].severity == Severity::error);
  CHECK(replayed.diagnostics[0].message == "policy \"nope\" for table public.docs does not exist");
  CHECK(replayed.diagnostics[0].where.line == 3);
}

TEST_CASE("migrations: GRANT ... ON ALL TABLES IN SCHEMA covers every relation there but sequences",
          "[migration-statements]") {
  Replayed replayed = migrate(
      "CREATE SCHEMA app;\n"
      "CREATE TABLE app.t (id serial);\n"
      "CREATE VIEW app.v AS SELECT id FROM app.t;\n"
      "CREATE MATERIALIZED VIEW app.m AS SELECT id FROM app.t;\n"
      "CREATE TABLE public.elsewhere (id int);\n"
      "GRANT SELECT ON ALL TABLES IN SCHEMA app TO reader;\n"
      "CREATE TABLE app.later (id int);\n");
  INFO(messages(replayed.diagnostics));
  CHECK(replayed.diagnostics.empty());
  const Catalog& catalog = replayed.catalog;
  CHECK(holds(catalog.tables.at({"app", "t"}).meta.acl, "reader", "SELECT"));
  CHECK(holds(catalog.views.at({"app", "v"}).meta.acl, "reader", "SELECT"));
  CHECK(holds(catalog.views.at({"app", "m"}).meta.acl, "reader", "SELECT"));
  CHECK(!holds(catalog.sequences.at({"app", "t_id_seq"}).meta.acl, "reader", "SELECT"));
  CHECK(!holds(catalog.tables.at({"public", "elsewhere"}).meta.acl, "reader", "SELECT"));
  CHECK(catalog.tables.at({"app", "later"}).meta.acl.is_default);
}

TEST_CASE("migrations: REVOKE ... ON ALL SEQUENCES IN SCHEMA a, b", "[migration-statements]") {
  Replayed replayed = migrate(
      "CREATE SCHEMA a;\nCREATE SCHEMA b;\n"
      "CREATE SEQUENCE a.s;\nCREATE SEQUENCE b.s;\n"
      "GRANT USAGE ON SEQUENCE a.s, b.s TO writer;\n"
      "REVOKE ALL ON ALL SEQUENCES IN SCHEMA a, b FROM writer;\n");
  INFO(messages(replayed.diagnostics));
  CHECK(replayed.diagnostics.empty());
  Replayed direct =
      migrate("CREATE SCHEMA a;\nCREATE SCHEMA b;\nCREATE SEQUENCE a.s;\nCREATE SEQUENCE b.s;\n");
  CHECK(pgdrift::diff_catalogs(replayed.catalog, direct.catalog, {}).changes.empty());
}

TEST_CASE(
    "migrations: ALL FUNCTIONS covers aggregates but not procedures; ALL ROUTINES covers both",
    "[migration-statements]") {
  const std::string routines =
      "CREATE SCHEMA api;\n"
      "CREATE FUNCTION api.f() RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
      "CREATE PROCEDURE api.p() LANGUAGE sql AS 'SELECT 1';\n"
      "CREATE AGGREGATE api.total(int) (SFUNC = int4pl, STYPE = int);\n";
  auto executes = [](const Catalog& catalog, const std::string& id) {
    return holds(catalog.routines.at(id).meta.acl, "app_user", "EXECUTE");
  };
  Replayed functions =
      migrate(routines + "GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA api TO app_user;\n");
  INFO(messages(functions.diagnostics));
  CHECK(functions.diagnostics.empty());
  CHECK(executes(functions.catalog, "api.f()"));
  CHECK(executes(functions.catalog, "api.total(integer)"));
  CHECK(!executes(functions.catalog, "api.p()"));
  Replayed procedures =
      migrate(routines + "GRANT EXECUTE ON ALL PROCEDURES IN SCHEMA api TO app_user;\n");
  CHECK(!executes(procedures.catalog, "api.f()"));
  CHECK(executes(procedures.catalog, "api.p()"));
  Replayed all = migrate(routines + "GRANT EXECUTE ON ALL ROUTINES IN SCHEMA api TO app_user;\n");
  CHECK(executes(all.catalog, "api.f()"));
  CHECK(executes(all.catalog, "api.p()"));
  CHECK(executes(all.catalog, "api.total(integer)"));
}

TEST_CASE("migrations: ALTER TYPE adds, drops, retypes and renames a composite's attributes",
          "[migration-statements]") {
  Replayed replayed = migrate(
      "CREATE SCHEMA flow;\n"
      "CREATE TYPE flow.task AS (run_id uuid, step text, attempts int);\n"
      "ALTER TYPE flow.task ADD ATTRIBUTE input jsonb;\n"
      "ALTER TYPE flow.task DROP ATTRIBUTE step;\n"
      "ALTER TYPE flow.task DROP ATTRIBUTE IF EXISTS never_there;\n"
      "ALTER TYPE flow.task ALTER ATTRIBUTE attempts TYPE bigint;\n"
      "ALTER TYPE flow.task RENAME ATTRIBUTE run_id TO flow_run_id;\n");
  INFO(messages(replayed.diagnostics));
  CHECK(replayed.diagnostics.empty());
  Replayed direct = migrate(
      "CREATE SCHEMA flow;\n"
      "CREATE TYPE flow.task AS (flow_run_id uuid, attempts bigint, input jsonb);\n");
  CHECK(pgdrift::diff_catalogs(replayed.catalog, direct.catalog, {}).changes.empty());
}

TEST_CASE("migrations: ALTER TYPE on a missing attribute or type is an error",
          "[migration-statements]") {
  const std::string type = "CREATE TYPE task AS (a int);\n";
  for (const char* statement :
       {"ALTER TYPE task DROP ATTRIBUTE b;\n", "ALTER TYPE task ALTER ATTRIBUTE b TYPE text;\n",
        "ALTER TYPE task ADD ATTRIBUTE a text;\n", "ALTER TYPE nope ADD ATTRIBUTE b int;\n",
        "ALTER TYPE task RENAME ATTRIBUTE b TO c;\n"}) {
    INFO(statement);
    Replayed replayed = migrate(type + statement);
    REQUIRE(replayed.diagnostics.size() == 1u);
    CHECK(replayed.diagnostics[0].severity == Severity::error);
    CHECK(replayed.diagnostics[0].where.line == 2);
  }
  CHECK(migrate("ALTER TYPE nope ADD ATTRIBUTE b int;\n").diagnostics.at(0).message ==
        "relation public.nope does not exist");
  CHECK(migrate(type + "ALTER TYPE task DROP ATTRIBUTE b;\n").diagnostics.at(0).message ==
        "column \"b\" of relation public.task does not exist");
}

TEST_CASE("migrations: DROP ... IF EXISTS of what is missing is never an error",
          "[migration-statements]") {
  Replayed replayed = migrate(
      "CREATE TABLE t (x int);\n"
      "DROP TABLE IF EXISTS missing, nowhere.missing;\n"
      "DROP VIEW IF EXISTS missing_view;\n"
      "DROP MATERIALIZED VIEW IF EXISTS missing_matview;\n"
      "DROP FUNCTION IF EXISTS missing_function(int);\n"
      "DROP FUNCTION IF EXISTS nowhere.missing_function;\n"
      "DROP PROCEDURE IF EXISTS missing_procedure;\n"
      "DROP TRIGGER IF EXISTS missing_trigger ON t;\n"
      "DROP TRIGGER IF EXISTS missing_trigger ON missing_table;\n"
      "DROP POLICY IF EXISTS missing_policy ON t;\n"
      "DROP POLICY IF EXISTS missing_policy ON missing_table;\n"
      "DROP TYPE IF EXISTS missing_type;\n"
      "DROP DOMAIN IF EXISTS missing_domain;\n"
      "DROP INDEX IF EXISTS missing_index;\n"
      "DROP SEQUENCE IF EXISTS missing_sequence;\n"
      "DROP SCHEMA IF EXISTS missing_schema CASCADE;\n"
      "DROP EXTENSION IF EXISTS missing_extension;\n"
      "DROP PUBLICATION IF EXISTS missing_publication;\n"
      "ALTER TABLE t DROP COLUMN IF EXISTS missing_column;\n"
      "ALTER TABLE t DROP CONSTRAINT IF EXISTS missing_constraint;\n");
  INFO(messages(replayed.diagnostics));
  CHECK(replayed.diagnostics.empty());
  CHECK(replayed.catalog.tables.contains({"public", "t"}));
}

TEST_CASE(
    "migrations: SELECTs that schedule jobs, store secrets or call out are data, never a "
    "diagnostic",
    "[migration-statements]") {
  Replayed replayed = migrate(
      "SELECT cron.schedule('purge', '0 3 * * *', $$DELETE FROM events WHERE at < now() - interval "
      "'30 days'$$);\n"
      "SELECT cron.unschedule('purge');\n"
      "SELECT vault.create_secret('s3cr3t', 'service_key');\n"
      "SELECT net.http_post(url := 'https://example.invalid/hook', body := '{}'::jsonb);\n"
      "SELECT pgmq.create('jobs');\n");
  INFO(messages(replayed.diagnostics));
  CHECK(replayed.diagnostics.empty());
  CHECK(pgdrift::diff_catalogs(Catalog{}, replayed.catalog, {}).changes.empty());
}

TEST_CASE("migrations: a GRANT on a function that is not there names it in its warning",
          "[migration-statements]") {
  Replayed replayed = migrate("GRANT ALL ON FUNCTION \"public\".\"touch\"() TO anon;\n");
  REQUIRE(replayed.diagnostics.size() == 1u);
  CHECK(replayed.diagnostics[0].severity == Severity::warning);
  CHECK(replayed.diagnostics[0].message ==
        "GRANT/REVOKE on public.touch which is not in the schema");
}

TEST_CASE(
    "migrations: GRANT ... ON ALL TABLES IN a schema that is not there warns and grants nothing",
    "[migration-statements]") {
  Replayed replayed = migrate(
      "CREATE TABLE t (x int);\nGRANT SELECT ON ALL TABLES IN SCHEMA elsewhere TO reader;\n");
  REQUIRE(replayed.diagnostics.size() == 1u);
  CHECK(replayed.diagnostics[0].severity == Severity::warning);
  CHECK(replayed.diagnostics[0].message ==
        "GRANT/REVOKE ... IN SCHEMA elsewhere which is not in the schema");
  CHECK(replayed.catalog.tables.at({"public", "t"}).meta.acl.is_default);
}

TEST_CASE("migrations: DROP TYPE of a missing type names it as written", "[migration-statements]") {
  Replayed replayed = migrate("DROP TYPE \"public\".\"frame_kind\";\nDROP DOMAIN nowhere;\n");
  REQUIRE(replayed.diagnostics.size() == 2u);
  CHECK(replayed.diagnostics[0].severity == Severity::error);
  CHECK(replayed.diagnostics[0].message == "TYPE public.frame_kind does not exist");
  CHECK(replayed.diagnostics[1].message == "DOMAIN nowhere does not exist");
}

TEST_CASE("DROP COLUMN ... CASCADE drops the views that read the column, and only those", "[migration-statements]") {
  Replayed replayed = migrate(R"sql(
create table contacts (id int primary key, name text, source text);
create view contacts_summary as select c.* from contacts c;
create view contact_sources as select id, source from contacts;
create view contact_names as select id, name from contacts;
alter table contacts drop column source cascade;
create view contacts_summary as select c.* from contacts c;
)sql");
  INFO(messages(replayed.diagnostics));
  CHECK(replayed.diagnostics.empty());
  CHECK(replayed.catalog.views.contains({"public", "contacts_summary"}));
  CHECK_FALSE(replayed.catalog.views.contains({"public", "contact_sources"}));
  CHECK(replayed.catalog.views.contains({"public", "contact_names"}));
}
