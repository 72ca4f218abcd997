#pragma once

#include <vector>

#include "analyzer/pipeline/schema_comparison.hpp"
#include "analyzer/report/audit_report.hpp"

namespace pgdrift {

// What the comparison could not judge because schema-only dumps do not hold it: extension
// versions no statement names, migrations whose effects replay cannot see, differences a DO
// block may make, and the rules the dry run adds that existing rows must satisfy.
std::vector<Unknown> find_unknowns(const SchemaComparison& comparison, const DiffOptions& options);

}  // namespace pgdrift
