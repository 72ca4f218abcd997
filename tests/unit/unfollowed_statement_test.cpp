// Tests for the names a DO block mentions and which objects they may touch.

#include <catch2/catch.hpp>

#include "analyzer/interpret/interpreter.hpp"
#include "analyzer/model/unfollowed_statement.hpp"
#include "parser/script_reader.hpp"

using pgdrift::may_touch;
using pgdrift::mentions_all;
using pgdrift::unfollowed_statement;

namespace {

pgdrift::UnfollowedStatement block(const std::string& sql) { return unfollowed_statement({"m.sql", 1, 1}, sql); }

}  // namespace

TEST_CASE("unfollowed: only DO blocks that cannot be followed, located", "[migrations][do-block]") {
  pgdrift::Catalog catalog;
  pgdrift::Diagnostics diagnostics;
  pgdrift::Interpreter(catalog, diagnostics, true)
      .apply(std::make_shared<pgdrift::ParsedScript>(pgdrift::read_script_text(
          "m.sql",
          "CREATE TABLE a (id int);\nDO $$ BEGIN FOR i IN 1..2 LOOP EXECUTE 'SELECT ' || i; END LOOP; END $$;\n"
          "SELECT 1;\nDO 'BEGIN NULL; END';\nDO $$ DECLARE t text := 'b'; BEGIN EXECUTE format('CREATE TABLE %I ()', t); END $$;\n")));
  REQUIRE(catalog.unfollowed.size() == 2);
  CHECK(catalog.unfollowed[0].where.line == 2);
  CHECK(catalog.unfollowed[1].where.line == 5);
}

TEST_CASE("unfollowed: names in code and in dynamic SQL, folded as SQL folds them", "[migrations]") {
  auto statement = block(
      "DO $$ BEGIN EXECUTE 'ALTER TABLE Accounts ADD COLUMN \"Email\" text'; "
      "CREATE INDEX ON audit_log (at); END $$;");
  CHECK(may_touch(statement, "table", "public.accounts"));
  CHECK(may_touch(statement, "column", "public.accounts.\"Email\""));
  CHECK_FALSE(may_touch(statement, "column", "public.accounts.email"));  // "Email" was quoted
  CHECK(may_touch(statement, "table", "public.audit_log"));
  CHECK_FALSE(may_touch(statement, "table", "public.orders"));
}

TEST_CASE("unfollowed: a table's member needs its table named too", "[migrations]") {
  auto statement = block("DO $$ BEGIN ALTER TABLE orders ADD COLUMN id int; END $$;");
  CHECK(may_touch(statement, "column", "public.orders.id"));
  CHECK_FALSE(may_touch(statement, "column", "public.customers.id"));
  CHECK(may_touch(statement, "function", "public.orders(integer)"));  // a function named like the table
  std::vector<std::string> column{"orders", "id"}, other{"customers", "id"};
  CHECK(mentions_all(statement, column));
  CHECK_FALSE(mentions_all(statement, other));
  CHECK_FALSE(mentions_all(statement, {}));
}
