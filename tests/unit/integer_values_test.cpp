#include <catch2/catch.hpp>

#include "parser/script_reader.hpp"

using namespace pgdrift;

// libpg_query 15 writes Integer values <= 0 as {} in its JSON; our trees must still hold them.
namespace {

const ast::Node& first_target(const ParsedScript& parsed) {
  return *parsed.statements.at(0).tree->list("targetList")[0].get("val");
}

}  // namespace

TEST_CASE("integers: zero and negative constants keep their value", "[parser][integers]") {
  for (auto [sql, value] : {std::pair{"SELECT 0", 0}, {"SELECT -1", -1}, {"SELECT - 42", -42}, {"SELECT 7", 7}}) {
    ParsedScript parsed = read_script_text("t.sql", sql);
    INFO(sql);
    CHECK(first_target(parsed).get("ival")->integer_or("ival", 999) == value);
  }
}

TEST_CASE("integers: CHECK (a > -1) and CHECK (a > 0) are different trees", "[parser][integers]") {
  ParsedScript a = read_script_text("a.sql", "CREATE TABLE t (a int CHECK (a > -1))");
  ParsedScript b = read_script_text("b.sql", "CREATE TABLE t (a int CHECK (a > 0))");
  CHECK_FALSE(*a.statements[0].tree == *b.statements[0].tree);
}

TEST_CASE("integers: negative sequence options", "[parser][integers]") {
  ParsedScript parsed = read_script_text("s.sql", "CREATE SEQUENCE s INCREMENT BY -1 MINVALUE -100 MAXVALUE 0 START WITH -1");
  auto options = parsed.statements[0].tree->list("options");
  REQUIRE(options.size() == 4);
  CHECK(options[0].get("arg")->integer_or("ival", 999) == -1);
  CHECK(options[1].get("arg")->integer_or("ival", 999) == -100);
  CHECK(options[2].get("arg")->integer_or("ival", 999) == 0);
  CHECK(options[3].get("arg")->integer_or("ival", 999) == -1);
}
