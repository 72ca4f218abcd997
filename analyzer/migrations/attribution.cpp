#include "analyzer/migrations/attribution.hpp"

#include <algorithm>
#include <optional>
#include <set>

#include "analyzer/diff/differ.hpp"
#include "analyzer/listing/object_listing.hpp"
#include "analyzer/platform/platform_ground.hpp"

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

// Whether a migration that created or changed a table also made one of its members: the
// member is in the schema right after it (a column added later by hand is not).
class MemberLookup {
 public:
  bool made_by(const ReplayedMigration& migration, const Change& member) {
    auto [entry, inserted] = listed_.try_emplace(&migration);
    if (inserted) {
      for (const ListedObject& object : list_objects(*migration.after)) entry->second.insert(object.kind + " " + object.id);
    }
    return entry->second.contains(change_key(member));
  }

 private:
  std::map<const ReplayedMigration*, std::set<std::string>> listed_;
};

// The migrations whose effects touch an object, each with its effect on it.
using EffectsByKey = std::map<std::string, std::vector<std::pair<const ReplayedMigration*, const Change*>>>;

EffectsByKey effects_by_key(const Replay& replay) {
  EffectsByKey effects;
  for (const ReplayedMigration& migration : replay.migrations) {
    for (const Change& effect : migration.effects) effects[change_key(effect)].emplace_back(&migration, &effect);
  }
  return effects;
}

// Whether an effect changed one of the aspects that differ (the grants of a table, not only
// the table).
bool shares_an_aspect(const Change& effect, const Change& difference) {
  return std::any_of(effect.details.begin(), effect.details.end(), [&](const ChangeDetail& made) {
    return std::any_of(difference.details.begin(), difference.details.end(),
                       [&](const ChangeDetail& seen) { return seen.aspect == made.aspect; });
  });
}

// The migrations with a DO block that names the changed object.
std::vector<std::string> possible_versions(const Replay& replay, const Change& change) {
  std::vector<std::string> versions;
  for (const ReplayedMigration& migration : replay.migrations) {
    bool named = std::any_of(migration.unfollowed.begin(), migration.unfollowed.end(),
                             [&](const UnfollowedStatement& s) { return may_touch(s, change.kind, change.id); });
    if (named) versions.push_back(migration.file.version);
  }
  return versions;
}

}  // namespace

MigrationAttribution attribute_changes(const DiffResult& diff, const Replay& replay, const Catalog& old_catalog,
                                       const Catalog& new_catalog, const std::vector<MigrationFile>& files,
                                       const DiffOptions& options) {
  MigrationAttribution attribution;
  EffectsByKey touched_by = effects_by_key(replay);
  MemberLookup members;
  for (const Change& change : diff.changes) {
    std::vector<std::string> versions;
    auto add = [&](const std::string& key, bool only_if_member_made) {
      auto found = touched_by.find(key);
      if (found == touched_by.end()) return;
      // Of the migrations that touched a changed object, those that changed what differs
      // explain it; the others only if none did.
      bool any_shares = change.type == ChangeType::changed &&
                        std::any_of(found->second.begin(), found->second.end(),
                                    [&](const auto& touch) { return shares_an_aspect(*touch.second, change); });
      for (const auto& [migration, effect] : found->second) {
        if (only_if_member_made && !members.made_by(*migration, change)) continue;
        if (any_shares && !shares_an_aspect(*effect, change)) continue;
        const std::string& version = migration->file.version;
        if (std::find(versions.begin(), versions.end(), version) == versions.end()) versions.push_back(version);
      }
    };
    add(change_key(change), false);
    if (versions.empty()) {
      if (auto parent = parent_table_key(change)) add(*parent, true);
    }
    if (!versions.empty()) {
      attribution.versions_by_change[change_key(change)] = std::move(versions);
    } else if (std::vector<std::string> possible = possible_versions(replay, change); !possible.empty()) {
      attribution.possible_versions_by_change[change_key(change)] = std::move(possible);
      attribution.uncertain.push_back(&change);
    } else {
      attribution.unexplained.push_back(&change);
    }
  }
  attribution.old_status = migration_status(replay, old_catalog);
  attribution.new_status = migration_status(replay, new_catalog);
  attribution.old_ledger = ledger_findings(replay, old_catalog);
  attribution.new_ledger = ledger_findings(replay, new_catalog);
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
  Replay onto_old = replay_migrations(missing, old_catalog, {known_ground("supabase")});
  attribution.after_missing = diff_catalogs(onto_old.result, new_catalog, options);
  return attribution;
}

}  // namespace pgdrift
