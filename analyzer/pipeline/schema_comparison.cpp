#include "analyzer/pipeline/schema_comparison.hpp"

#include <tuple>

#include "analyzer/diff/differ.hpp"
#include "analyzer/migrations/recorded_selection.hpp"
#include "analyzer/pipeline/revision_base.hpp"

namespace pgdrift {

HistoryCheck check_history(const ReplayedProject& project, const MigrationAttribution& attribution,
                           const Catalog& old_catalog, const Catalog& new_catalog,
                           const DiffOptions& options) {
  const Replay& replay = project.replay;
  DriftStart start{project.start, project.session, !project.platform.empty()};
  return {side_drift(replay, start, old_catalog, attribution.old_status, options),
          side_drift(replay, start, new_catalog, attribution.new_status, options),
          dry_run("old", migrations_the_side_lacks(attribution.old_status), old_catalog,
                  project.session, new_catalog, options)};
}

SchemaComparison compare_schemas(
    const ComparisonInputs& inputs,
    const std::function<void(const LoadedSchema&, const LoadedSchema&)>& loaded) {
  SchemaComparison comparison;
  std::tie(comparison.old_schema, comparison.new_schema) =
      inputs.git_base.empty() ? load_schemas(inputs.old_input, inputs.new_input)
                              : load_against_revision(inputs.git_base, inputs.old_input);
  if (!inputs.old_ledger.empty()) read_ledger_into(comparison.old_schema, inputs.old_ledger);
  if (!inputs.new_ledger.empty()) read_ledger_into(comparison.new_schema, inputs.new_ledger);
  if (loaded) loaded(comparison.old_schema, comparison.new_schema);
  const Catalog& old_catalog = comparison.old_schema.catalog;
  const Catalog& new_catalog = comparison.new_schema.catalog;
  comparison.result = diff_catalogs(old_catalog, new_catalog, inputs.options);
  comparison.impact = impact_of_changes(comparison.result, old_catalog, new_catalog);
  if (inputs.migrations.empty()) return comparison;
  auto project = std::make_shared<ReplayedProject>(replay_project(inputs.migrations, inputs.start));
  MigrationFindings& findings = comparison.migrations.emplace();
  findings.directory = inputs.migrations;
  findings.diagnostics = project->diagnostics;
  findings.attribution = attribute_changes(comparison.result, project->replay, old_catalog,
                                           new_catalog, project->files, inputs.options);
  findings.history =
      check_history(*project, findings.attribution, old_catalog, new_catalog, inputs.options);
  findings.project = std::move(project);
  return comparison;
}

}  // namespace pgdrift
