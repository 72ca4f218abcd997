#include "analyzer/migrations/attribution.hpp"

#include <algorithm>
#include <optional>

#include "analyzer/diff/differ.hpp"

namespace pgdrift {

std::string change_key(const Change& change) { return change.kind + " " + change.id; }

namespace {

// Columns, constraints, indexes, triggers and policies belong to a table (schema.table.name);
// a migration that created the table made them too.
std::optional<std::string> parent_table_key(const Change& change) {
  static const std::vector<std::string> kMembers{"column", "constraint", "index", "trigger", "policy"};
  if (std::find(kMembers.begin(), kMembers.end(), change.kind) == kMembers.end()) return std::nullopt;
  std::size_t dot = change.id.rfind('.');
  if (dot == std::string::npos) return std::nullopt;
  return "table " + change.id.substr(0, dot);
}

}  // namespace

MigrationAttribution attribute_changes(const DiffResult& diff, const Replay& replay, const Catalog& old_catalog,
                                       const Catalog& new_catalog, const std::vector<MigrationFile>& files,
                                       const DiffOptions& options) {
  MigrationAttribution attribution;
  std::map<std::string, std::vector<std::string>> touched_by;
  for (const ReplayedMigration& migration : replay.migrations) {
    for (const std::string& key : effect_keys(migration)) touched_by[key].push_back(migration.file.version);
  }
  for (const Change& change : diff.changes) {
    std::vector<std::string> versions;
    auto add = [&](const std::string& key) {
      auto found = touched_by.find(key);
      if (found == touched_by.end()) return;
      for (const std::string& version : found->second) {
        if (std::find(versions.begin(), versions.end(), version) == versions.end()) versions.push_back(version);
      }
    };
    add(change_key(change));
    if (versions.empty()) {
      if (auto parent = parent_table_key(change)) add(*parent);
    }
    if (versions.empty()) attribution.unexplained.push_back(&change);
    else attribution.versions_by_change[change_key(change)] = std::move(versions);
  }
  attribution.old_status = migration_status(replay, old_catalog);
  attribution.new_status = migration_status(replay, new_catalog);
  std::vector<MigrationFile> missing;
  for (const MigrationStatus& status : attribution.old_status) {
    // Partly applied migrations cannot be replayed as they are (their CREATEs would fail).
    if (status.state == MigrationState::missing) {
      attribution.missing_in_old.push_back(status.migration->file.version);
      for (const MigrationFile& file : files) {
        if (file.version == status.migration->file.version) missing.push_back(file);
      }
    }
  }
  Replay onto_old = replay_migrations(missing, old_catalog);
  attribution.after_missing = diff_catalogs(onto_old.result, new_catalog, options);
  return attribution;
}

}  // namespace pgdrift
