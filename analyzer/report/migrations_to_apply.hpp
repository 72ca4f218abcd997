#pragma once

#include <vector>

#include "analyzer/migrations/dry_run.hpp"
#include "analyzer/migrations/migration_status.hpp"
#include "analyzer/report/audit_report.hpp"

namespace pgdrift {

// The migrations OLD has not recorded, in the order the dry run applied them, each with what
// to do: apply it when every statement runs; record it without running it when its effects
// are already there (made by hand) and statements fail for it; else fix it, then apply it.
std::vector<MigrationToApply> migrations_to_apply(const DryRun& run,
                                                  const std::vector<MigrationStatus>& old_status);

}  // namespace pgdrift
