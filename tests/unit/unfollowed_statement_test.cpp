// Tests for the names a DO block mentions and which objects they may touch.

#include <catch2/catch.hpp>

#include "analyzer/migrations/unfollowed_statement.hpp"
#include "parser/script_reader.hpp"

using pgdrift::may_touch;
using pgdrift::unfollowed_statements;

namespace {

pgdrift::UnfollowedStatement only_do_block(const std::string& sql) {
  auto statements = unfollowed_statements(pgdrift::read_script_text("m.sql", sql));
  REQUIRE(statements.size() == 1);
  return statements.front();
}

}  // namespace

TEST_CASE("unfollowed: only DO blocks, located", "[migrations]") {
  auto statements = unfollowed_statements(pgdrift::read_script_text(
      "m.sql", "CREATE TABLE a (id int);\nDO $$ BEGIN PERFORM 1; END $$;\nSELECT 1;\nDO 'BEGIN NULL; END';\n"));
  REQUIRE(statements.size() == 2);
  CHECK(statements[0].where.line == 2);
  CHECK(statements[1].where.line == 4);
}

TEST_CASE("unfollowed: names in code and in dynamic SQL, folded as SQL folds them", "[migrations]") {
  auto block = only_do_block(
      "DO $$ BEGIN EXECUTE 'ALTER TABLE Accounts ADD COLUMN \"Email\" text'; "
      "CREATE INDEX ON audit_log (at); END $$;");
  CHECK(may_touch(block, "table", "public.accounts"));
  CHECK(may_touch(block, "column", "public.accounts.\"Email\""));
  CHECK_FALSE(may_touch(block, "column", "public.accounts.email"));  // "Email" was quoted
  CHECK(may_touch(block, "table", "public.audit_log"));
  CHECK_FALSE(may_touch(block, "table", "public.orders"));
}

TEST_CASE("unfollowed: a table's member needs its table named too", "[migrations]") {
  auto block = only_do_block("DO $$ BEGIN ALTER TABLE orders ADD COLUMN id int; END $$;");
  CHECK(may_touch(block, "column", "public.orders.id"));
  CHECK_FALSE(may_touch(block, "column", "public.customers.id"));
  CHECK(may_touch(block, "function", "public.orders(integer)"));  // a function named like the table
}
