#pragma once

#include <vector>

#include "analyzer/migrations/migration_status.hpp"

namespace pgdrift {

// Which migrations a side has, by its ledger when it has one (the versions it records), else
// by their effects (every migration not missing from it). The two lists split the migrations.
std::vector<const ReplayedMigration*> migrations_the_side_has(
    const std::vector<MigrationStatus>& statuses);
std::vector<const ReplayedMigration*> migrations_the_side_lacks(
    const std::vector<MigrationStatus>& statuses);

// Whether the side's ledger decides (it carries rows of a migration history table).
bool judged_by_ledger(const std::vector<MigrationStatus>& statuses);

}  // namespace pgdrift
