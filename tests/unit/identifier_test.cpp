// Tests for quote_identifier / quote_qualified / quote_literal, against what PostgreSQL's
// quote_ident() and quote_literal() produce (and what its grammar reads back).

#include <catch2/catch.hpp>

#include <string>

#include "parser/ast.hpp"
#include "parser/identifier.hpp"
#include "parser/statement_parser.hpp"

using pgdrift::quote_identifier;
using pgdrift::quote_literal;
using pgdrift::quote_qualified;

namespace {

// The value PostgreSQL's grammar reads from `SELECT <literal>`.
std::string parse_literal(const std::string& literal) {
  pgdrift::ast::Arena arena;
  auto parse = pgdrift::parse_statement("SELECT " + literal, arena);
  REQUIRE_FALSE(parse.error.has_value());
  REQUIRE(parse.trees.size() == 1u);
  auto targets = parse.trees[0]->list("targetList");
  REQUIRE(targets.size() == 1u);
  const pgdrift::ast::Node* value = targets[0].get("val");
  REQUIRE(value != nullptr);
  REQUIRE(value->is("A_Const"));
  const pgdrift::ast::Node* sval = value->get("sval");
  REQUIRE(sval != nullptr);
  return std::string(sval->str("sval"));
}

// The column name PostgreSQL's grammar reads from `SELECT 1 AS <identifier>`.
std::string parse_identifier(const std::string& identifier) {
  pgdrift::ast::Arena arena;
  auto parse = pgdrift::parse_statement("SELECT 1 AS " + identifier + " FROM " + identifier, arena);
  REQUIRE_FALSE(parse.error.has_value());
  REQUIRE(parse.trees.size() == 1u);
  auto targets = parse.trees[0]->list("targetList");
  REQUIRE(targets.size() == 1u);
  return std::string(targets[0].str("name"));
}

}  // namespace

TEST_CASE("identifier: plain lower-case names are not quoted", "[identifier]") {
  CHECK(quote_identifier("abc") == "abc");
  CHECK(quote_identifier("agent_calls") == "agent_calls");
  CHECK(quote_identifier("_private") == "_private");
  CHECK(quote_identifier("t2") == "t2");
}

TEST_CASE("identifier: names that need quotes", "[identifier]") {
  CHECK(quote_identifier("Abc") == "\"Abc\"");
  CHECK(quote_identifier("a b") == "\"a b\"");
  CHECK(quote_identifier("2fast") == "\"2fast\"");
  CHECK(quote_identifier("a-b") == "\"a-b\"");
  CHECK(quote_identifier("a$b") == "\"a$b\"");
  CHECK(quote_identifier("café") == "\"café\"");
  CHECK(quote_identifier("") == "\"\"");
}

TEST_CASE("identifier: reserved keywords are quoted, unreserved ones are not", "[identifier]") {
  // Reserved.
  CHECK(quote_identifier("order") == "\"order\"");
  CHECK(quote_identifier("user") == "\"user\"");
  CHECK(quote_identifier("select") == "\"select\"");
  CHECK(quote_identifier("table") == "\"table\"");
  // Column-name keywords and type/function-name keywords are quoted by quote_ident() too.
  CHECK(quote_identifier("int") == "\"int\"");
  CHECK(quote_identifier("char") == "\"char\"");
  CHECK(quote_identifier("between") == "\"between\"");
  CHECK(quote_identifier("authorization") == "\"authorization\"");
  CHECK(quote_identifier("left") == "\"left\"");
  // Unreserved keywords and ordinary type names.
  CHECK(quote_identifier("name") == "name");
  CHECK(quote_identifier("text") == "text");
  CHECK(quote_identifier("comment") == "comment");
  CHECK(quote_identifier("data") == "data");
  CHECK(quote_identifier("uuid") == "uuid");
  CHECK(quote_identifier("integer_value") == "integer_value");
}

TEST_CASE("identifier: embedded double quotes are doubled", "[identifier]") {
  CHECK(quote_identifier("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(quote_identifier("\"") == "\"\"\"\"");
}

TEST_CASE("identifier: quoted identifiers read back as the original name", "[identifier]") {
  for (const char* name : {"abc", "Abc", "a b", "order", "user", "name", "say \"hi\"", "café", "x;y"}) {
    INFO("name: " << name);
    CHECK(parse_identifier(quote_identifier(name)) == name);
  }
}

TEST_CASE("identifier: quote_qualified", "[identifier]") {
  CHECK(quote_qualified("public", "agent_calls") == "public.agent_calls");
  CHECK(quote_qualified("Sales", "order") == "\"Sales\".\"order\"");
  CHECK(quote_qualified("", "t") == "t");
}

TEST_CASE("identifier: quote_literal", "[identifier]") {
  CHECK(quote_literal("abc") == "'abc'");
  CHECK(quote_literal("it's") == "'it''s'");
  CHECK(quote_literal("''") == "''''''");
  CHECK(quote_literal("") == "''");
  CHECK(quote_literal("public.t_id_seq") == "'public.t_id_seq'");
  CHECK(quote_literal("café") == "'café'");
}

TEST_CASE("identifier: quote_literal reads back as the original text", "[identifier]") {
  // With standard_conforming_strings on, '...' keeps backslashes; an E'...' form with
  // doubled backslashes (what quote_literal() writes) reads back the same.
  for (const char* text : {"abc", "it's", "a\\b", "C:\\", "\\'", "line\nbreak", "; -- /*"}) {
    INFO("text: " << text);
    CHECK(parse_literal(quote_literal(text)) == text);
  }
}

TEST_CASE("split_qualified_name reads a name inside a string as regclass does", "[identifier]") {
  using pgdrift::split_qualified_name;
  using Parts = std::vector<std::string>;
  CHECK(split_qualified_name("s") == Parts{"s"});
  CHECK(split_qualified_name("Public.Orders_Seq") == Parts{"public", "orders_seq"});
  CHECK(split_qualified_name(R"("My Schema"."A""B")") == Parts{"My Schema", "A\"B"});
  CHECK(split_qualified_name(" app . t ") == Parts{"app", "t"});
  CHECK(split_qualified_name("db.app.t") == Parts{"db", "app", "t"});
  CHECK_FALSE(split_qualified_name(""));
  CHECK_FALSE(split_qualified_name("a..b"));
  CHECK_FALSE(split_qualified_name("a."));
  CHECK_FALSE(split_qualified_name("a b"));
  CHECK_FALSE(split_qualified_name("\"open"));
  CHECK_FALSE(split_qualified_name("\"\""));
}
