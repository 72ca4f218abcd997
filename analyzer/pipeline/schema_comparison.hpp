#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "analyzer/diff/change.hpp"
#include "analyzer/diff/diff_options.hpp"
#include "analyzer/impact/change_impact.hpp"
#include "analyzer/migrations/attribution.hpp"
#include "analyzer/migrations/dry_run.hpp"
#include "analyzer/migrations/side_drift.hpp"
#include "analyzer/pipeline/load_schema.hpp"
#include "analyzer/pipeline/migration_project.hpp"

namespace pgdrift {

// What `diff` and `report` compare: two inputs, and optionally the migration directory that
// should explain them, with the rows of each side's history table kept apart.
struct ComparisonInputs {
  std::string old_input;
  std::string new_input;
  std::string old_ledger;
  std::string new_ledger;
  std::string migrations;  // empty: no migration directory
  MigrationStartOptions start;
  DiffOptions options;
  std::string git_base;  // with it, old_input is one path, compared with itself at this revision
};

// Each side against its own migration history, and OLD's missing migrations tried on OLD.
struct HistoryCheck {
  SideDrift old_drift;
  SideDrift new_drift;
  DryRun dry_run;
};

// What the migration directory says about the comparison.
struct MigrationFindings {
  std::string directory;
  Diagnostics diagnostics;  // of reading the directory and its start
  std::shared_ptr<const ReplayedProject> project;
  MigrationAttribution attribution;  // its statuses point into project->replay
  HistoryCheck history;
};

struct SchemaComparison {
  LoadedSchema old_schema;
  LoadedSchema new_schema;
  DiffResult result;  // OLD -> NEW; the attribution points into its changes
  std::vector<ImpactEntry> impact;  // what on either side uses each difference
  std::optional<MigrationFindings> migrations;
};

// Loads both sides (and their ledgers), diffs them, finds what uses each difference, and with a migration directory replays
// it, attributes each change, finds each side's drift and dry-runs OLD's missing migrations.
// `loaded` runs once both inputs are read, before the rest (for their diagnostics).
SchemaComparison compare_schemas(
    const ComparisonInputs& inputs,
    const std::function<void(const LoadedSchema&, const LoadedSchema&)>& loaded = {});

// The drift of each side and the dry run, from an attribution's statuses.
HistoryCheck check_history(const ReplayedProject& project, const MigrationAttribution& attribution,
                           const Catalog& old_catalog, const Catalog& new_catalog,
                           const DiffOptions& options);

}  // namespace pgdrift
