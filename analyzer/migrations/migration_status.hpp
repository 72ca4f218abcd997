#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analyzer/migrations/replay.hpp"

namespace pgdrift {

enum class MigrationState { applied, missing, partial, superseded, unknown };
std::string_view migration_state_name(MigrationState state);

// Whether a dump reflects a migration, judged by the migration's effects in replay: each
// object or aspect it created, changed or dropped is looked for in the dump. An effect a
// later migration changes again is judged through that later migration (superseded).
// `unknown`: the migration changes no schema object (data only) or could not be followed.
struct MigrationStatus {
  const ReplayedMigration* migration = nullptr;
  MigrationState state = MigrationState::unknown;
  std::optional<bool> recorded;        // in the dump's history table, when it has one
  std::vector<std::string> evidence;   // "present: column public.t.c", "absent: view public.v"
};

std::vector<MigrationStatus> migration_status(const Replay& replay, const Catalog& dump);

}  // namespace pgdrift
