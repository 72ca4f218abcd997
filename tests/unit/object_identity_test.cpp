// Objects PostgreSQL keys by more than a name (operators by their argument types, aggregates
// likewise, casts by their types, operator classes and families by access method) keep
// that full key in the catalog: overloads are all there, statements that name one find that
// one, and no object replaces another without an error.
#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "analyzer/interpret/interpreter.hpp"
#include "analyzer/plan/plan.hpp"
#include "diff_test_support.hpp"
#include "parser/script_reader.hpp"

using namespace pgdrift;

namespace {

struct Read {
  Catalog catalog;
  Diagnostics diagnostics;
};

// A dump (strict = false) or a migration (strict = true), and what the interpreter said.
Read read(const std::string& sql, bool strict = false) {
  Read read;
  auto script = std::make_shared<ParsedScript>(read_script_text("identity.sql", sql));
  read.diagnostics = script->diagnostics;
  Interpreter(read.catalog, read.diagnostics, strict).apply(script);
  return read;
}

std::vector<std::string> others_of_kind(const Catalog& catalog, const std::string& kind) {
  std::vector<std::string> ids;
  for (const auto& [key, other] : catalog.others) {
    if (other.kind == kind) ids.push_back(other.id);
  }
  return ids;
}

std::vector<std::string> changes(const std::string& old_sql, const std::string& new_sql) {
  Read a = read(old_sql);
  Read b = read(new_sql);
  std::vector<std::string> listed;
  for (const Change& change : diff_catalogs(a.catalog, b.catalog, {}).changes) {
    listed.push_back(change.kind + " " + change.id + " " + std::string(change_type_name(change.type)));
  }
  return listed;
}

std::string errors_of(const Diagnostics& diagnostics) {
  std::string text;
  for (const Diagnostic& d : diagnostics) {
    if (d.severity == Severity::error) text += d.to_string() + "\n";
  }
  return text;
}

std::string plan_sql(const std::string& old_sql, const std::string& new_sql) {
  Read a = read(old_sql);
  Read b = read(new_sql);
  DiffResult result = diff_catalogs(a.catalog, b.catalog, {});
  PlanOptions options;
  options.allow_drops = true;
  std::string sql;
  for (const PlanStep& step : make_plan(a.catalog, b.catalog, result, options).steps) sql += step.sql + "\n";
  return sql;
}

const std::string kOperators = R"sql(
CREATE FUNCTION public.eq_ii(integer, integer) RETURNS boolean LANGUAGE sql AS 'SELECT $1 = $2';
CREATE FUNCTION public.eq_tt(text, text) RETURNS boolean LANGUAGE sql AS 'SELECT $1 = $2';
CREATE FUNCTION public.neg_i(integer) RETURNS integer LANGUAGE sql AS 'SELECT -$1';
CREATE OPERATOR public.=== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.eq_ii);
CREATE OPERATOR public.=== (LEFTARG = text, RIGHTARG = text, FUNCTION = public.eq_tt);
CREATE OPERATOR public.=== (RIGHTARG = integer, FUNCTION = public.neg_i);
)sql";

}  // namespace

TEST_CASE("identity: operators that share a name are all kept, keyed by their argument types", "[identity]") {
  Read dump = read(kOperators);
  CHECK(errors_of(dump.diagnostics).empty());
  CHECK(others_of_kind(dump.catalog, "operator") ==
        std::vector<std::string>{"public.===(NONE, integer)", "public.===(integer, integer)", "public.===(text, text)"});
}

TEST_CASE("identity: COMMENT, OWNER and DROP OPERATOR name one overload, and a change is reported on it only",
          "[identity]") {
  CHECK(changes(kOperators, kOperators + "COMMENT ON OPERATOR public.=== (text, text) IS 'texts';\n") ==
        std::vector<std::string>{"operator public.===(text, text) changed"});
  CHECK(changes(kOperators + "ALTER OPERATOR public.=== (NONE, integer) OWNER TO bob;\n",
                kOperators + "ALTER OPERATOR === (NONE, int4) OWNER TO alice;\n") ==
        std::vector<std::string>{"operator public.===(NONE, integer) changed"});
  Read dropped = read(kOperators + "DROP OPERATOR public.=== (integer, integer);\n", /*strict=*/true);
  CHECK(errors_of(dropped.diagnostics).empty());
  CHECK(others_of_kind(dropped.catalog, "operator") ==
        std::vector<std::string>{"public.===(NONE, integer)", "public.===(text, text)"});
  Read missing = read(kOperators + "DROP OPERATOR public.=== (boolean, boolean);\n", /*strict=*/true);
  CHECK(errors_of(missing.diagnostics).find("does not exist") != std::string::npos);
}

TEST_CASE("identity: the plan drops and creates the one overload that changed", "[identity]") {
  std::string without_text = kOperators;
  without_text.erase(without_text.find("CREATE OPERATOR public.=== (LEFTARG = text"));
  without_text += "CREATE OPERATOR public.=== (RIGHTARG = integer, FUNCTION = public.neg_i);\n";
  std::string sql = plan_sql(kOperators, without_text);
  CHECK(sql == "DROP OPERATOR public.===(text, text);\n");
  std::string back = plan_sql(without_text, kOperators);
  CHECK(back.find("CREATE OPERATOR public.=== (leftarg = text, rightarg = text, function = public.eq_tt);") !=
        std::string::npos);
  CHECK(plan_sql(kOperators + "ALTER OPERATOR public.=== (NONE, integer) OWNER TO bob;\n",
                 kOperators + "ALTER OPERATOR public.=== (NONE, integer) OWNER TO alice;\n") ==
        "ALTER OPERATOR public.===(NONE, integer) OWNER TO alice;\n");
}

TEST_CASE("identity: aggregates that share a name are keyed by their argument types", "[identity]") {
  const std::string aggregates = R"sql(
CREATE AGGREGATE public.total(integer) (SFUNC = int4pl, STYPE = integer);
CREATE AGGREGATE public.total(bigint) (SFUNC = int8pl, STYPE = bigint);
)sql";
  Read dump = read(aggregates);
  CHECK(dump.catalog.routines.size() == 2);
  CHECK(changes(aggregates, aggregates + "COMMENT ON AGGREGATE public.total(bigint) IS 'wide';\n") ==
        std::vector<std::string>{"aggregate public.total(bigint) changed"});
}

TEST_CASE("identity: casts are keyed by source and target, and COMMENT ON and DROP CAST find them", "[identity]") {
  const std::string casts = R"sql(
CREATE TYPE public.a AS (x integer);
CREATE TYPE public.b AS (x integer);
CREATE FUNCTION public.to_a(integer) RETURNS public.a LANGUAGE sql AS 'SELECT ROW($1)::public.a';
CREATE FUNCTION public.to_b(integer) RETURNS public.b LANGUAGE sql AS 'SELECT ROW($1)::public.b';
CREATE CAST (integer AS public.a) WITH FUNCTION public.to_a(integer);
CREATE CAST (int4 AS public.b) WITH FUNCTION public.to_b(integer);
)sql";
  CHECK(others_of_kind(read(casts).catalog, "cast") ==
        std::vector<std::string>{"(integer AS public.a)", "(integer AS public.b)"});
  CHECK(changes(casts, casts + "COMMENT ON CAST (int AS public.b) IS 'b';\n") ==
        std::vector<std::string>{"cast (integer AS public.b) changed"});
  Read dropped = read(casts + "DROP CAST (integer AS public.a);\n", /*strict=*/true);
  CHECK(errors_of(dropped.diagnostics).empty());
  CHECK(others_of_kind(dropped.catalog, "cast") == std::vector<std::string>{"(integer AS public.b)"});
}

TEST_CASE("identity: operator classes and families are keyed per access method, found on the search_path",
          "[identity]") {
  const std::string classes = R"sql(
CREATE SCHEMA app;
SET search_path = app, public;
CREATE OPERATOR FAMILY fam USING btree;
CREATE OPERATOR FAMILY fam USING hash;
CREATE OPERATOR CLASS cls FOR TYPE integer USING btree FAMILY fam AS OPERATOR 1 <;
CREATE OPERATOR CLASS cls FOR TYPE integer USING hash FAMILY fam AS OPERATOR 1 =;
)sql";
  Read dump = read(classes);
  CHECK(others_of_kind(dump.catalog, "opclass") ==
        std::vector<std::string>{"app.cls USING btree", "app.cls USING hash"});
  CHECK(others_of_kind(dump.catalog, "opfamily") ==
        std::vector<std::string>{"app.fam USING btree", "app.fam USING hash"});
  CHECK(changes(classes + "ALTER OPERATOR FAMILY app.fam USING btree OWNER TO bob;\n",
                classes + "COMMENT ON OPERATOR CLASS cls USING hash IS 'hashing';\n"
                          "ALTER OPERATOR FAMILY app.fam USING btree OWNER TO alice;\n") ==
        std::vector<std::string>{"opclass app.cls USING hash changed", "opfamily app.fam USING btree changed"});
  Read dropped = read(classes + "DROP OPERATOR CLASS cls USING btree;\n", /*strict=*/true);
  CHECK(errors_of(dropped.diagnostics).empty());
  CHECK(others_of_kind(dropped.catalog, "opclass") == std::vector<std::string>{"app.cls USING hash"});
}

TEST_CASE("identity: objects created without a schema are keyed by the schema they land in", "[identity]") {
  const std::string written = R"sql(
CREATE SCHEMA app;
SET search_path = app;
CREATE OPERATOR FAMILY fam USING btree;
CREATE CONVERSION conv FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
CREATE TEXT SEARCH DICTIONARY dict (TEMPLATE = simple);
COMMENT ON TEXT SEARCH DICTIONARY dict IS 'plain';
)sql";
  const std::string dumped = R"sql(
CREATE SCHEMA app;
CREATE OPERATOR FAMILY app.fam USING btree;
CREATE CONVERSION app.conv FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
CREATE TEXT SEARCH DICTIONARY app.dict (TEMPLATE = simple);
COMMENT ON TEXT SEARCH DICTIONARY app.dict IS 'plain';
)sql";
  CHECK(changes(written, dumped).empty());
  // A plan runs with an empty search_path: it creates them by their qualified names.
  std::string sql = plan_sql("CREATE SCHEMA app;\n", written);
  CHECK(sql.find("CREATE OPERATOR FAMILY app.fam USING btree;") != std::string::npos);
  CHECK(sql.find("CREATE TEXT SEARCH DICTIONARY app.dict (template = simple);") != std::string::npos);
}

TEST_CASE("identity: a second CREATE of the same key is an error that names it, in dumps and migrations",
          "[identity]") {
  for (bool strict : {false, true}) {
    Read twice = read(kOperators + "CREATE OPERATOR public.=== (LEFTARG = int4, RIGHTARG = int4, FUNCTION = public.eq_tt);\n",
                      strict);
    CHECK(errors_of(twice.diagnostics) == "identity.sql:8:1: error: operator public.===(integer, integer) already exists\n");
    CHECK(twice.catalog.others.at("operator public.===(integer, integer)").definition->list("definition")[2].get("arg")
              ->list("names")[1].string_value() == "eq_ii");  // the first stays
  }
  CHECK(errors_of(read("CREATE CAST (integer AS text) WITH INOUT;\nCREATE CAST (int4 AS text) WITH INOUT;\n").diagnostics) ==
        "identity.sql:2:1: error: cast (integer AS text) already exists\n");
  CHECK(errors_of(read("CREATE OPERATOR FAMILY f USING btree;\nCREATE OPERATOR FAMILY public.f USING btree;\n")
                      .diagnostics) == "identity.sql:2:1: error: operator family public.f USING btree already exists\n");
  CHECK(errors_of(read("CREATE TEXT SEARCH DICTIONARY d (TEMPLATE = simple);\n"
                       "CREATE TEXT SEARCH DICTIONARY d (TEMPLATE = simple);\n")
                      .diagnostics) == "identity.sql:2:1: error: text search dictionary public.d already exists\n");
  CHECK(errors_of(read("CREATE TYPE public.t;\nCREATE TYPE public.t (INPUT = i, OUTPUT = o);\n"
                       "CREATE TYPE public.t (INPUT = i, OUTPUT = o);\n")
                      .diagnostics) == "identity.sql:3:1: error: type public.t already exists\n");
}

TEST_CASE("identity: IF NOT EXISTS keeps the first, OR REPLACE replaces it, and the same statement twice is no object",
          "[identity]") {
  Read collations = read("CREATE COLLATION public.c (locale = 'C');\nCREATE COLLATION IF NOT EXISTS public.c (locale = 'POSIX');\n");
  CHECK(collations.diagnostics.empty());
  Read rules = read("CREATE TABLE public.t (a int);\nCREATE RULE r AS ON INSERT TO public.t DO NOTHING;\n"
                    "COMMENT ON RULE r ON public.t IS 'kept';\n"
                    "CREATE OR REPLACE RULE r AS ON INSERT TO public.t DO INSTEAD NOTHING;\n");
  CHECK(rules.diagnostics.empty());
  CHECK(rules.catalog.others.at("rule public.t.r").meta.comment == "kept");
  Read labels = read("CREATE TABLE public.t (a int);\nSECURITY LABEL ON TABLE public.t IS 'x';\n"
                     "SECURITY LABEL ON TABLE public.t IS 'x';\n");
  CHECK(errors_of(labels.diagnostics).empty());
}

TEST_CASE("identity: a DO block's EXCEPTION WHEN duplicate_function catches a second CREATE OPERATOR", "[identity]") {
  Read caught = read(kOperators + R"sql(
DO $$ BEGIN
  CREATE OPERATOR public.=== (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.eq_ii);
EXCEPTION WHEN duplicate_function THEN NULL;
END $$;
)sql", /*strict=*/true);
  CHECK(errors_of(caught.diagnostics).empty());
}
