#include "analyzer/migrations/side_drift.hpp"

#include <set>

#include "analyzer/diff/differ.hpp"
#include "analyzer/listing/object_listing.hpp"
#include "analyzer/migrations/attribution.hpp"
#include "analyzer/migrations/recorded_selection.hpp"

namespace pgdrift {
namespace {

// Whether the migrations are the first ones of the replay, in its order: their schema is
// then the replay's own, after the last of them.
bool is_prefix(const std::vector<const ReplayedMigration*>& chosen, const Replay& replay) {
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    if (chosen[i] != &replay.migrations[i]) return false;
  }
  return true;
}

// The objects the start has from a platform's ground, as listings and the differ name them
// (the public schema and default privileges too, which listings leave out): all of the start's
// when replay started from the ground itself, else those it took in from the ground.
std::set<std::string> ground_keys(const Catalog& start, bool start_is_ground) {
  if (start.grounds.empty()) return {};
  Catalog whole = start;
  whole.grounds.clear();
  std::set<std::string> keys;
  for (const Change& change : diff_catalogs(Catalog(), whole, {}).changes)
    keys.insert(change_key(change));
  for (const ListedObject& object : list_objects(whole)) keys.insert(object.kind + " " + object.id);
  if (start_is_ground) return keys;
  for (const ListedObject& object : list_objects(start)) keys.erase(object.kind + " " + object.id);
  return keys;
}

// The ground describes the platform as pgdrift models it, not as this project's server has
// it: its objects differ from a dump's wherever the model is coarser (auth.users' columns).
// Those differences are no one's hand, unless a migration the side has touched the object.
void leave_out_untouched_ground(DiffResult& drift, const DriftStart& start,
                                const std::vector<const ReplayedMigration*>& chosen) {
  std::set<std::string> ground = ground_keys(start.catalog, start.is_platform_ground);
  if (ground.empty()) return;
  std::set<std::string> touched;
  for (const ReplayedMigration* migration : chosen) {
    for (const Change& effect : migration->effects) touched.insert(change_key(effect));
  }
  std::erase_if(drift.changes, [&](const Change& change) {
    std::string key = change_key(change);
    return ground.contains(key) && !touched.contains(key);
  });
}

}  // namespace

SideDrift side_drift(const Replay& replay, const DriftStart& start, const Catalog& side,
                     const std::vector<MigrationStatus>& statuses, const DiffOptions& options) {
  SideDrift drift;
  drift.from_ledger = judged_by_ledger(statuses);
  std::vector<const ReplayedMigration*> chosen = migrations_the_side_has(statuses);
  for (const ReplayedMigration* migration : chosen)
    drift.expected_migrations.push_back(migration->file.version);
  if (chosen.empty()) {
    drift.expected = std::make_shared<const Catalog>(start.catalog);
  } else if (is_prefix(chosen, replay)) {
    drift.expected = chosen.back()->after;
  } else {
    std::vector<MigrationFile> files;
    for (const ReplayedMigration* migration : chosen) files.push_back(migration->file);
    drift.expected = std::make_shared<const Catalog>(
        replay_migrations(files, start.catalog, start.session).result);
  }
  drift.changes = diff_catalogs(*drift.expected, side, options);
  leave_out_untouched_ground(drift.changes, start, chosen);
  return drift;
}

}  // namespace pgdrift
