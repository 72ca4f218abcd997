#include "analyzer/report/unknowns.hpp"

#include <algorithm>
#include <set>

#include "analyzer/diff/differ.hpp"

namespace pgdrift {
namespace {

bool unstated_version(const Catalog& catalog, const std::string& name) {
  auto found = catalog.extensions.find(name);
  return found != catalog.extensions.end() && !found->second.builtin &&
         found->second.version.empty();
}

void extension_versions(const SchemaComparison& comparison, std::vector<Unknown>& unknowns) {
  const Catalog& old_catalog = comparison.old_schema.catalog;
  const Catalog& new_catalog = comparison.new_schema.catalog;
  std::set<std::string> names;
  for (const auto& [name, extension] : old_catalog.extensions) names.insert(name);
  for (const auto& [name, extension] : new_catalog.extensions) names.insert(name);
  for (const std::string& name : names) {
    bool on_old = unstated_version(old_catalog, name);
    bool on_new = unstated_version(new_catalog, name);
    if (!on_old && !on_new) continue;
    bool on_both = on_old && on_new;
    unknowns.push_back({UnknownKind::extension_version,
                        on_both  ? ""
                        : on_old ? "old"
                                 : "new",
                        name, ""});
  }
}

void unseen_migration_effects(const MigrationFindings& findings, std::vector<Unknown>& unknowns) {
  for (const MigrationStatus& status : findings.attribution.old_status) {
    if (status.state == MigrationState::unknown)
      unknowns.push_back({UnknownKind::migration_effects, "", status.migration->file.version, ""});
  }
  for (const Change* change : findings.attribution.uncertain)
    unknowns.push_back({UnknownKind::uncertain_change, "", change->id, change->kind});
}

// A rule existing rows must satisfy: a constraint added or changed, a column made NOT NULL
// or given another type, an enum's values changed.
bool binds_existing_rows(const Change& change) {
  if (change.kind == "constraint") return change.type != ChangeType::removed;
  if (change.type != ChangeType::changed) return false;
  return std::any_of(change.details.begin(), change.details.end(), [&](const ChangeDetail& detail) {
    if (change.kind == "column") return detail.aspect == "not_null" || detail.aspect == "type";
    if (change.kind == "domain") return detail.aspect == "not_null" || detail.aspect == "check";
    return change.kind == "enum" && detail.aspect == "labels";
  });
}

void rules_on_rows(const SchemaComparison& comparison, const DiffOptions& options,
                   std::vector<Unknown>& unknowns) {
  const DryRun& run = comparison.migrations->history.dry_run;
  if (run.migrations.empty()) return;
  for (const Change& change :
       diff_catalogs(comparison.old_schema.catalog, run.result, options).changes) {
    if (binds_existing_rows(change))
      unknowns.push_back({UnknownKind::table_rows, "old", change.id, change.kind});
  }
}

}  // namespace

std::vector<Unknown> find_unknowns(const SchemaComparison& comparison, const DiffOptions& options) {
  std::vector<Unknown> unknowns;
  extension_versions(comparison, unknowns);
  if (comparison.migrations) {
    unseen_migration_effects(*comparison.migrations, unknowns);
    rules_on_rows(comparison, options, unknowns);
  }
  return unknowns;
}

}  // namespace pgdrift
