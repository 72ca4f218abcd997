// Each side's drift against its own migration history, and the dry run of the migrations a
// side lacks: statement by statement, in strict mode, a refused statement undone whole.

#include <catch2/catch.hpp>

#include <fstream>
#include <memory>
#include <string>

#include "analyzer/interpret/interpreter.hpp"
#include "analyzer/migrations/dry_run.hpp"
#include "analyzer/migrations/migration_status.hpp"
#include "analyzer/migrations/recorded_selection.hpp"
#include "analyzer/migrations/side_drift.hpp"
#include "parser/script_reader.hpp"
#include "temp_dir.hpp"

using pgdrift::Catalog;
using pgdrift::Change;
using pgdrift::ChangeType;
using pgdrift::Diagnostics;

namespace {

Catalog dump_of(const std::string& sql) {
  Diagnostics diagnostics;
  Catalog catalog = pgdrift::build_catalog(
      std::make_shared<pgdrift::ParsedScript>(pgdrift::read_script_text("dump.sql", sql)),
      diagnostics);
  return catalog;
}

Diagnostics strict_errors(const std::string& sql) {
  Catalog catalog;
  Diagnostics diagnostics;
  auto script = std::make_shared<pgdrift::ParsedScript>(pgdrift::read_script_text("m.sql", sql));
  pgdrift::Interpreter(catalog, diagnostics, /*strict=*/true).apply(script);
  std::erase_if(diagnostics, [](const pgdrift::Diagnostic& d) {
    return d.severity != pgdrift::Severity::error;
  });
  return diagnostics;
}

// A migration directory of numbered files in a scratch directory, replayed from nothing.
struct Project {
  pgdrift::testing::TempDir dir;
  std::vector<pgdrift::MigrationFile> files;
  pgdrift::Replay replay;

  explicit Project(const std::vector<std::string>& migrations) {
    for (std::size_t i = 0; i < migrations.size(); ++i) {
      std::string version = std::to_string(i + 1);
      std::string path = (dir.path() / (version + "_m.sql")).string();
      std::ofstream(path) << migrations[i];
      files.push_back({version, "m", path, "numbered", false});
    }
    replay = pgdrift::replay_migrations(files, Catalog());
  }
};

const Change* find_change(const std::vector<Change>& changes, const std::string& kind,
                          const std::string& id) {
  for (const Change& change : changes) {
    if (change.kind == kind && change.id == id) return &change;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("strict replay refuses a view that names a column its relation lacks, as PostgreSQL does",
          "[drift-dry-run]") {
  Diagnostics errors = strict_errors(
      "create table s (id int, provider_cost numeric);\n"
      "create view v as select s.id, s.cost from s;\n");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message == "column s.cost does not exist");
  CHECK(errors[0].where.line == 2);
}

TEST_CASE("the column check leaves alone what it cannot be sure of", "[drift-dry-run]") {
  CHECK(
      strict_errors(
          "create table s (id int, cost numeric);\n"
          "create view v1 as select s.id, s.cost, s.ctid from s union all select t.id, t.cost, "
          "t.ctid from s t;\n"
          "create view v2 as with c as (select 1 as x) select c.x, q.y from c, (select 2 as y) q;\n"
          "create view v3 as select s.id from s where exists (select 1 from s t where t.cost = "
          "s.cost);\n"
          "create view v4 as select u.anything from unknown_table u;\n")
          .empty());
}

TEST_CASE("RENAME COLUMN of a column the table lacks is PostgreSQL's error", "[drift-dry-run]") {
  Diagnostics errors = strict_errors(
      "create table s (id int);\nalter table s rename column cost to provider_cost;\n");
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message == "column \"cost\" does not exist");
}

TEST_CASE("drift: what a side has that its migrations do not make, changed aspects included",
          "[drift-dry-run]") {
  Project project({"create table t (x int check (x in (1, 2)), y int default 0);\n",
                   "alter table t add column z int;\n"});
  // The CHECK widened and the default changed by hand; migration 2 never ran.
  Catalog side = dump_of("create table t (x int check (x in (1, 2, 3)), y int default 5);\n");
  auto statuses = pgdrift::migration_status(project.replay, side);
  Catalog start;
  pgdrift::ReplaySession session;
  pgdrift::SideDrift drift =
      pgdrift::side_drift(project.replay, {start, session, false}, side, statuses, {});
  CHECK_FALSE(drift.from_ledger);
  CHECK(drift.expected_migrations == std::vector<std::string>{"1"});
  REQUIRE(drift.changes.changes.size() == 2);
  const Change* check = find_change(drift.changes.changes, "constraint", "public.t.t_x_check");
  REQUIRE(check);
  CHECK(check->type == ChangeType::changed);
  const Change* column = find_change(drift.changes.changes, "column", "public.t.y");
  REQUIRE(column);
  CHECK(column->details.at(0).aspect == "default");
}

TEST_CASE("dry run: a refused statement is undone whole and the next one runs", "[drift-dry-run]") {
  Project project({"create table t (a int);\n",
                   "alter table t add column b int, add column a int;\n"
                   "alter table t add column c int;\n"
                   "create index t_c on t (c);\n"});
  Catalog side = dump_of("create table t (a int);\n");
  Catalog other = dump_of("create table t (a int, c int);\ncreate index t_c on t (c);\n");
  auto statuses = pgdrift::migration_status(project.replay, side);
  auto lacking = pgdrift::migrations_the_side_lacks(statuses);
  REQUIRE(lacking.size() == 1);
  pgdrift::DryRun run = pgdrift::dry_run("old", lacking, side, {}, other, {});
  CHECK(run.migrations == std::vector<std::string>{"2"});
  REQUIRE(run.failures.size() == 1);
  CHECK(run.failures[0].version == "2");
  CHECK(run.failures[0].where.line == 1);
  CHECK(run.failures[0].message.find("already exists") != std::string::npos);
  // b was not added: PostgreSQL undoes the whole statement.
  CHECK(run.remaining.identical());
}
