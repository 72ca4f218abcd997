#pragma once

#include <string>
#include <vector>

#include "analyzer/diff/diff_options.hpp"
#include "analyzer/migrations/side_drift.hpp"
#include "analyzer/report/audit_report.hpp"

namespace pgdrift {

// For each item of a side's drift, the SQL of both ways out, written by the plan generator:
// a migration that makes the replayed history hold what the side has (expected -> side), and
// SQL that takes it back out of the side (side -> expected). Data-losing statements are
// written out (a reader decides) and marked. The plans' warnings go to `warnings`.
std::vector<DriftResolution> resolve_drift(const std::string& side_name, const SideDrift& drift,
                                           const Catalog& side, const DiffOptions& options,
                                           std::vector<std::string>& warnings);

}  // namespace pgdrift
