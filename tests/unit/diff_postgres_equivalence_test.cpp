// What PostgreSQL itself holds equal or different, whatever the spelling (issue 14, point 4).
#include <catch2/catch.hpp>

#include <algorithm>

#include "tests/unit/diff_test_support.hpp"

using namespace pgdrift;
using pgdrift::testing::diff_sql;

namespace {

void require_same(const std::string& a, const std::string& b, const DiffOptions& options = {}) {
  DiffResult result = diff_sql(a, b, options);
  INFO(a << "\n  vs\n" << b);
  for (const Change& change : result.changes) {
    INFO(change.kind << " " << change.id);
    for (const ChangeDetail& detail : change.details) INFO("  " << detail.aspect);
  }
  REQUIRE(result.identical());
}

const ChangeDetail* detail_of(const DiffResult& result, const std::string& id, const std::string& aspect) {
  for (const Change& change : result.changes) {
    if (change.id != id) continue;
    for (const ChangeDetail& detail : change.details) {
      if (detail.aspect == aspect) return &detail;
    }
  }
  return nullptr;
}

const char* kTable = "CREATE TABLE public.t (a integer, b integer);\n";

std::string function_with(const std::string& options) {
  return "CREATE FUNCTION public.f() RETURNS integer LANGUAGE sql " + options + " AS 'SELECT 1';";
}

}  // namespace

TEST_CASE("postgres equivalence: an empty search_path is a setting, not its absence", "[diff][postgres-equivalence]") {
  DiffResult result = diff_sql(function_with(""), function_with("SET search_path TO ''"));
  const ChangeDetail* detail = detail_of(result, "public.f()", "set search_path");
  REQUIRE(detail);
  CHECK_FALSE(detail->old_value);
  CHECK(detail->new_value == "''");
  result = diff_sql(function_with("SET search_path = pg_catalog"), function_with("SET search_path TO pg_catalog, ''"));
  detail = detail_of(result, "public.f()", "set search_path");
  REQUIRE(detail);
  CHECK(detail->old_value == "pg_catalog");
  CHECK(detail->new_value == "pg_catalog, ''");
  // As pg_dump prints what the user wrote.
  require_same(function_with("SET search_path = ''"), function_with("SET search_path TO ''"));
  require_same(function_with("SET search_path = pg_catalog, ''"), function_with("SET search_path TO 'pg_catalog', ''"));
  require_same(function_with("SET search_path = public, \"$user\""), function_with("SET search_path TO 'public', '$user'"));
}

TEST_CASE("postgres equivalence: a view whose output columns change order is different", "[diff][postgres-equivalence]") {
  DiffResult result = diff_sql(std::string(kTable) + "CREATE VIEW public.v AS SELECT a, b FROM public.t;",
                               std::string(kTable) + "CREATE VIEW public.v AS SELECT b, a FROM public.t;");
  const ChangeDetail* detail = detail_of(result, "public.v", "output_column_order");
  REQUIRE(detail);
  CHECK(detail->old_value == "a, b");
  CHECK(detail->new_value == "b, a");
  require_same(std::string(kTable) + "CREATE VIEW public.v AS SELECT a, b FROM public.t;",
               std::string(kTable) + "CREATE VIEW public.v AS SELECT t.a, t.b FROM public.t;");
}

TEST_CASE("postgres equivalence: boolean options are one value however spelled", "[diff][postgres-equivalence]") {
  auto view_with = [](const std::string& value) {
    return std::string(kTable) + "CREATE VIEW public.v WITH (security_invoker=" + value + ") AS SELECT a FROM public.t;";
  };
  for (const char* spelling : {"on", "'1'", "yes", "'TRUE'", "t"}) require_same(view_with("true"), view_with(spelling));
  for (const char* spelling : {"off", "'0'", "no", "'FALSE'", "f"}) require_same(view_with("false"), view_with(spelling));
  CHECK_FALSE(diff_sql(view_with("on"), view_with("off")).identical());
  require_same(std::string(kTable) + "CREATE VIEW public.v WITH (security_barrier) AS SELECT a FROM public.t;",
               std::string(kTable) + "CREATE VIEW public.v WITH (security_barrier='true') AS SELECT a FROM public.t;");
  require_same("CREATE TABLE public.t (a integer) WITH (autovacuum_enabled=off, vacuum_index_cleanup=on);",
               "CREATE TABLE public.t (a integer) WITH (autovacuum_enabled=false, vacuum_index_cleanup=true);");
  require_same(std::string(kTable) + "ALTER TABLE public.t SET (autovacuum_enabled=0);",
               "CREATE TABLE public.t (a integer, b integer) WITH (autovacuum_enabled='false');");
  require_same(std::string(kTable) + "CREATE VIEW public.v AS SELECT a FROM public.t; ALTER VIEW public.v SET (security_invoker=1);",
               std::string(kTable) + "CREATE VIEW public.v WITH (security_invoker=yes) AS SELECT a FROM public.t;");
  require_same(std::string(kTable) + "CREATE INDEX t_a ON public.t USING btree (a) WITH (deduplicate_items=off);",
               std::string(kTable) + "CREATE INDEX t_a ON public.t USING btree (a) WITH (deduplicate_items='false');");
  CHECK_FALSE(diff_sql(std::string(kTable) + "CREATE INDEX t_a ON public.t USING btree (a) WITH (deduplicate_items=off);",
                       std::string(kTable) + "CREATE INDEX t_a ON public.t USING btree (a) WITH (deduplicate_items=on);")
                  .identical());
  // Not a boolean option: its text is its value.
  CHECK_FALSE(diff_sql("CREATE TABLE public.t (a integer) WITH (vacuum_index_cleanup=auto);",
                       "CREATE TABLE public.t (a integer) WITH (vacuum_index_cleanup=on);")
                  .identical());
}

TEST_CASE("postgres equivalence: a table's column order is its own aspect", "[diff][postgres-equivalence]") {
  DiffResult result = diff_sql("CREATE TABLE public.t (a integer, b integer, c integer);",
                               "CREATE TABLE public.t (b integer, a integer, c integer);");
  const ChangeDetail* detail = detail_of(result, "public.t", "column_order");
  REQUIRE(detail);
  CHECK(detail->old_value == "a, b, c");
  CHECK(detail->new_value == "b, a, c");
  CHECK(result.changes.size() == 1);
  DiffOptions ignore;
  ignore.ignored_aspects.insert("column_order");
  require_same("CREATE TABLE public.t (a integer, b integer);", "CREATE TABLE public.t (b integer, a integer);", ignore);
  // A column added in the middle cannot be added there: the order differs too.
  result = diff_sql("CREATE TABLE public.t (a integer, c integer);", "CREATE TABLE public.t (a integer, b integer, c integer);");
  CHECK(detail_of(result, "public.t", "column_order"));
  // Added at the end or dropped: the order the rest keep is the same.
  result = diff_sql("CREATE TABLE public.t (a integer, b integer);", "CREATE TABLE public.t (a integer, b integer, c integer);");
  CHECK_FALSE(detail_of(result, "public.t", "column_order"));
  result = diff_sql("CREATE TABLE public.t (a integer, b integer, c integer);", "CREATE TABLE public.t (a integer, c integer);");
  CHECK_FALSE(detail_of(result, "public.t", "column_order"));
}

TEST_CASE("postgres equivalence: plpgsql is the built-in extension", "[diff][postgres-equivalence]") {
  require_same("CREATE EXTENSION IF NOT EXISTS plpgsql WITH SCHEMA pg_catalog;\n"
               "COMMENT ON EXTENSION plpgsql IS 'PL/pgSQL procedural language';\n" + std::string(kTable),
               kTable);
  CHECK_FALSE(diff_sql(std::string(kTable) + "CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;", kTable).identical());
}

TEST_CASE("postgres equivalence: default privileges that change nothing are nothing", "[diff][postgres-equivalence]") {
  require_same(std::string(kTable) + "ALTER DEFAULT PRIVILEGES FOR ROLE x REVOKE ALL ON FUNCTIONS FROM PUBLIC;\n"
                                     "ALTER DEFAULT PRIVILEGES FOR ROLE x GRANT ALL ON FUNCTIONS TO PUBLIC;\n"
                                     "ALTER DEFAULT PRIVILEGES FOR ROLE x REVOKE ALL ON TABLES FROM PUBLIC;\n"
                                     "ALTER DEFAULT PRIVILEGES FOR ROLE x REVOKE ALL ON TABLES FROM x;\n"
                                     "ALTER DEFAULT PRIVILEGES FOR ROLE x GRANT ALL ON TABLES TO x;\n"
                                     "ALTER DEFAULT PRIVILEGES FOR ROLE x IN SCHEMA public REVOKE SELECT ON TABLES FROM y;",
               kTable);
  // Old pg_dump spelled a grant out in full; the result is the same default ACL.
  require_same(std::string(kTable) + "ALTER DEFAULT PRIVILEGES FOR ROLE x REVOKE ALL ON TABLES FROM PUBLIC;\n"
                                     "ALTER DEFAULT PRIVILEGES FOR ROLE x REVOKE ALL ON TABLES FROM x;\n"
                                     "ALTER DEFAULT PRIVILEGES FOR ROLE x GRANT ALL ON TABLES TO x;\n"
                                     "ALTER DEFAULT PRIVILEGES FOR ROLE x GRANT SELECT ON TABLES TO y;",
               std::string(kTable) + "ALTER DEFAULT PRIVILEGES FOR ROLE x GRANT SELECT ON TABLES TO y;");
  CHECK_FALSE(diff_sql(std::string(kTable) + "ALTER DEFAULT PRIVILEGES FOR ROLE x REVOKE ALL ON FUNCTIONS FROM PUBLIC;", kTable)
                  .identical());
  CHECK_FALSE(diff_sql(std::string(kTable) + "ALTER DEFAULT PRIVILEGES FOR ROLE x REVOKE ALL ON TABLES FROM x;", kTable).identical());
}

TEST_CASE("postgres equivalence: a function name that resolves elsewhere is different", "[diff][postgres-equivalence]") {
  CHECK_FALSE(diff_sql("CREATE TABLE public.t (id uuid DEFAULT public.gen_random_uuid());",
                       "CREATE TABLE public.t (id uuid DEFAULT gen_random_uuid());")
                  .identical());
  require_same("CREATE TABLE public.t (id uuid DEFAULT pg_catalog.gen_random_uuid());",
               "CREATE TABLE public.t (id uuid DEFAULT gen_random_uuid());");
  // A name PostgreSQL does not have resolves on the search_path: public.
  require_same("CREATE FUNCTION public.next_id() RETURNS uuid LANGUAGE sql AS 'SELECT NULL::uuid';\n"
               "CREATE TABLE public.t (id uuid DEFAULT public.next_id());",
               "CREATE FUNCTION public.next_id() RETURNS uuid LANGUAGE sql AS 'SELECT NULL::uuid';\n"
               "CREATE TABLE public.t (id uuid DEFAULT next_id());");
}
