// version_findings and merged_file_findings: what `migrations check` says of a directory's
// file names (versions unique, each file named) and of the files merged at a revision
// (unchanged, and new files after them).

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <string>

#include "analyzer/migrations/version_findings.hpp"
#include "temp_dir.hpp"

using pgdrift::merged_file_findings;
using pgdrift::read_migration_names;
using pgdrift::version_findings;
using pgdrift::testing::TempDir;

namespace {

void write_file(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path) << text;
}

}  // namespace

TEST_CASE("version findings: two files of one version and a file of no version",
          "[version-findings]") {
  TempDir dir;
  write_file(dir.path() / "V1__accounts.sql", "CREATE TABLE a (x int);\n");
  write_file(dir.path() / "V2__notes.sql", "CREATE TABLE n (x int);\n");
  write_file(dir.path() / "V2__notes_again.sql", "CREATE TABLE m (x int);\n");
  write_file(dir.path() / "cleanup.sql", "DROP TABLE m;\n");
  pgdrift::Diagnostics findings = version_findings(read_migration_names(dir.path().string()));
  REQUIRE(findings.size() == 2u);
  CHECK(findings[0].where.file.str().ends_with("cleanup.sql"));
  CHECK(findings[0].message.starts_with("names no version"));
  CHECK(findings[1].where.file.str().ends_with("V2__notes_again.sql"));
  CHECK(findings[1].message.starts_with("version 2 is also the version of"));
}

TEST_CASE("version findings: numbered files in numeric order are fine", "[version-findings]") {
  TempDir dir;
  write_file(dir.path() / "2_b.sql", "CREATE TABLE b (x int);\n");
  write_file(dir.path() / "10_c.sql", "CREATE TABLE c (x int);\n");
  CHECK(version_findings(read_migration_names(dir.path().string())).empty());
}

TEST_CASE("merged files: edited, removed, and a new file older than the merged ones",
          "[version-findings]") {
  TempDir dir;
  write_file(dir.path() / "20240101000000_a.sql", "CREATE TABLE a (x int);\n");
  write_file(dir.path() / "20240103000000_c.sql", "CREATE TABLE c (x bigint);\n");  // edited
  write_file(dir.path() / "20240102000000_late.sql", "CREATE TABLE l (x int);\n");  // new, older
  write_file(dir.path() / "20240104000000_d.sql", "CREATE TABLE d (x int);\n");     // new, newer
  std::map<std::string, std::string> merged{
      {"20240101000000_a.sql", "CREATE TABLE a (x int);\n"},
      {"20240103000000_c.sql", "CREATE TABLE c (x int);\n"},
      {"20240103500000_gone.sql", "CREATE TABLE g (x int);\n"}};
  pgdrift::Diagnostics findings =
      merged_file_findings(read_migration_names(dir.path().string()), merged, "main");
  REQUIRE(findings.size() == 3u);
  CHECK(findings[0].where.file.str().ends_with("20240103000000_c.sql"));
  CHECK(findings[0].message.starts_with(
      "edited after it was merged: differs from main:20240103000000_c.sql"));
  CHECK(findings[1].where.file.str().ends_with("20240103500000_gone.sql"));
  CHECK(findings[1].message.starts_with("removed after it was merged"));
  CHECK(findings[2].where.file.str().ends_with("20240102000000_late.sql"));
  CHECK(findings[2].message.starts_with(
      "version 20240102000000 is older than 20240103500000_gone.sql"));
}

TEST_CASE("merged files: nothing merged, nothing to say", "[version-findings]") {
  TempDir dir;
  write_file(dir.path() / "20240101000000_a.sql", "CREATE TABLE a (x int);\n");
  CHECK(merged_file_findings(read_migration_names(dir.path().string()), {}, "main").empty());
}
