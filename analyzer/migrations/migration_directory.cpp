#include "analyzer/migrations/migration_directory.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <regex>
#include <sstream>

#include "parser/diagnostic.hpp"

namespace pgdrift {
namespace {

namespace fs = std::filesystem;

[[noreturn]] void fail(const std::string& path, const std::string& message) {
  throw InputError(Diagnostic{Severity::error, {path, 0, 0}, message});
}

std::vector<unsigned long long> components(const std::string& version) {
  std::vector<unsigned long long> parts;
  std::string digits;
  for (char c : version + ".") {
    if (std::isdigit(static_cast<unsigned char>(c))) {
      digits += c;
    } else if (!digits.empty()) {
      parts.push_back(std::stoull(digits.size() > 19 ? digits.substr(0, 19) : digits));
      digits.clear();
    }
  }
  return parts;
}

bool is_dbmate(const fs::path& path) {
  std::ifstream in(path);
  std::string line;
  for (int i = 0; i < 50 && std::getline(in, line); ++i) {
    if (line.starts_with("-- migrate:up")) return true;
  }
  return false;
}

// <timestamp>_<name>.sql, read as the Supabase CLI reads it: the name may be empty, or end in
// .sql too ("x.sql.sql" is named "x.sql").
const std::regex& supabase_name() {
  static const std::regex pattern(R"(^(\d{14})_(.*)\.sql$)");
  return pattern;
}

std::optional<MigrationFile> classify(const fs::path& path) {
  const std::regex& supabase = supabase_name();
  static const std::regex flyway(R"(^V(\d+(?:[._]\d+)*)__(.+)\.sql$)");
  static const std::regex flyway_repeatable(R"(^R__(.+)\.sql$)");
  static const std::regex golang_up(R"(^(\d+)_(.+)\.up\.sql$)");
  static const std::regex numbered(R"(^(\d+)(?:[_-](.+))?\.sql$)");
  std::string file = path.filename().string();
  std::smatch match;
  MigrationFile migration;
  migration.path = path.string();
  if (std::regex_match(file, match, golang_up)) {
    migration = {match[1], match[2], path.string(), "golang-migrate", false};
  } else if (std::regex_match(file, match, flyway)) {
    migration = {match[1], match[2], path.string(), "flyway", false};
  } else if (std::regex_match(file, match, flyway_repeatable)) {
    migration = {"R", match[1], path.string(), "flyway", false};
  } else if (std::regex_match(file, match, supabase)) {
    migration = {match[1], match[2], path.string(), "supabase", false};
  } else if (std::regex_match(file, match, numbered)) {
    migration = {match[1], match[2], path.string(), "numbered", false};
  } else {
    return std::nullopt;
  }
  if (migration.scheme != "flyway" && is_dbmate(path)) {
    migration.scheme = "dbmate";
    migration.dbmate = true;
  }
  return migration;
}

// A Supabase project's migrations folder, or a folder whose files all follow the Supabase
// scheme: its files are applied by the Supabase CLI, which skips a file of another name.
bool is_supabase_directory(fs::path root, const std::vector<MigrationFile>& migrations) {
  if (root.filename().empty()) root = root.parent_path();  // "dir/" names "dir"
  if (root.filename() == "migrations" && root.parent_path().filename() == "supabase") return true;
  return !migrations.empty() && std::all_of(migrations.begin(), migrations.end(), [](const MigrationFile& m) {
    return std::regex_match(fs::path(m.path).filename().string(), supabase_name());
  });
}

}  // namespace

bool version_less(const std::string& a, const std::string& b) {
  if (a == "R" || b == "R") return b == "R" && a != "R";  // repeatable migrations run last
  auto x = components(a), y = components(b);
  return x != y ? x < y : a < b;
}

std::optional<MigrationFile> migration_file_named(const std::string& path) { return classify(path); }

MigrationNames read_migration_names(const std::string& directory) {
  fs::path root(directory);
  if (fs::is_directory(root / "supabase" / "migrations")) root = root / "supabase" / "migrations";
  if (!fs::is_directory(root)) fail(directory, "not a directory of migration files");
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".sql") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  MigrationNames names;
  names.root = root.string();
  for (const fs::path& path : files) {
    if (path.filename().string().ends_with(".down.sql")) continue;  // golang-migrate's rollbacks
    std::optional<MigrationFile> migration = classify(path);
    if (migration) names.files.push_back(std::move(*migration));
    else names.unnamed.push_back(path.string());
  }
  names.supabase = is_supabase_directory(root, names.files);
  std::map<std::string, std::string> seen;  // version -> file
  for (const MigrationFile& migration : names.files) {
    if (migration.version == "R") continue;
    auto [at, inserted] = seen.emplace(migration.version, migration.path);
    if (!inserted) names.duplicates.emplace_back(migration, at->second);
  }
  std::stable_sort(names.files.begin(), names.files.end(), [](const MigrationFile& a, const MigrationFile& b) {
    if (a.version == "R" && b.version == "R") return a.name < b.name;
    return version_less(a.version, b.version);
  });
  return names;
}

MigrationDirectory read_migration_directory(const std::string& directory) {
  MigrationNames names = read_migration_names(directory);
  MigrationDirectory result;
  for (const std::string& path : names.unnamed) {
    if (!names.supabase) {
      fail(path, "file name fits no migration naming scheme (Supabase <timestamp>_<name>.sql, Flyway "
                 "V<version>__<name>.sql, golang-migrate <version>_<name>.up.sql, dbmate, or a numbered file)");
    }
    result.diagnostics.push_back({Severity::warning, {path, 0, 0},
                                  "left out: the Supabase CLI applies only files named <timestamp>_<name>.sql"});
  }
  for (const auto& [migration, earlier] : names.duplicates) {
    fail(migration.path, fmt::format("version {} is also the version of {}", migration.version, earlier));
  }
  result.files = std::move(names.files);
  return result;
}

}  // namespace pgdrift
