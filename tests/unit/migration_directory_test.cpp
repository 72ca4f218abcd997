// read_migration_directory: which files of a folder are migrations, in which order, and what
// happens to a file whose name fits no scheme; replay_migrations on an empty file.

#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "analyzer/migrations/migration_directory.hpp"
#include "analyzer/migrations/replay.hpp"
#include "temp_dir.hpp"

using pgdrift::InputError;
using pgdrift::MigrationDirectory;
using pgdrift::read_migration_directory;
using pgdrift::Severity;
using pgdrift::testing::TempDir;

namespace {

void write_file(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

}  // namespace

TEST_CASE(
    "migration directory: a Supabase folder leaves out a file of another name, with a warning",
    "[migration-directory]") {
  TempDir dir;
  write_file(dir.path() / "20240101000000_first.sql", "CREATE TABLE a (x int);\n");
  write_file(dir.path() / "draft_20240102000000_second.sql", "CREATE TABLE b (x int);\n");
  write_file(dir.path() / "20240103000000_third.sql", "CREATE TABLE c (x int);\n");
  MigrationDirectory found = read_migration_directory(dir.path().string());
  REQUIRE(found.files.size() == 2u);
  CHECK(found.files[0].name == "first");
  CHECK(found.files[1].name == "third");
  REQUIRE(found.diagnostics.size() == 1u);
  CHECK(found.diagnostics[0].severity == Severity::warning);
  CHECK(found.diagnostics[0].where.file ==
        (dir.path() / "draft_20240102000000_second.sql").string());
  CHECK(found.diagnostics[0].message.find("<timestamp>_<name>.sql") != std::string::npos);
}

TEST_CASE(
    "migration directory: a project's supabase/migrations is a Supabase folder whatever its names",
    "[migration-directory]") {
  TempDir dir;
  write_file(dir.path() / "supabase" / "migrations" / "001_first.sql", "CREATE TABLE a (x int);\n");
  write_file(dir.path() / "supabase" / "migrations" / "notes.sql", "SELECT 1;\n");
  MigrationDirectory found = read_migration_directory(dir.path().string());
  REQUIRE(found.files.size() == 1u);
  CHECK(found.files[0].version == "001");
  CHECK(found.diagnostics.size() == 1u);
  MigrationDirectory by_folder =
      read_migration_directory((dir.path() / "supabase" / "migrations/").string());
  CHECK(by_folder.files.size() == 1u);
  CHECK(by_folder.diagnostics.size() == 1u);
}

TEST_CASE("migration directory: outside Supabase a file of no scheme is still refused",
          "[migration-directory]") {
  TempDir dir;
  write_file(dir.path() / "V1__first.sql", "CREATE TABLE a (x int);\n");
  write_file(dir.path() / "draft.sql", "CREATE TABLE b (x int);\n");
  CHECK_THROWS_AS(read_migration_directory(dir.path().string()), InputError);
}

TEST_CASE(
    "migration directory: <timestamp>_<name>.sql.sql is named <name>.sql and the name may be "
    "empty, as the Supabase CLI reads them",
    "[migration-directory]") {
  TempDir dir;
  write_file(dir.path() / "20240101000000_referral.sql.sql", "CREATE TABLE a (x int);\n");
  write_file(dir.path() / "20240102000000_.sql", "CREATE TABLE b (x int);\n");
  MigrationDirectory found = read_migration_directory(dir.path().string());
  REQUIRE(found.files.size() == 2u);
  CHECK(found.files[0].version == "20240101000000");
  CHECK(found.files[0].name == "referral.sql");
  CHECK(found.files[1].version == "20240102000000");
  CHECK(found.files[1].name.empty());
  CHECK(found.diagnostics.empty());
}

TEST_CASE("replay: an empty migration file changes nothing and says so in a note",
          "[migration-directory]") {
  TempDir dir;
  write_file(dir.path() / "20240101000000_first.sql", "CREATE TABLE a (x int);\n");
  write_file(dir.path() / "20240102000000_new.sql", "");
  write_file(dir.path() / "20240103000000_comments.sql", "-- to do\n\n");
  write_file(dir.path() / "20240104000000_last.sql", "CREATE TABLE b (x int);\n");
  pgdrift::Replay replay =
      pgdrift::replay_migrations(read_migration_directory(dir.path().string()).files, {});
  REQUIRE(replay.migrations.size() == 4u);
  for (int empty : {1, 2}) {
    const pgdrift::ReplayedMigration& migration = replay.migrations[empty];
    CHECK(migration.effects.empty());
    REQUIRE(migration.diagnostics.size() == 1u);
    CHECK(migration.diagnostics[0].severity == Severity::note);
    CHECK(migration.diagnostics[0].to_string().find(": note: ") != std::string::npos);
  }
  CHECK(replay.migrations[3].diagnostics.empty());
  CHECK(replay.result.tables.size() == 2u);
}
