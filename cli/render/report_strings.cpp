#include "cli/render/report_strings.hpp"

#include <algorithm>

namespace pgdrift {

std::vector<std::pair<MigrationState, int>> migrations_per_state(
    const std::vector<MigrationStatus>& statuses) {
  std::vector<std::pair<MigrationState, int>> counts;
  for (MigrationState state :
       {MigrationState::applied, MigrationState::partial, MigrationState::missing,
        MigrationState::superseded, MigrationState::unknown}) {
    int n = static_cast<int>(
        std::count_if(statuses.begin(), statuses.end(),
                      [&](const MigrationStatus& status) { return status.state == state; }));
    if (n) counts.emplace_back(state, n);
  }
  return counts;
}

const ReportStrings& report_strings(std::string_view language) {
  return language == "fr" ? french_report_strings() : english_report_strings();
}

}  // namespace pgdrift
