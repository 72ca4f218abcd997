#pragma once

#include <memory>
#include <optional>
#include <string>

#include "analyzer/diff/change.hpp"
#include "analyzer/impact/change_impact.hpp"
#include "analyzer/migrations/attribution.hpp"
#include "analyzer/pipeline/schema_comparison.hpp"
#include "parser/diagnostic.hpp"

namespace pgdrift {

struct DiffInputSummary {
  std::string input;
  int statements = 0;
  int warnings = 0;
  int errors = 0;
};

// An input as a diff report names it: its name, its statements, its warnings and errors.
DiffInputSummary summary_of(const LoadedSchema& schema);

// Everything a diff renderer prints: the two inputs and the one change list.
struct DiffReport {
  DiffInputSummary old_input;
  DiffInputSummary new_input;
  DiffResult result;
  Diagnostics errors;  // of both inputs (and the migrations read), each with its place
  std::string migrations_directory;                  // with --migrations
  std::shared_ptr<const Replay> replay;              // what the attribution's statuses point into
  std::optional<MigrationAttribution> attribution;   // with --migrations
  std::optional<HistoryCheck> history;  // with --migrations: each side's drift, the dry run
  std::vector<ImpactEntry> impact;      // what uses each difference
};

std::string render_diff_text(const DiffReport& report, bool color);
std::string render_diff_markdown(const DiffReport& report);
std::string render_diff_json(const DiffReport& report);

}  // namespace pgdrift
