#include "cli/render/report_figures.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace pgdrift {
namespace {

// The kinds the summary always shows, in the order.
const std::vector<std::string> kSummaryKinds{"schema", "extension", "table",  "column",
                                             "view",   "function",  "policy", "trigger",
                                             "index",  "constraint"};

}  // namespace

std::vector<std::string> summary_kinds(const AuditReport& report) {
  std::vector<std::string> kinds = kSummaryKinds;
  for (const auto& [kind, count] : report.old_counts.objects) {
    bool shown = std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
    if (!shown && (count || count_of(report.new_counts, kind))) kinds.push_back(kind);
  }
  for (const auto& [kind, count] : report.new_counts.objects) {
    if (count && !report.old_counts.objects.contains(kind)) kinds.push_back(kind);
  }
  return kinds;
}

int count_of(const SideCounts& side, const std::string& kind) {
  auto found = side.objects.find(kind);
  return found == side.objects.end() ? 0 : found->second;
}

std::size_t breaking_uses(const SchemaComparison& comparison) {
  std::size_t breaking = 0;
  for (const ImpactEntry& entry : comparison.impact) {
    breaking += std::count_if(entry.used_by.begin(), entry.used_by.end(),
                              [](const ImpactUse& use) { return use.breaks; });
  }
  return breaking;
}

std::string migrations_of(const AuditReport& report, const Change& change,
                          const ReportStrings& strings) {
  const MigrationAttribution& attribution = report.comparison.migrations->attribution;
  auto found = attribution.versions_by_change.find(change_key(change));
  if (found != attribution.versions_by_change.end())
    return fmt::format("{}", fmt::join(found->second, ", "));
  auto possible = attribution.possible_versions_by_change.find(change_key(change));
  if (possible == attribution.possible_versions_by_change.end()) return strings.unexplained();
  return strings.possibly_made_by(fmt::format("{}", fmt::join(possible->second, ", ")));
}

std::string steps_sql(const std::vector<ResolutionStep>& steps, const ReportStrings& strings) {
  std::string sql;
  for (const ResolutionStep& step : steps) {
    if (!step.hazard.empty()) sql += "-- " + strings.hazard(step.hazard) + "\n";
    if (step.data_loss && step.hazard.empty()) sql += "-- " + strings.data_loss() + "\n";
    sql += step.sql + "\n";
  }
  return sql;
}

}  // namespace pgdrift
