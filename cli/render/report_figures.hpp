#pragma once

#include <string>
#include <vector>

#include "analyzer/report/audit_report.hpp"
#include "cli/render/report_strings.hpp"

namespace pgdrift {

// What every human-readable report format computes the same way from the report's data.

// The kinds the summary table shows: the ten always, then any other kind a side has.
std::vector<std::string> summary_kinds(const AuditReport& report);
int count_of(const SideCounts& side, const std::string& kind);
// How many uses of a difference fail against the other side.
std::size_t breaking_uses(const SchemaComparison& comparison);
// The migrations that make a change, in words ("unexplained" when none does).
std::string migrations_of(const AuditReport& report, const Change& change,
                          const ReportStrings& strings);
// The SQL of a resolution's steps, one a line, each hazard as an SQL comment above its step.
std::string steps_sql(const std::vector<ResolutionStep>& steps, const ReportStrings& strings);

// Runs a renderer's sections in the report's order; those that need --migrations only with it.
template <typename Renderer>
void render_sections(const AuditReport& report, Renderer& renderer) {
  renderer.inputs();
  renderer.errors();
  renderer.summary();
  renderer.differences();
  if (report.comparison.migrations) {
    renderer.migrations();
    renderer.drift();
    renderer.dry_run();
  }
  renderer.impact();
  if (report.actions) renderer.actions();
  renderer.unknowns();
}

}  // namespace pgdrift
