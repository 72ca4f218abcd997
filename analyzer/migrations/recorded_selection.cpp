#include "analyzer/migrations/recorded_selection.hpp"

#include <algorithm>

namespace pgdrift {
namespace {

bool side_has(const MigrationStatus& status, bool by_ledger) {
  return by_ledger ? status.recorded.value_or(false) : status.state != MigrationState::missing;
}

std::vector<const ReplayedMigration*> select(const std::vector<MigrationStatus>& statuses,
                                             bool has) {
  bool by_ledger = judged_by_ledger(statuses);
  std::vector<const ReplayedMigration*> chosen;
  for (const MigrationStatus& status : statuses) {
    if (side_has(status, by_ledger) == has) chosen.push_back(status.migration);
  }
  return chosen;
}

}  // namespace

bool judged_by_ledger(const std::vector<MigrationStatus>& statuses) {
  return std::any_of(statuses.begin(), statuses.end(),
                     [](const MigrationStatus& s) { return s.recorded.has_value(); });
}

std::vector<const ReplayedMigration*> migrations_the_side_has(
    const std::vector<MigrationStatus>& statuses) {
  return select(statuses, true);
}

std::vector<const ReplayedMigration*> migrations_the_side_lacks(
    const std::vector<MigrationStatus>& statuses) {
  return select(statuses, false);
}

}  // namespace pgdrift
