#include <nlohmann/json.hpp>

#include "cli/render/diagnostics_json.hpp"
#include "cli/render/diff_report.hpp"
#include "cli/render/impact_report.hpp"
#include "cli/render/migration_status_report.hpp"

namespace pgdrift {
namespace {

using Json = nlohmann::ordered_json;

Json input_json(const DiffInputSummary& input) {
  return {{"input", input.input}, {"statements", input.statements}, {"warnings", input.warnings}, {"errors", input.errors}};
}

Json detail_json(const ChangeDetail& detail) {
  Json json{{"aspect", detail.aspect}};
  if (detail.old_value) json["old"] = *detail.old_value;
  if (detail.new_value) json["new"] = *detail.new_value;
  if (!detail.only_old.empty() || !detail.only_new.empty()) {
    json["only_old"] = detail.only_old;
    json["only_new"] = detail.only_new;
  }
  if (!detail.added.empty() || !detail.removed.empty() || !detail.changed.empty()) {
    json["added"] = detail.added;
    json["removed"] = detail.removed;
    json["changed"] = detail.changed;
  }
  if (!detail.unified_diff.empty()) json["diff"] = detail.unified_diff;
  return json;
}

Json change_reference(const Change& change) {
  return {{"kind", change.kind}, {"id", change.id}, {"change", std::string(change_type_name(change.type))}};
}

void add_migrations(Json& json, const DiffReport& report) {
  const MigrationAttribution& attribution = *report.attribution;
  json["migrations"] = migration_status_json(report.migrations_directory,
                                             {{report.old_input.input, attribution.old_status, attribution.old_ledger},
                                              {report.new_input.input, attribution.new_status, attribution.new_ledger}});
  json["unexplained"] = Json::array();
  for (const Change* change : attribution.unexplained) json["unexplained"].push_back(change_reference(*change));
  json["uncertain"] = Json::array();
  for (const Change* change : attribution.uncertain) {
    Json item = change_reference(*change);
    item["possibly_migrations"] = attribution.possible_versions_by_change.at(change_key(*change));
    json["uncertain"].push_back(std::move(item));
  }
  Json after{{"migrations", attribution.missing_in_old}, {"identical", attribution.after_missing.identical()}};
  after["changes"] = Json::array();
  for (const Change& change : attribution.after_missing.changes) after["changes"].push_back(change_reference(change));
  json["after_missing_migrations"] = std::move(after);
}

// A change with its details, as drift and what the dry run leaves are listed.
Json change_with_details(const Change& change) {
  Json item = change_reference(change);
  item["details"] = Json::array();
  for (const ChangeDetail& detail : change.details) item["details"].push_back(detail_json(detail));
  return item;
}

Json changes_with_details(const DiffResult& result) {
  Json list = Json::array();
  for (const Change& change : result.changes) list.push_back(change_with_details(change));
  return list;
}

Json drift_basis(const SideDrift& drift) {
  return {{"judged_by", drift.from_ledger ? "ledger" : "effects"},
          {"migrations", drift.expected_migrations}};
}

void add_history(Json& json, const HistoryCheck& history) {
  json["drift"] = {{"old", changes_with_details(history.old_drift.changes)},
                   {"new", changes_with_details(history.new_drift.changes)}};
  json["drift_expected"] = {{"old", drift_basis(history.old_drift)},
                            {"new", drift_basis(history.new_drift)}};
  const DryRun& run = history.dry_run;
  Json dry{{"side", run.side}, {"migrations", run.migrations}};
  dry["failures"] = Json::array();
  for (const DryRunFailure& failure : run.failures) {
    dry["failures"].push_back({{"version", failure.version},
                               {"file", failure.where.file.str()},
                               {"line", failure.where.line},
                               {"column", failure.where.column},
                               {"message", failure.message}});
  }
  dry["remaining"] = changes_with_details(run.remaining);
  json["dry_run"] = std::move(dry);
}

}  // namespace

std::string render_diff_json(const DiffReport& report) {
  Json json;
  json["format_version"] = 1;
  json["old"] = input_json(report.old_input);
  json["new"] = input_json(report.new_input);
  json["identical"] = report.result.identical();
  json["summary"] = Json::array();
  for (const KindSummary& row : report.result.summary) {
    json["summary"].push_back({{"kind", row.kind}, {"old", row.old_count}, {"new", row.new_count},
                               {"added", row.added}, {"removed", row.removed}, {"changed", row.changed}});
  }
  json["changes"] = Json::array();
  for (const Change& change : report.result.changes) {
    Json item = change_with_details(change);
    if (change.counterpart) {
      item[change.type == ChangeType::removed ? "possibly_replaced_by" : "possibly_replaces"] = *change.counterpart;
    }
    item["impact"] = change.impact;
    if (report.attribution) {
      auto found = report.attribution->versions_by_change.find(change_key(change));
      item["migrations"] = found == report.attribution->versions_by_change.end() ? std::vector<std::string>{} : found->second;
    }
    json["changes"].push_back(std::move(item));
  }
  json["impact"] = impact_json(report.impact);
  if (report.attribution) add_migrations(json, report);
  if (report.history) add_history(json, *report.history);
  json["errors"] = diagnostics_json(report.errors, Severity::error);
  return json.dump(2) + "\n";
}

}  // namespace pgdrift
