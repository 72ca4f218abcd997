#include "analyzer/report/migrations_to_apply.hpp"

#include <algorithm>

namespace pgdrift {
namespace {

MigrationAdvice advice_for(MigrationState state, int failures) {
  if (failures == 0) return MigrationAdvice::apply;
  return state == MigrationState::applied ? MigrationAdvice::record_only
                                          : MigrationAdvice::fix_then_apply;
}

}  // namespace

std::vector<MigrationToApply> migrations_to_apply(const DryRun& run,
                                                  const std::vector<MigrationStatus>& old_status) {
  std::vector<MigrationToApply> list;
  for (const std::string& version : run.migrations) {
    MigrationToApply& item = list.emplace_back();
    item.version = version;
    auto status =
        std::find_if(old_status.begin(), old_status.end(), [&](const MigrationStatus& candidate) {
          return candidate.migration->file.version == version;
        });
    if (status != old_status.end()) {
      item.name = status->migration->file.name;
      item.file = status->migration->file.path;
      item.state_on_old = status->state;
    }
    item.failures = static_cast<int>(
        std::count_if(run.failures.begin(), run.failures.end(),
                      [&](const DryRunFailure& failure) { return failure.version == version; }));
    item.advice = advice_for(item.state_on_old, item.failures);
  }
  return list;
}

}  // namespace pgdrift
