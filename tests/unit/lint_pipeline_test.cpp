// The lint pipeline: where findings are located, the schema each statement is checked
// against (a migration directory's older files, the file's earlier statements), ignore
// comments, and the transaction a file runs in.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "analyzer/lint/lint_migrations.hpp"
#include "analyzer/lint/lint_rule.hpp"
#include "lint_test_support.hpp"

using pgdrift::LintRequest;
using pgdrift::LintResult;
using pgdrift::testing::findings_of;
using pgdrift::testing::lint_sql;
using pgdrift::testing::TempDir;

namespace {

void write(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

}  // namespace

TEST_CASE("lint: every rule has its file, its doc page and its test, named by its id", "[lint]") {
  namespace fs = std::filesystem;
  fs::path root = PGDRIFT_SOURCE_DIR;
  std::string test_text;
  for (const char* file : {"tests/unit/lint_rules_test.cpp", "tests/unit/lint_schema_rules_test.cpp"}) {
    std::ifstream tests(root / file);
    test_text.append(std::istreambuf_iterator<char>(tests), std::istreambuf_iterator<char>());
  }
  REQUIRE(pgdrift::lint_rules().size() >= 28);
  for (const pgdrift::LintRule& rule : pgdrift::lint_rules()) {
    std::string file(rule.id);
    std::replace(file.begin(), file.end(), '-', '_');
    INFO(rule.id);
    CHECK(fs::exists(root / "analyzer/lint/rules" / (file + ".cpp")));
    CHECK(fs::exists(root / "docs/rules" / (std::string(rule.id) + ".md")));
    CHECK(test_text.find("TEST_CASE(\"" + std::string(rule.id) + "\"") != std::string::npos);
  }
}

TEST_CASE(
    "lint: a finding is located at its statement's first token, not at the comments before it",
    "[lint]") {
  LintResult result =
      lint_sql("-- add the index\n  /* really */ CREATE INDEX orders_total ON orders (total);",
               "CREATE TABLE public.orders (id bigint, total numeric);\n");
  auto found = findings_of(result, "require-concurrent-index-creation");
  REQUIRE(found.size() == 1);
  CHECK(found[0].where.line == 2);
  CHECK(found[0].where.column == 16);
}

TEST_CASE("lint: each file is checked on the replay of the older migrations of its directory",
          "[lint]") {
  TempDir dir;
  write(dir.path() / "0001_create.sql", "CREATE TABLE orders (id bigint, total numeric);\n");
  write(dir.path() / "0002_index.sql", "CREATE INDEX orders_total ON orders (total);\n");
  write(dir.path() / "0003_both.sql",
        "CREATE TABLE lines (id bigint);\nCREATE INDEX lines_id ON lines (id);\n");
  LintRequest request;
  request.inputs = {dir.path().string()};
  request.platform = "none";
  LintResult result = pgdrift::lint_migrations(request);
  CHECK(result.files.size() == 3);
  auto found = findings_of(result, "require-concurrent-index-creation");
  REQUIRE(found.size() ==
          1);  // 0002's table existed before it; 0003's was created in the same file
  CHECK(std::string(found[0].where.file.str()).ends_with("0002_index.sql"));

  SECTION("a file outside the directory is checked on the migrations older than its version") {
    write(dir.path() / "new" / "0004_drop.sql", "ALTER TABLE lines DROP COLUMN id;\n");
    request.inputs = {(dir.path() / "new" / "0004_drop.sql").string()};
    request.migrations = dir.path().string();
    LintResult later = pgdrift::lint_migrations(request);
    CHECK(findings_of(later, "ban-drop-column").size() == 1);
  }
}

TEST_CASE(
    "lint: ignore comments silence the next statement or the file; one that silences nothing is "
    "reported",
    "[lint]") {
  const std::string schema = "CREATE TABLE public.orders (id bigint, total numeric);\n";
  LintResult next = lint_sql(
      "-- pgdrift-ignore: require-concurrent-index-creation\nCREATE INDEX a ON orders (total);\n"
      "CREATE INDEX b ON orders (id);\n",
      schema);
  CHECK(findings_of(next, "require-concurrent-index-creation").size() == 1);
  CHECK(findings_of(next, "unused-ignore").empty());

  LintResult file = lint_sql(
      "-- squawk-ignore-file require-concurrent-index-creation\nCREATE INDEX a ON orders (total);\n"
      "CREATE INDEX b ON orders (id);\n",
      schema);
  CHECK(findings_of(file, "require-concurrent-index-creation").empty());

  LintResult squawk = lint_sql(
      "-- squawk-ignore require-concurrent-index-creation, ban-drop-column\nCREATE INDEX a ON "
      "orders (total);\n",
      schema);
  CHECK(findings_of(squawk, "require-concurrent-index-creation").empty());
  auto unused = findings_of(squawk, "unused-ignore");
  REQUIRE(unused.size() == 1);
  CHECK(unused[0].message.find("ban-drop-column") != std::string::npos);
  CHECK(unused[0].where.line == 1);
}

TEST_CASE("lint: statements that do not parse are errors with their location", "[lint]") {
  LintResult result = lint_sql("CREATE TABLE t (a bigint);\nCREATE TABEL u (a bigint);\n");
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].where.line == 2);
}

TEST_CASE("lint: a function body may read what a later migration of its directory creates",
          "[lint]") {
  TempDir dir;
  write(dir.path() / "0001_function.sql",
        "CREATE FUNCTION note_count() RETURNS bigint LANGUAGE plpgsql AS $$\n"
        "BEGIN RETURN (SELECT count(n.id) FROM notes n); END $$;\n");
  write(dir.path() / "0002_notes.sql", "CREATE TABLE notes (id bigint);\n");
  LintRequest request;
  request.inputs = {dir.path().string()};
  request.platform = "none";
  CHECK(findings_of(pgdrift::lint_migrations(request), "function-body-undefined-object").empty());
  // Linted alone, nothing creates the table.
  request.inputs = {(dir.path() / "0001_function.sql").string()};
  CHECK(findings_of(pgdrift::lint_migrations(request), "function-body-undefined-object").size() ==
        1);
}

// What uses a column is looked up in an index built at the first question of the file (here
// the retype); the views, functions and foreign keys the file makes after it, and a rename,
// must reach it.
TEST_CASE("lint: what uses a column includes what earlier statements of the file made",
          "[lint]") {
  const std::string schema =
      "CREATE TABLE public.customers (id bigint PRIMARY KEY, email text);\n"
      "CREATE TABLE public.orders (id bigint PRIMARY KEY, total numeric, note text);\n";
  const std::string migration =
      "ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);\n"
      "CREATE VIEW public.order_totals AS SELECT id, total FROM public.orders;\n"
      "CREATE VIEW public.order_notes AS SELECT id, note FROM public.orders;\n"
      "CREATE FUNCTION public.total_of(bigint) RETURNS numeric LANGUAGE plpgsql AS $$\n"
      "BEGIN RETURN (SELECT o.total FROM public.orders o WHERE o.id = $1); END $$;\n"
      "ALTER TABLE customers ADD COLUMN order_id bigint\n"
      "  CONSTRAINT customers_order_fk REFERENCES orders (id);\n"
      "ALTER TABLE orders RENAME COLUMN note TO memo;\n"
      "ALTER TABLE orders DROP COLUMN total CASCADE;\n"
      "ALTER TABLE orders DROP COLUMN memo CASCADE;\n"
      "ALTER TABLE orders DROP COLUMN id CASCADE;\n";
  auto found = findings_of(lint_sql(migration, schema, "none"), "ban-drop-column");
  REQUIRE(found.size() == 3);
  CHECK(pgdrift::testing::names(found[0], "public.order_totals"));
  CHECK(pgdrift::testing::names(found[0], "public.total_of(bigint)"));
  CHECK_FALSE(pgdrift::testing::names(found[0], "public.order_notes"));
  CHECK(pgdrift::testing::names(found[1], "public.order_notes"));
  CHECK(pgdrift::testing::names(found[2], "public.customers.customers_order_fk"));
}
