// Tests for created_object_name: the object a CREATE statement names, read from its text
// when PostgreSQL 15's grammar cannot read the statement.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "parser/created_object_name.hpp"

using pgdrift::created_object_name;
using Names = std::vector<std::string>;

TEST_CASE("created object name: a table with a PostgreSQL 18 VIRTUAL column", "[created-object]") {
  auto created = created_object_name(
      "CREATE TABLE public.film (\n    id integer,\n    hours numeric GENERATED ALWAYS AS (length / 60.0) VIRTUAL\n);");
  REQUIRE(created);
  CHECK(created->kind == "table");
  CHECK(created->name == Names{"public", "film"});
  CHECK(created->table.empty());
}

TEST_CASE("created object name: modifiers, IF NOT EXISTS, quotes and comments", "[created-object]") {
  auto table = created_object_name("create unlogged table if not exists \"My \"\"Odd\"\" T\" (a int)");
  REQUIRE(table);
  CHECK(table->kind == "table");
  CHECK(table->name == Names{"My \"Odd\" T"});

  auto view = created_object_name("CREATE OR REPLACE /* a /* nested */ comment */ RECURSIVE VIEW -- note\n S.V AS SELECT 1");
  REQUIRE(view);
  CHECK(view->kind == "view");
  CHECK(view->name == Names{"s", "v"});

  auto matview = created_object_name("CREATE MATERIALIZED VIEW IF NOT EXISTS public.mv AS SELECT 1");
  REQUIRE(matview);
  CHECK(matview->kind == "materialized_view");
  CHECK(matview->name == Names{"public", "mv"});

  auto function = created_object_name("CREATE OR REPLACE FUNCTION app.f(a integer) RETURNS integer LANGUAGE sql");
  REQUIRE(function);
  CHECK(function->kind == "function");
  CHECK(function->name == Names{"app", "f"});

  auto foreign = created_object_name("CREATE FOREIGN TABLE remote.t (a int) SERVER s");
  REQUIRE(foreign);
  CHECK(foreign->kind == "foreign_table");
}

TEST_CASE("created object name: members name the table they are ON", "[created-object]") {
  auto index = created_object_name("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS t_a_idx ON ONLY public.t USING btree (a)");
  REQUIRE(index);
  CHECK(index->kind == "index");
  CHECK(index->name == Names{"t_a_idx"});
  CHECK(index->table == Names{"public", "t"});

  auto trigger = created_object_name(
      "CREATE TRIGGER touch BEFORE UPDATE OF a, b ON public.t FOR EACH ROW EXECUTE FUNCTION f()");
  REQUIRE(trigger);
  CHECK(trigger->kind == "trigger");
  CHECK(trigger->name == Names{"touch"});
  CHECK(trigger->table == Names{"public", "t"});

  auto policy = created_object_name("CREATE POLICY \"read all\" ON t FOR SELECT USING (true)");
  REQUIRE(policy);
  CHECK(policy->table == Names{"t"});
}

TEST_CASE("created object name: nothing for what names no object", "[created-object]") {
  CHECK_FALSE(created_object_name("ALTER TABLE t ADD COLUMN a int"));
  CHECK_FALSE(created_object_name("CREATE INDEX ON t (a)"));  // a generated name
  CHECK_FALSE(created_object_name("CREATE STATISTICS s ON a, b FROM t"));
  CHECK_FALSE(created_object_name("CREATE TABLE \"unterminated (a int)"));
  CHECK_FALSE(created_object_name("CREATE TABLE"));
  CHECK_FALSE(created_object_name(""));
}
