#include "cli/render/diff_report.hpp"

namespace pgdrift {

DiffInputSummary summary_of(const LoadedSchema& schema) {
  DiffInputSummary summary{schema.input, schema.statement_count, 0, 0};
  for (const Diagnostic& d : schema.diagnostics) {
    if (d.severity == Severity::error) ++summary.errors;
    if (d.severity == Severity::warning) ++summary.warnings;
  }
  return summary;
}

}  // namespace pgdrift
