// Each schema rule (named as Supabase's splinter names it), by its id: a schema it fires on
// and one it stays silent on, read as a --schema dump by itself; and, for migrations, that
// a finding is reported at the statement that introduced it, once.

#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "lint_test_support.hpp"

using pgdrift::LintRequest;
using pgdrift::LintResult;
using pgdrift::testing::findings_of;
using pgdrift::testing::lint_sql;
using pgdrift::testing::names;
using pgdrift::testing::TempDir;

namespace {

// The findings of `rule` when the schema rules review `schema` (a dump) by itself.
std::vector<pgdrift::Finding> schema_findings(const std::string& schema, const std::string& rule,
                                              std::vector<std::string> exposed = {"public"}) {
  TempDir dir;
  LintRequest request;
  request.schema = (dir.path() / "schema.sql").string();
  std::ofstream(request.schema) << schema;
  request.platform = "none";
  request.exposed_schemas = std::move(exposed);
  return findings_of(pgdrift::lint_migrations(request), rule);
}

std::size_t count(const std::string& schema, const std::string& rule) {
  return schema_findings(schema, rule).size();
}

// A Supabase project's grants: what its default privileges give the API's roles.
const std::string kApiGrants =
    "GRANT ALL ON TABLE public.notes TO anon, authenticated, service_role;\n";
const std::string kNotes =
    "CREATE TABLE public.notes (id bigint PRIMARY KEY, user_id uuid, body text);\n";
const std::string kNotesWithRls =
    kNotes + kApiGrants + "ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;\n";

}  // namespace

TEST_CASE("unindexed_foreign_keys", "[lint]") {
  const std::string rule = "unindexed_foreign_keys";
  const std::string tables =
      "CREATE TABLE public.customers (id bigint PRIMARY KEY);\n"
      "CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES "
      "public.customers (id), placed timestamptz);\n";
  auto found = schema_findings(tables, rule);
  REQUIRE(found.size() == 1);
  CHECK(names(found[0], "public.orders.orders_customer_id_fkey"));
  CHECK(found[0].where.line == 2);
  CHECK(count(tables + "CREATE INDEX orders_customer ON public.orders (customer_id, placed);\n",
              rule) == 0);
  CHECK(count(tables + "CREATE INDEX orders_placed ON public.orders (placed, customer_id);\n",
              rule) == 1);
}

TEST_CASE("no_primary_key", "[lint]") {
  const std::string rule = "no_primary_key";
  CHECK(count("CREATE TABLE public.events (name text);\n", rule) == 1);
  CHECK(count("CREATE TABLE public.events (id bigint PRIMARY KEY);\n", rule) == 0);
  // auth is the platform's: not the user's to fix.
  CHECK(count("CREATE SCHEMA auth;\nCREATE TABLE auth.events (name text);\n", rule) == 0);
}

TEST_CASE("multiple_permissive_policies", "[lint]") {
  const std::string rule = "multiple_permissive_policies";
  const std::string two =
      kNotesWithRls +
      "CREATE POLICY own ON public.notes FOR SELECT TO authenticated USING (user_id = "
      "(select auth.uid()));\n"
      "CREATE POLICY shared ON public.notes FOR ALL TO authenticated USING (body IS NOT NULL);\n";
  auto found = schema_findings(two, rule);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("authenticated select") != std::string::npos);
  CHECK(found[0].message.find("authenticated insert") == std::string::npos);
  CHECK(count(kNotesWithRls +
                  "CREATE POLICY own ON public.notes FOR SELECT TO authenticated USING (true);\n"
                  "CREATE POLICY mine ON public.notes FOR UPDATE TO authenticated USING (true);\n",
              rule) == 0);
  CHECK(count(kNotesWithRls +
                  "CREATE POLICY a ON public.notes FOR SELECT TO anon USING (true);\n"
                  "CREATE POLICY b ON public.notes AS RESTRICTIVE FOR SELECT TO anon USING "
                  "(body IS NOT NULL);\n",
              rule) == 0);
}

TEST_CASE("policy_exists_rls_disabled", "[lint]") {
  const std::string rule = "policy_exists_rls_disabled";
  const std::string policy = "CREATE POLICY own ON public.notes USING (true);\n";
  CHECK(count(kNotes + policy, rule) == 1);
  CHECK(count(kNotesWithRls + policy, rule) == 0);
}

TEST_CASE("rls_enabled_no_policy", "[lint]") {
  const std::string rule = "rls_enabled_no_policy";
  CHECK(count(kNotesWithRls, rule) == 1);
  CHECK(count(kNotesWithRls + "CREATE POLICY own ON public.notes USING (true);\n", rule) == 0);
}

TEST_CASE("duplicate_index", "[lint]") {
  const std::string rule = "duplicate_index";
  auto found =
      schema_findings(kNotes +
                          "CREATE INDEX notes_user ON public.notes (user_id);\n"
                          "CREATE INDEX notes_user_again ON public.notes USING btree (user_id);\n"
                          "CREATE UNIQUE INDEX notes_id ON public.notes (id);\n",
                      rule);
  REQUIRE(found.size() == 2);  // the two on user_id; the primary key and notes_id
  CHECK(names(found[0], "public.notes_user_again"));
  CHECK(count(kNotes + "CREATE INDEX a ON public.notes (user_id);\n"
                       "CREATE INDEX b ON public.notes (user_id) WHERE body IS NULL;\n"
                       "CREATE INDEX c ON public.notes (user_id DESC);\n"
                       "CREATE INDEX d ON public.notes (lower(body));\n"
                       "CREATE INDEX e ON public.notes (lower(body), user_id);\n",
              rule) == 0);
}

TEST_CASE("security_definer_view", "[lint]") {
  const std::string rule = "security_definer_view";
  const std::string view =
      "CREATE VIEW public.recent AS SELECT id, body FROM public.notes;\n"
      "GRANT SELECT ON public.recent TO anon;\n";
  CHECK(count(kNotesWithRls + view, rule) == 1);
  CHECK(count(kNotesWithRls + view + "ALTER VIEW public.recent SET (security_invoker = on);\n",
              rule) == 0);
  CHECK(count(kNotesWithRls + "CREATE VIEW public.recent AS SELECT id FROM public.notes;\n",
              rule) == 0);  // anon and authenticated may not read it
  CHECK(schema_findings(kNotesWithRls + view, rule, {"api"}).empty());  // public is not served
}

TEST_CASE("function_search_path_mutable", "[lint]") {
  const std::string rule = "function_search_path_mutable";
  const std::string body = "RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$";
  auto found = schema_findings("CREATE FUNCTION public.one() " + body + ";\n", rule);
  REQUIRE(found.size() == 1);
  CHECK(names(found[0], "public.one()"));
  CHECK(count("CREATE FUNCTION public.one() " + body + " SET search_path = '';\n", rule) == 0);
  CHECK(count("CREATE SCHEMA extensions;\nCREATE FUNCTION extensions.one() " + body + ";\n",
              rule) == 0);
}

TEST_CASE("rls_disabled_in_public", "[lint]") {
  const std::string rule = "rls_disabled_in_public";
  CHECK(count(kNotes + kApiGrants, rule) == 1);
  CHECK(count(kNotesWithRls, rule) == 0);
  CHECK(count(kNotes, rule) == 0);  // no API roles: not a Supabase project
  CHECK(schema_findings(kNotes + kApiGrants, rule, {"api"}).empty());
  CHECK(schema_findings("CREATE SCHEMA api;\nCREATE TABLE api.t (id bigint);\nGRANT SELECT ON "
                        "api.t TO anon;\n",
                        rule, {"api", "public"})
            .size() == 1);
}

TEST_CASE("extension_in_public", "[lint]") {
  const std::string rule = "extension_in_public";
  CHECK(count("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;\n", rule) == 1);
  CHECK(count("CREATE SCHEMA extensions;\nCREATE EXTENSION pg_trgm WITH SCHEMA extensions;\n",
              rule) == 0);
  // pgsodium's control file fixes its schema: it never lands in public.
  CHECK(findings_of(lint_sql("CREATE EXTENSION IF NOT EXISTS pgsodium;\n"), rule).empty());
  CHECK(findings_of(lint_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm;\n"), rule).size() == 1);
}

TEST_CASE("rls_references_user_metadata", "[lint]") {
  const std::string rule = "rls_references_user_metadata";
  CHECK(count(kNotesWithRls +
                  "CREATE POLICY admins ON public.notes USING (((auth.jwt() -> 'user_metadata') "
                  "->> 'role') = 'admin');\n",
              rule) == 1);
  CHECK(count(kNotesWithRls +
                  "CREATE POLICY admins ON public.notes USING (((auth.jwt() -> 'app_metadata') "
                  "->> 'role') = 'admin');\n",
              rule) == 0);
}

TEST_CASE("auth_rls_initplan", "[lint]") {
  const std::string rule = "auth_rls_initplan";
  auto found = schema_findings(
      kNotesWithRls + "CREATE POLICY own ON public.notes USING (user_id = auth.uid());\n", rule);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("auth.uid()") != std::string::npos);
  CHECK(count(kNotesWithRls +
                  "CREATE POLICY own ON public.notes USING (user_id = (SELECT auth.uid()));\n",
              rule) == 0);
  CHECK(count(kNotesWithRls + "CREATE POLICY own ON public.notes WITH CHECK (user_id = "
                              "current_setting('app.user')::uuid);\n",
              rule) == 1);
}

TEST_CASE("rls_policy_always_true", "[lint]") {
  const std::string rule = "rls_policy_always_true";
  CHECK(count(kNotesWithRls +
                  "CREATE POLICY anyone ON public.notes FOR UPDATE TO anon USING (true);\n",
              rule) == 1);
  CHECK(
      count(kNotesWithRls + "CREATE POLICY anyone ON public.notes FOR INSERT WITH CHECK (1 = 1);\n",
            rule) == 1);
  CHECK(count(kNotesWithRls + "CREATE POLICY read ON public.notes FOR SELECT USING (true);\n",
              rule) == 0);
  CHECK(count(kNotesWithRls +
                  "CREATE POLICY own ON public.notes FOR UPDATE TO authenticated USING (user_id "
                  "= (select auth.uid()));\n",
              rule) == 0);
  CHECK(count(kNotesWithRls +
                  "CREATE POLICY service ON public.notes FOR ALL TO service_role USING (true);\n",
              rule) == 0);
}

namespace {

const std::string kDefiner =
    "CREATE FUNCTION public.promote(target uuid) RETURNS void LANGUAGE sql SECURITY DEFINER SET "
    "search_path = '' AS $$ UPDATE public.notes SET body = 'x' WHERE user_id = target $$;\n";

}  // namespace

TEST_CASE("anon_security_definer_function_executable", "[lint]") {
  const std::string rule = "anon_security_definer_function_executable";
  // PUBLIC may execute a new function: anon with it.
  auto found = schema_findings(kNotesWithRls + kDefiner, rule);
  REQUIRE(found.size() == 1);
  CHECK(names(found[0], "public.promote(uuid)"));
  CHECK(count(kNotesWithRls + kDefiner +
                  "REVOKE EXECUTE ON FUNCTION public.promote(uuid) FROM PUBLIC, anon;\n"
                  "GRANT EXECUTE ON FUNCTION public.promote(uuid) TO authenticated;\n",
              rule) == 0);
  CHECK(count(kNotesWithRls +
                  "CREATE FUNCTION public.on_insert() RETURNS trigger LANGUAGE plpgsql SECURITY "
                  "DEFINER AS $$ BEGIN RETURN NEW; END $$;\n",
              rule) == 0);  // a trigger function cannot be called through the API
}

TEST_CASE("authenticated_security_definer_function_executable", "[lint]") {
  const std::string rule = "authenticated_security_definer_function_executable";
  const std::string revoke_anon =
      "REVOKE EXECUTE ON FUNCTION public.promote(uuid) FROM PUBLIC, anon;\n";
  CHECK(count(kNotesWithRls + kDefiner + revoke_anon +
                  "GRANT EXECUTE ON FUNCTION public.promote(uuid) TO authenticated;\n",
              rule) == 1);
  CHECK(count(kNotesWithRls + kDefiner + revoke_anon, rule) == 0);
  CHECK(schema_findings(kNotesWithRls + kDefiner, rule, {"api"}).empty());
}

TEST_CASE("lint: a schema-rule finding is reported at the migration statement that introduced it",
          "[lint]") {
  const std::string schema = kNotesWithRls +
                             "CREATE POLICY read ON public.notes FOR SELECT TO "
                             "authenticated USING (true);\n";
  LintResult result = lint_sql(
      "CREATE TABLE public.tags (name text);\n"
      "ALTER TABLE public.tags ADD COLUMN note_id bigint;\n"
      "CREATE POLICY own ON public.notes FOR SELECT TO authenticated USING (user_id = "
      "auth.uid());\n"
      "ALTER TABLE public.tags ADD CONSTRAINT tags_note FOREIGN KEY (note_id) REFERENCES "
      "public.notes (id);\n",
      schema);
  auto keyless = findings_of(result, "no_primary_key");
  REQUIRE(keyless.size() == 1);  // at the CREATE TABLE, not again at the ALTER TABLE
  CHECK(keyless[0].where.line == 1);
  auto initplan = findings_of(result, "auth_rls_initplan");
  REQUIRE(initplan.size() == 1);
  CHECK(initplan[0].where.line == 3);
  auto overlap = findings_of(result, "multiple_permissive_policies");
  REQUIRE(overlap.size() == 1);
  CHECK(overlap[0].where.line == 3);
  auto unindexed = findings_of(result, "unindexed_foreign_keys");
  REQUIRE(unindexed.size() == 1);
  CHECK(unindexed[0].where.line == 4);
  // What the schema had before the migration is not the migration's: notes' policy.
  CHECK(findings_of(result, "rls_enabled_no_policy").empty());
}

TEST_CASE("lint: a migration that fixes or renames keeps quiet; one that breaks is reported",
          "[lint]") {
  const std::string schema = "CREATE TABLE public.events (name text);\n";
  LintResult renamed = lint_sql("ALTER TABLE public.events RENAME TO happenings;\n", schema);
  CHECK(findings_of(renamed, "no_primary_key").empty());
  LintResult dropped = lint_sql(
      "ALTER TABLE public.events ADD COLUMN at timestamptz;\n"
      "ALTER TABLE public.events DROP CONSTRAINT events_pkey;\n",
      "CREATE TABLE public.events (id bigint PRIMARY KEY, name text);\n");
  auto keyless = findings_of(dropped, "no_primary_key");
  REQUIRE(keyless.size() == 1);
  CHECK(keyless[0].where.line == 2);
  // A DO block's reach is not known from its text: the whole schema is compared around it.
  LintResult block =
      lint_sql("DO $$ BEGIN CREATE TABLE public.other (name text); END $$;\n", schema);
  auto other = findings_of(block, "no_primary_key");
  REQUIRE(other.size() == 1);
  CHECK(names(other[0], "public.other"));
}

TEST_CASE(
    "lint: a schema-rule finding the file removes again, or the schema already had, is not "
    "the migration's",
    "[lint]") {
  LintResult fixed = lint_sql(
      "CREATE TABLE public.tags (id bigint PRIMARY KEY, name text);\n"
      "GRANT SELECT ON public.tags TO anon;\n"
      "ALTER TABLE public.tags ENABLE ROW LEVEL SECURITY;\n"
      "CREATE POLICY readable ON public.tags FOR SELECT TO anon USING (true);\n",
      kNotesWithRls);
  CHECK(findings_of(fixed, "rls_disabled_in_public").empty());
  CHECK(findings_of(fixed, "rls_enabled_no_policy").empty());
  const std::string view =
      "CREATE VIEW public.recent AS SELECT id, body FROM public.notes;\n"
      "GRANT SELECT ON public.recent TO anon;\n";
  LintResult recreated = lint_sql("DROP VIEW public.recent;\n" + view, kNotesWithRls + view);
  CHECK(findings_of(recreated, "security_definer_view").empty());
  LintResult added = lint_sql(view, kNotesWithRls);
  CHECK(findings_of(added, "security_definer_view").size() == 1);
}
