#include "analyzer/migrations/migration_status.hpp"

#include <fmt/format.h>

#include <map>
#include <set>

#include "analyzer/diff/differ.hpp"
#include "analyzer/listing/object_listing.hpp"
#include "analyzer/migrations/dump_coverage.hpp"
#include "analyzer/migrations/ledger.hpp"

namespace pgdrift {
namespace {

std::string key_of(const Change& change) { return change.kind + " " + change.id; }

// The key of the object an effect left, in the catalog right after the migration: an
// index's id names its table, so an index that moved with its renamed table has a new one.
std::string key_after(const Change& effect) {
  for (const ChangeDetail& detail : effect.details) {
    if (detail.aspect != "table" || !detail.old_value || !detail.new_value) continue;
    if (!effect.id.starts_with(*detail.old_value + ".")) continue;
    return effect.kind + " " + *detail.new_value + effect.id.substr(detail.old_value->size());
  }
  return key_of(effect);
}

// Whether the dump shows the state an effect left, given the diff from the catalog right
// after the migration to the dump.
bool effect_present(const Change& effect, const std::map<std::string, const Change*>& to_dump) {
  auto found = to_dump.find(key_after(effect));
  if (found == to_dump.end()) return true;
  const Change& difference = *found->second;
  // A created object is present when the dump has it (its other aspects are other effects');
  // a dropped one when the dump does not.
  if (effect.type == ChangeType::added) return difference.type != ChangeType::removed;
  if (effect.type == ChangeType::removed) return difference.type != ChangeType::added;
  if (difference.type != ChangeType::changed) return false;
  for (const ChangeDetail& wanted : effect.details) {
    for (const ChangeDetail& seen : difference.details) {
      if (seen.aspect == wanted.aspect) return false;
    }
  }
  return true;
}

}  // namespace

std::string_view migration_state_name(MigrationState state) {
  switch (state) {
    case MigrationState::applied: return "applied";
    case MigrationState::missing: return "missing";
    case MigrationState::partial: return "partial";
    case MigrationState::superseded: return "superseded";
    case MigrationState::unknown: return "unknown";
  }
  return "unknown";
}

namespace {

// "not followed: DO block at F:L; it may touch table public.b, column public.a.c": the
// objects it names, in the replayed schema or in the dump.
std::string unfollowed_evidence(const UnfollowedStatement& unfollowed, const Catalog& replayed, const Catalog& dump) {
  std::set<std::string> touched;
  for (const Catalog* catalog : {&replayed, &dump}) {
    for (const ListedObject& object : list_objects(*catalog)) {
      if (may_touch(unfollowed, object.kind, object.id)) touched.insert(object.kind + " " + object.id);
    }
  }
  std::string where = fmt::format("{}:{}", unfollowed.where.file, unfollowed.where.line);
  if (touched.empty()) return fmt::format("not followed: DO block at {}; it names no known object", where);
  return fmt::format("not followed: DO block at {}; it may touch {}", where, fmt::join(touched, ", "));
}

}  // namespace

std::vector<MigrationStatus> migration_status(const Replay& replay, const Catalog& dump) {
  std::map<std::string, std::size_t> last_touch;
  for (std::size_t i = 0; i < replay.migrations.size(); ++i) {
    for (const Change& effect : replay.migrations[i].effects) last_touch[key_of(effect)] = i;
  }
  std::optional<std::set<std::string>> ledger = recorded_migrations(dump);
  std::vector<MigrationStatus> statuses;
  for (std::size_t i = 0; i < replay.migrations.size(); ++i) {
    const ReplayedMigration& migration = replay.migrations[i];
    MigrationStatus status;
    status.migration = &migration;
    if (ledger) status.recorded = ledger->contains(migration.file.version);
    DiffResult to_dump = diff_catalogs(*migration.after, dump, {});
    std::map<std::string, const Change*> differences;
    for (const Change& change : to_dump.changes) differences[key_of(change)] = &change;
    int present = 0, absent = 0, superseded = 0, unseen = 0;
    for (const Change& effect : migration.effects) {
      if (last_touch[key_of(effect)] > i) {
        ++superseded;
        continue;
      }
      if (outside_the_dump(effect, *migration.after, dump)) {
        status.evidence.push_back(fmt::format("not in the dump: {} {} {} (the dump leaves out the platform's schema {})",
                                              change_type_name(effect.type), effect.kind, effect.id, schema_of(effect)));
        ++unseen;
        continue;
      }
      bool found = effect_present(effect, differences);
      (found ? present : absent)++;
      status.evidence.push_back(fmt::format("{}: {} {} {}", found ? "present" : "absent", change_type_name(effect.type),
                                            effect.kind, effect.id));
    }
    for (const UnfollowedStatement& unfollowed : migration.unfollowed) {
      status.evidence.push_back(unfollowed_evidence(unfollowed, *migration.after, dump));
    }
    if (present + absent == 0) {
      status.state = superseded > 0 ? MigrationState::superseded : MigrationState::unknown;
      if (superseded + unseen == 0) status.evidence.push_back("changes no schema object");
    } else {
      status.state = absent == 0 ? MigrationState::applied : present == 0 ? MigrationState::missing : MigrationState::partial;
    }
    statuses.push_back(std::move(status));
  }
  return statuses;
}

}  // namespace pgdrift
