// The migration history table read from a dump (COPY and INSERT rows, Supabase's recorded
// statements), compared with the migration files.

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "analyzer/migrations/applied_statements.hpp"
#include "analyzer/migrations/ledger_findings.hpp"
#include "analyzer/migrations/pg_text_values.hpp"
#include "diff_test_support.hpp"

namespace {

using pgdrift::StatementDifference;

const std::string kTable =
    "CREATE SCHEMA supabase_migrations;\n"
    "CREATE TABLE supabase_migrations.schema_migrations (version text NOT NULL, statements text[], "
    "name text);\n";

std::vector<StatementDifference> compare(const std::vector<std::string>& recorded,
                                         const std::string& file) {
  pgdrift::ParsedScript script = pgdrift::read_script_text("m.sql", file);
  return pgdrift::compare_applied_statements(recorded, script);
}

// A replay of the given files (version, SQL) that keeps only what the ledger findings read.
struct FakeReplay {
  std::vector<std::shared_ptr<pgdrift::ParsedScript>> scripts;
  pgdrift::Replay replay;

  explicit FakeReplay(const std::vector<std::pair<std::string, std::string>>& files) {
    for (const auto& [version, sql] : files) {
      pgdrift::ReplayedMigration migration;
      migration.file.version = version;
      migration.file.name = "m" + version;
      migration.script = std::make_shared<pgdrift::ParsedScript>(
          pgdrift::read_script_text(version + "_m.sql", sql));
      replay.migrations.push_back(std::move(migration));
    }
  }
};

}  // namespace

TEST_CASE("ledger: COPY text fields and array literals are decoded as PostgreSQL writes them",
          "[ledger]") {
  CHECK(!pgdrift::decode_copy_field("\\N"));
  CHECK(*pgdrift::decode_copy_field("a\\nb\\tc\\\\d\\101\\x42") == "a\nb\tc\\dAB");
  CHECK(*pgdrift::decode_copy_field("plain") == "plain");

  auto elements = pgdrift::parse_array_literal(
      R"lit({"create table t (a int)","select 'x\"y', '\\\\'",NULL, bare })lit");
  REQUIRE(elements);
  REQUIRE(elements->size() == 4u);
  CHECK((*elements)[0] == "create table t (a int)");
  CHECK((*elements)[1] == "select 'x\"y', '\\\\'");
  CHECK(!(*elements)[2]);
  CHECK((*elements)[3] == "bare");
  CHECK(pgdrift::parse_array_literal("{}")->empty());
  CHECK(!pgdrift::parse_array_literal("{\"unterminated}"));
  CHECK(!pgdrift::parse_array_literal("not an array"));
  CHECK(!pgdrift::parse_array_literal("{a}trailing"));
}

TEST_CASE("ledger: the statements column of COPY rows, with escapes", "[ledger]") {
  pgdrift::Catalog dump = pgdrift::testing::catalog_of(
      kTable +
      "COPY supabase_migrations.schema_migrations (version, statements, name) FROM stdin;\n"
      "1\t{\"-- first\\ncreate table a (id int)\",\"comment on table a is 'it''s "
      "\\\\\"a\\\\\"'\"}\tinit\n"
      "2\t\\N\tby_hand\n"
      "\\.\n");
  auto rows = pgdrift::ledger_rows(dump);
  REQUIRE(rows);
  REQUIRE(rows->size() == 2u);
  CHECK((*rows)[0].version == "1");
  CHECK((*rows)[0].name == "init");
  REQUIRE((*rows)[0].statements);
  CHECK(*(*rows)[0].statements == std::vector<std::string>{"-- first\ncreate table a (id int)",
                                                           "comment on table a is 'it''s \"a\"'"});
  CHECK((*rows)[1].name == "by_hand");
  CHECK(!(*rows)[1].statements);
}

TEST_CASE(
    "ledger: the statements column of INSERT rows: ARRAY[...], '{...}', and --inserts without "
    "columns",
    "[ledger]") {
  pgdrift::Catalog dump = pgdrift::testing::catalog_of(
      kTable +
      "INSERT INTO supabase_migrations.schema_migrations (version, statements, name) VALUES "
      "('1', ARRAY['create table a (id int)', 'select 1'], 'init');\n"
      "INSERT INTO supabase_migrations.schema_migrations (version, statements, name) VALUES "
      "('2', '{\"alter table a add b int\"}'::text[], 'add_b');\n"
      "INSERT INTO supabase_migrations.schema_migrations VALUES ('3', '{\"drop table a\"}', "
      "'drop_a');\n");
  auto rows = pgdrift::ledger_rows(dump);
  REQUIRE(rows);
  REQUIRE(rows->size() == 3u);
  CHECK(*(*rows)[0].statements == std::vector<std::string>{"create table a (id int)", "select 1"});
  CHECK(*(*rows)[1].statements == std::vector<std::string>{"alter table a add b int"});
  CHECK((*rows)[2].version == "3");
  CHECK((*rows)[2].name == "drop_a");
  CHECK(*(*rows)[2].statements == std::vector<std::string>{"drop table a"});
}

TEST_CASE(
    "ledger: recorded statements equal to the file's, up to comments, white space and keyword case",
    "[ledger]") {
  CHECK(compare({"-- the table\ncreate table a (id int)", "insert into a values (1)"},
                "-- the table, commented again\nCREATE TABLE a (\n  id int  -- key\n);\n\ninsert "
                "into a values (1);\n-- end\n")
            .empty());
  // The Supabase CLI keeps a trailing comment as a statement of its own: it is no statement.
  CHECK(compare({"create table a (id int)", "-- end"}, "create table a (id int);").empty());
}

TEST_CASE("ledger: a changed literal or identifier is an edit, shown statement by statement",
          "[ledger]") {
  auto literal = compare({"create table a (id int)", "insert into a values (1)"},
                         "create table a (id int);\ninsert into a values (2);\n");
  REQUIRE(literal.size() == 1u);
  CHECK(literal[0].recorded_number == 2);
  CHECK(literal[0].recorded == "insert into a values (1)");
  CHECK(literal[0].file_number == 2);
  CHECK(literal[0].file_line == 2);
  CHECK(literal[0].file == "insert into a values (2)");

  auto identifier = compare({"create table a (id int)"}, "create table a (key int);");
  REQUIRE(identifier.size() == 1u);
  CHECK(identifier[0].file == "create table a (key int)");
}

TEST_CASE("ledger: a statement only in the file or only in the ledger is one difference",
          "[ledger]") {
  auto added =
      compare({"create table a (id int)", "create table c (id int)"},
              "create table a (id int);\ncreate table b (id int);\ncreate table c (id int);\n");
  REQUIRE(added.size() == 1u);
  CHECK(added[0].recorded_number == 0);
  CHECK(added[0].file_number == 2);
  CHECK(added[0].file == "create table b (id int)");

  auto removed =
      compare({"create table a (id int)", "create table b (id int)", "create table c (id int)"},
              "create table a (id int);\ncreate table c (id int);\n");
  REQUIRE(removed.size() == 1u);
  CHECK(removed[0].recorded_number == 2);
  CHECK(removed[0].recorded == "create table b (id int)");
  CHECK(removed[0].file_number == 0);
}

TEST_CASE("ledger: statements the grammar rejects are compared by their text", "[ledger]") {
  CHECK(compare({"create tabel a (id int)"}, "create tabel a (id int);").empty());
  CHECK(compare({"create tabel a (id int)"}, "create tabel b (id int);").size() == 1u);
  CHECK(compare({"create tabel a (id int)"}, "create table a (id int);").size() == 1u);
}

TEST_CASE("ledger: findings per dump: edited, recorded without a file, recorded twice",
          "[ledger]") {
  FakeReplay files(
      {{"1", "create table a (id int);\n"}, {"2", "alter table a add b text default 'x';\n"}});
  pgdrift::Catalog dump = pgdrift::testing::catalog_of(
      kTable +
      "COPY supabase_migrations.schema_migrations (version, statements, name) FROM stdin;\n"
      "1\t{\"create table a (id int)\"}\tinit\n"
      "2\t{\"alter table a add b text default 'y'\"}\tadd_b\n"
      "2\t{\"alter table a add b text default 'y'\"}\tadd_b\n"
      "3\t{\"drop table a\"}\thotfix\n"
      "\\.\n");
  auto findings = pgdrift::ledger_findings(files.replay, dump);
  REQUIRE(findings);
  REQUIRE(findings->edited.size() == 1u);
  CHECK(findings->edited[0].migration->file.version == "2");
  REQUIRE(findings->edited[0].differences.size() == 1u);
  CHECK(findings->edited[0].differences[0].recorded == "alter table a add b text default 'y'");
  REQUIRE(findings->without_file.size() == 1u);
  CHECK(findings->without_file[0].version == "3");
  CHECK(findings->without_file[0].name == "hotfix");
  REQUIRE(findings->repeated.size() == 1u);
  CHECK(findings->repeated[0].version == "2");
  CHECK(findings->repeated[0].times == 2);

  CHECK(!pgdrift::ledger_findings(files.replay, pgdrift::testing::catalog_of(kTable)));
}
