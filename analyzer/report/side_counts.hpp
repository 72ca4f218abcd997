#pragma once

#include <vector>

#include "analyzer/migrations/migration_status.hpp"
#include "analyzer/pipeline/load_schema.hpp"
#include "analyzer/report/audit_report.hpp"

namespace pgdrift {

// Exact counts of one side: its objects per kind as `inspect` counts them, the rows of its
// history table when it carries them, and with a migration directory the migrations whose
// effects it shows (`statuses`; nullptr without one).
SideCounts count_side(const LoadedSchema& side, const std::vector<MigrationStatus>* statuses);

}  // namespace pgdrift
