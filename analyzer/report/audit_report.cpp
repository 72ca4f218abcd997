#include "analyzer/report/audit_report.hpp"

#include "analyzer/report/drift_resolution.hpp"
#include "analyzer/report/migrations_to_apply.hpp"
#include "analyzer/report/side_counts.hpp"
#include "analyzer/report/unknowns.hpp"

namespace pgdrift {
namespace {

void collect_hazards(RecommendedActions& actions) {
  auto add = [&](const DriftResolution& resolution, const char* action,
                 const std::vector<ResolutionStep>& steps) {
    for (const ResolutionStep& step : steps) {
      if (step.hazard.empty()) continue;
      actions.hazards.push_back(
          {resolution.side, resolution.change.kind, resolution.change.id, action, step.hazard});
    }
  };
  for (const DriftResolution& resolution : actions.drift) {
    add(resolution, "capture", resolution.capture);
    add(resolution, "revert", resolution.revert);
  }
}

RecommendedActions recommend(const SchemaComparison& comparison, const DiffOptions& options) {
  const MigrationFindings& findings = *comparison.migrations;
  const HistoryCheck& history = findings.history;
  RecommendedActions actions;
  actions.apply_in_order = migrations_to_apply(history.dry_run, findings.attribution.old_status);
  actions.drift = resolve_drift("old", history.old_drift, comparison.old_schema.catalog, options,
                                actions.plan_warnings);
  std::vector<DriftResolution> new_side = resolve_drift(
      "new", history.new_drift, comparison.new_schema.catalog, options, actions.plan_warnings);
  actions.drift.insert(actions.drift.end(), std::make_move_iterator(new_side.begin()),
                       std::make_move_iterator(new_side.end()));
  collect_hazards(actions);
  return actions;
}

}  // namespace

std::string_view migration_advice_name(MigrationAdvice advice) {
  switch (advice) {
    case MigrationAdvice::apply:
      return "apply";
    case MigrationAdvice::record_only:
      return "record_only";
    case MigrationAdvice::fix_then_apply:
      return "fix_then_apply";
  }
  return "apply";
}

std::string_view unknown_kind_name(UnknownKind kind) {
  switch (kind) {
    case UnknownKind::extension_version:
      return "extension_version";
    case UnknownKind::migration_effects:
      return "migration_effects";
    case UnknownKind::uncertain_change:
      return "uncertain_change";
    case UnknownKind::table_rows:
      return "table_rows";
  }
  return "extension_version";
}

AuditReport make_audit_report(
    const ComparisonInputs& inputs,
    const std::function<void(const LoadedSchema&, const LoadedSchema&)>& loaded) {
  AuditReport report;
  report.comparison =
      compare_schemas(inputs, [&](const LoadedSchema& old_schema, const LoadedSchema& new_schema) {
        report.errors = both_inputs(old_schema, new_schema);
        if (loaded) loaded(old_schema, new_schema);
      });
  const SchemaComparison& comparison = report.comparison;
  const MigrationFindings* findings = comparison.migrations ? &*comparison.migrations : nullptr;
  report.old_counts =
      count_side(comparison.old_schema, findings ? &findings->attribution.old_status : nullptr);
  report.new_counts =
      count_side(comparison.new_schema, findings ? &findings->attribution.new_status : nullptr);
  if (findings) {
    report.errors.insert(report.errors.end(), findings->diagnostics.begin(),
                         findings->diagnostics.end());
    report.actions = recommend(comparison, inputs.options);
  }
  report.unknowns = find_unknowns(comparison, inputs.options);
  return report;
}

}  // namespace pgdrift
