#include <catch2/catch.hpp>

#include <pg_query.h>

#include "parser/deparser.hpp"
#include "parser/script_reader.hpp"

using namespace pgdrift;

namespace {

// What libpg_query deparses from its own protobuf (nothing for BEGIN ATOMIC bodies,
// which version 15 cannot deparse).
std::optional<std::string> library_deparse(std::string_view sql) {
  PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(std::string(sql).c_str());
  PgQueryDeparseResult deparsed = pg_query_deparse_protobuf(parsed.parse_tree);
  std::optional<std::string> text;
  if (!deparsed.error) text = deparsed.query;
  pg_query_free_deparse_result(deparsed);
  pg_query_free_protobuf_parse_result(parsed);
  return text;
}

std::string round_trip(const std::string& sql) {
  ParsedScript parsed = read_script_text("t.sql", sql);
  REQUIRE(parsed.statements.size() == 1);
  REQUIRE(parsed.statements[0].tree);
  auto text = deparse_statement(*parsed.statements[0].tree);
  REQUIRE(text);
  return *text;
}

}  // namespace

TEST_CASE("deparser: statements come back as PostgreSQL writes them", "[deparser]") {
  CHECK(round_trip("create table public.t (id int primary key, v varchar(10) default 'x' not null)") ==
        "CREATE TABLE public.t (id int PRIMARY KEY, v varchar(10) DEFAULT 'x' NOT NULL)");
  CHECK(round_trip("create view v as select a, count(*) from t where b in (1,2) group by a") ==
        "CREATE VIEW v AS SELECT a, count(*) FROM t WHERE b IN (1, 2) GROUP BY a");
  CHECK(round_trip("select case when x = ANY (ARRAY['a'::text, 'b']) then 1 else 0 end") ==
        "SELECT CASE WHEN x = ANY(ARRAY['a'::text, 'b']) THEN 1 ELSE 0 END");
}

// Protobuf drops empty strings, and libpg_query reads them back as NULL: its deparser
// crashed on ADD VALUE '', TO '', FOR '' and LOAD '', and silently dropped BEFORE ''
// (and turned IS '' into IS NULL).
TEST_CASE("deparser: empty strings stay empty strings", "[deparser]") {
  CHECK(round_trip("ALTER TYPE t ADD VALUE '' AFTER 'x'") == "ALTER TYPE t ADD VALUE '' AFTER 'x'");
  CHECK(round_trip("ALTER TYPE t RENAME VALUE 'a' TO ''") == "ALTER TYPE t RENAME VALUE 'a' TO ''");
  CHECK(round_trip("ALTER TYPE t ADD VALUE 'a' BEFORE ''") == "ALTER TYPE t ADD VALUE 'a' BEFORE ''");
  CHECK(round_trip("CREATE CONVERSION c FOR '' TO 'UTF8' FROM f") == "CREATE CONVERSION c FOR '' TO 'UTF8'FROM f");  // sic
  CHECK(round_trip("LOAD ''") == "LOAD ''");
  CHECK(round_trip("CREATE TYPE t AS ENUM ('', 'a')") == "CREATE TYPE t AS ENUM ('', 'a')");
  CHECK(round_trip("CREATE TABLE t (a text DEFAULT '' CHECK (a <> ''))") == "CREATE TABLE t (a text DEFAULT '' CHECK (a <> ''))");
  CHECK(round_trip("SET search_path = ''") == "SET search_path TO ''");
  CHECK(round_trip("COMMENT ON TABLE t IS ''") == "COMMENT ON TABLE t IS ''");
}

TEST_CASE("deparser: expressions alone", "[deparser]") {
  ParsedScript parsed = read_script_text("t.sql", "CREATE TABLE t (c int CHECK (c > 0 AND c < 10) DEFAULT nextval('s'::regclass))");
  const ast::Node& column = parsed.statements[0].tree->list("tableElts")[0];
  auto constraints = column.list("constraints");
  REQUIRE(constraints.size() == 2);
  CHECK(deparse_expression(*constraints[0].get("raw_expr")) == "c > 0 AND c < 10");
  CHECK(deparse_expression(*constraints[1].get("raw_expr")) == "nextval('s'::regclass)");
}

// Our trees, turned back into protobuf, deparse exactly as libpg_query's own protobuf does:
// nothing is lost on the way (field names, enums, oneofs, empty nodes).
TEST_CASE("deparser: every statement of the fixture dumps deparses as from libpg_query's own tree", "[deparser][fixtures]") {
  for (const char* dump : {"/fixtures/every-kind/dump.sql", "/fixtures/supabase-agents/staging.dump.sql"}) {
    ParsedScript parsed = read_script(std::string(PGDRIFT_SOURCE_DIR) + dump);
    int checked = 0;
    for (const ParsedStatement& statement : parsed.statements) {
      REQUIRE(statement.tree);
      auto text = deparse_statement(*statement.tree);
      INFO(statement.source->text);
      std::optional<std::string> expected = library_deparse(statement.source->text);
      if (!expected) continue;
      REQUIRE(text);
      CHECK(*text == *expected);
      ++checked;
    }
    CHECK(checked > 300);
  }
}
