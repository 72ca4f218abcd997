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

}  // namespace pgdrift
