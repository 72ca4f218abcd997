#include "analyzer/report/side_counts.hpp"

#include <algorithm>

#include "analyzer/listing/object_listing.hpp"
#include "analyzer/migrations/ledger.hpp"

namespace pgdrift {

SideCounts count_side(const LoadedSchema& side, const std::vector<MigrationStatus>* statuses) {
  SideCounts counts;
  counts.input = side.input;
  counts.statements = side.statement_count;
  counts.objects = count_objects(side.catalog);
  if (auto recorded = recorded_migrations(side.catalog))
    counts.migrations_recorded = static_cast<int>(recorded->size());
  if (statuses) {
    counts.migrations_applied = static_cast<int>(std::count_if(
        statuses->begin(), statuses->end(),
        [](const MigrationStatus& status) { return status.state == MigrationState::applied; }));
  }
  return counts;
}

}  // namespace pgdrift
