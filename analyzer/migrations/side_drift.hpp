#pragma once

#include <memory>
#include <string>
#include <vector>

#include "analyzer/diff/change.hpp"
#include "analyzer/diff/diff_options.hpp"
#include "analyzer/migrations/migration_status.hpp"
#include "analyzer/migrations/replay.hpp"

namespace pgdrift {

// What a side's schema has that its own migration history does not explain: the side
// compared with the schema its migrations give. That expected schema is the replay of the
// migrations the side's ledger records, or, without a ledger, of those whose effects it
// shows (every migration but the missing ones). Aspects changed by hand on objects a
// migration made (a CHECK widened, a default changed) are drift as much as whole objects.
struct SideDrift {
  bool from_ledger = false;
  std::vector<std::string> expected_migrations;  // the versions replayed for the expected schema
  DiffResult changes;                            // expected -> the side as it is
  std::shared_ptr<const Catalog>
      expected;  // what plans capturing or reverting the drift start from
};

// Where and how the migration directory's replay began.
struct DriftStart {
  const Catalog& catalog;
  const ReplaySession& session;
  bool is_platform_ground = false;  // the platform's ground itself, not a --base dump
};

// Objects of the platform's ground that no migration the side has touched are left out: the
// ground is the platform as pgdrift models it, and a dump's copy differs where the model is
// coarser, by no one's hand.
SideDrift side_drift(const Replay& replay, const DriftStart& start, const Catalog& side,
                     const std::vector<MigrationStatus>& statuses, const DiffOptions& options);

}  // namespace pgdrift
