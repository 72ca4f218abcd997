#pragma once

#include <string>
#include <vector>

#include "analyzer/diff/change.hpp"
#include "analyzer/diff/diff_options.hpp"
#include "analyzer/migrations/migration_status.hpp"
#include "analyzer/migrations/replay.hpp"

namespace pgdrift {

// A statement PostgreSQL would refuse on that side, and why.
struct DryRunFailure {
  std::string version;
  SourceLocation where;
  std::string message;
};

// The migrations a side has not recorded, applied to its schema offline, in order, each
// statement as psql sends it without ON_ERROR_STOP: a statement PostgreSQL refuses changes
// nothing and the next one runs. What then still differs from the other side should be the
// drift, and nothing else.
struct DryRun {
  std::string side;                     // "old"
  std::vector<std::string> migrations;  // the versions applied, in order
  std::vector<DryRunFailure> failures;
  Catalog result;
  DiffResult remaining;  // result -> the other side
};

// `migrations`: those the side lacks (see recorded_selection.hpp), in order.
DryRun dry_run(std::string side_name, const std::vector<const ReplayedMigration*>& migrations,
               const Catalog& side, const ReplaySession& session, const Catalog& other_side,
               const DiffOptions& options);

}  // namespace pgdrift
