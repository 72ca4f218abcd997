#include <catch2/catch.hpp>

#include <algorithm>

#include "tests/unit/diff_test_support.hpp"

using namespace pgdrift;
using pgdrift::testing::diff_sql;

namespace {

const Change& change_of(const DiffResult& result, const std::string& id) {
  auto found = std::find_if(result.changes.begin(), result.changes.end(), [&](const Change& c) { return c.id == id; });
  REQUIRE(found != result.changes.end());
  return *found;
}

const ChangeDetail& detail_of(const Change& change, const std::string& aspect) {
  auto found = std::find_if(change.details.begin(), change.details.end(), [&](const ChangeDetail& d) { return d.aspect == aspect; });
  REQUIRE(found != change.details.end());
  return *found;
}

}  // namespace

TEST_CASE("semantics: a CHECK list reports the values allowed on one side only", "[diff][semantics]") {
  DiffResult result = diff_sql("CREATE TABLE public.e (kind text CHECK (kind IN ('a', 'b', 'c')));",
                               "CREATE TABLE public.e (kind text CHECK (kind = ANY (ARRAY['b'::text, 'c'::text, 'd'::text])));");
  const ChangeDetail& detail = detail_of(change_of(result, "public.e.e_kind_check"), "allowed_values");
  CHECK(detail.only_old == std::vector<std::string>{"a"});
  CHECK(detail.only_new == std::vector<std::string>{"d"});
}

TEST_CASE("semantics: a view reports its output columns and the clauses that changed", "[diff][semantics]") {
  const char* table = "CREATE TABLE public.c (id int, a int, b int, x int);\n";
  DiffResult result = diff_sql(std::string(table) + "CREATE VIEW public.v AS SELECT id, a, b FROM public.c WHERE x > 1;",
                               std::string(table) + "CREATE VIEW public.v AS SELECT id, a + 1 AS a, x FROM public.c WHERE x > 2;");
  const Change& change = change_of(result, "public.v");
  const ChangeDetail& columns = detail_of(change, "output_columns");
  CHECK(columns.added == std::vector<std::string>{"x"});
  CHECK(columns.removed == std::vector<std::string>{"b"});
  CHECK(columns.changed == std::vector<std::string>{"a"});
  const ChangeDetail& where = detail_of(change, "query.where");
  CHECK(where.old_value == "WHERE x > 1");
  CHECK(where.new_value == "WHERE x > 2");
}

TEST_CASE("semantics: function attributes are reported one by one, bodies as a diff", "[diff][semantics]") {
  DiffResult result = diff_sql(
      "CREATE FUNCTION public.f(p int) RETURNS int LANGUAGE plpgsql STABLE AS $$\nBEGIN\n  RETURN p;\nEND $$;",
      "CREATE FUNCTION public.f(p int) RETURNS int LANGUAGE plpgsql IMMUTABLE SECURITY DEFINER SET search_path = public AS $$\nBEGIN\n  RETURN p + 1;\nEND $$;");
  const Change& change = change_of(result, "public.f(integer)");
  CHECK(detail_of(change, "volatility").new_value == "IMMUTABLE");
  CHECK(detail_of(change, "security_definer").new_value == "true");
  CHECK(detail_of(change, "set search_path").new_value == "public");
  const std::string& diff = detail_of(change, "body").unified_diff;
  CHECK(diff.find("-RETURN p;") != std::string::npos);
  CHECK(diff.find("+RETURN p + 1;") != std::string::npos);
}

TEST_CASE("semantics: a replaced view is reported as a possible rename", "[diff][semantics]") {
  const char* table = "CREATE TABLE public.c (id int, a int, b int);\n";
  DiffResult result = diff_sql(std::string(table) + "CREATE VIEW public.old_name AS SELECT id, a, b FROM public.c;",
                               std::string(table) + "CREATE VIEW public.new_name AS SELECT id, a, b, 1 AS one FROM public.c;");
  CHECK(change_of(result, "public.old_name").counterpart == "public.new_name");
  CHECK(change_of(result, "public.new_name").counterpart == "public.old_name");
}

TEST_CASE("semantics: an owner one side does not state is not a difference", "[diff][semantics]") {
  const char* table = "CREATE TABLE public.c (id int);\n";
  CHECK(diff_sql(table, std::string(table) + "ALTER TABLE public.c OWNER TO someone;").identical());
  CHECK_FALSE(diff_sql(std::string(table) + "ALTER TABLE public.c OWNER TO a;", std::string(table) + "ALTER TABLE public.c OWNER TO b;").identical());
}

TEST_CASE("semantics: summary counts are exact", "[diff][semantics]") {
  DiffResult result = diff_sql("CREATE TABLE public.a (x int, y int); CREATE TABLE public.b (x int);",
                               "CREATE TABLE public.a (x int, z int); CREATE TABLE public.c (x int);");
  auto row = [&](const std::string& kind) {
    return *std::find_if(result.summary.begin(), result.summary.end(), [&](const KindSummary& s) { return s.kind == kind; });
  };
  CHECK(row("table").old_count == 2);
  CHECK(row("table").added == 1);
  CHECK(row("table").removed == 1);
  CHECK(row("column").old_count == 3);
  CHECK(row("column").new_count == 3);
  CHECK(row("column").added == 1);
  CHECK(row("column").removed == 1);
}
