#include "cli/render/change_json.hpp"

#include "cli/render/migration_status_report.hpp"

namespace pgdrift {
namespace {

using Json = nlohmann::ordered_json;

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

Json drift_basis(const SideDrift& drift) {
  return {{"judged_by", drift.from_ledger ? "ledger" : "effects"},
          {"migrations", drift.expected_migrations}};
}

}  // namespace

Json change_reference(const Change& change) {
  return {{"kind", change.kind},
          {"id", change.id},
          {"change", std::string(change_type_name(change.type))}};
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

Json listed_change(const Change& change, const MigrationAttribution* attribution) {
  Json item = change_with_details(change);
  if (change.counterpart) {
    item[change.type == ChangeType::removed ? "possibly_replaced_by" : "possibly_replaces"] =
        *change.counterpart;
  }
  item["impact"] = change.impact;
  if (attribution) {
    auto found = attribution->versions_by_change.find(change_key(change));
    item["migrations"] =
        found == attribution->versions_by_change.end() ? std::vector<std::string>{} : found->second;
  }
  return item;
}

void add_history_json(Json& json, const HistoryCheck& history) {
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

void add_migrations_json(Json& json, const std::string& directory, const std::string& old_input,
                         const std::string& new_input, const MigrationAttribution& attribution) {
  json["migrations"] = migration_status_json(
      directory, {{old_input, attribution.old_status, attribution.old_ledger},
                  {new_input, attribution.new_status, attribution.new_ledger}});
  json["unexplained"] = Json::array();
  for (const Change* change : attribution.unexplained)
    json["unexplained"].push_back(change_reference(*change));
  json["uncertain"] = Json::array();
  for (const Change* change : attribution.uncertain) {
    Json item = change_reference(*change);
    item["possibly_migrations"] = attribution.possible_versions_by_change.at(change_key(*change));
    json["uncertain"].push_back(std::move(item));
  }
  Json after{{"migrations", attribution.missing_in_old},
             {"identical", attribution.after_missing.identical()}};
  after["changes"] = Json::array();
  for (const Change& change : attribution.after_missing.changes)
    after["changes"].push_back(change_reference(change));
  json["after_missing_migrations"] = std::move(after);
}

}  // namespace pgdrift
