#include "analyzer/migrations/version_findings.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>

namespace pgdrift {
namespace {

namespace fs = std::filesystem;

Diagnostic finding_at(const std::string& path, std::string message) {
  return {Severity::error, {FileName(path), 0, 0}, std::move(message)};
}

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The newest version among the merged files, with its file name (a repeatable migration has
// no place in the order).
std::optional<std::pair<std::string, std::string>> newest_merged(
    const std::map<std::string, std::string>& merged) {
  std::optional<std::pair<std::string, std::string>> newest;
  for (const auto& entry : merged) {
    std::optional<MigrationFile> file = migration_file_named(entry.first);
    if (!file || file->version == "R") continue;
    if (!newest || version_less(newest->first, file->version))
      newest = {{file->version, entry.first}};
  }
  return newest;
}

}  // namespace

Diagnostics version_findings(const MigrationNames& names) {
  Diagnostics findings;
  for (const std::string& path : names.unnamed) {
    findings.push_back(finding_at(
        path,
        names.supabase
            ? "names no version: the Supabase CLI skips a file not named <timestamp>_<name>.sql"
            : "names no version: the file name fits no migration naming scheme"));
  }
  for (const auto& [file, earlier] : names.duplicates) {
    findings.push_back(finding_at(
        file.path, fmt::format("version {} is also the version of {}", file.version, earlier)));
  }
  return findings;
}

Diagnostics merged_file_findings(const MigrationNames& names,
                                 const std::map<std::string, std::string>& merged,
                                 const std::string& revision) {
  Diagnostics findings;
  std::map<std::string, const MigrationFile*> present;  // file name -> file
  for (const MigrationFile& file : names.files)
    present.emplace(fs::path(file.path).filename().string(), &file);
  for (const std::string& path : names.unnamed)
    present.emplace(fs::path(path).filename().string(), nullptr);
  for (const auto& [name, content] : merged) {
    if (!fs::path(name).string().ends_with(".sql") || name.ends_with(".down.sql")) continue;
    std::string path = (fs::path(names.root) / name).string();
    auto now = present.find(name);
    if (now == present.end()) {
      findings.push_back(
          finding_at(path, fmt::format("removed after it was merged ({} has it)", revision)));
    } else if (file_bytes(path) != content) {
      findings.push_back(
          finding_at(path, fmt::format("edited after it was merged: differs from {}:{}; a "
                                       "database migrated since will not run it again",
                                       revision, name)));
    }
  }
  std::optional<std::pair<std::string, std::string>> newest = newest_merged(merged);
  if (!newest) return findings;
  for (const MigrationFile& file : names.files) {
    std::string name = fs::path(file.path).filename().string();
    if (merged.contains(name) || file.version == "R" || !version_less(file.version, newest->first))
      continue;
    findings.push_back(finding_at(
        file.path,
        fmt::format("version {} is older than {}, merged at {}: a database migrated at {} "
                    "would apply it out of order (or skip it); give it a newer version",
                    file.version, newest->second, revision, revision)));
  }
  return findings;
}

}  // namespace pgdrift
