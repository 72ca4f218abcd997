#include <nlohmann/json.hpp>

#include "cli/render/diff_report.hpp"

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
    Json item{{"kind", change.kind}, {"id", change.id}, {"change", std::string(change_type_name(change.type))}};
    item["details"] = Json::array();
    for (const ChangeDetail& detail : change.details) item["details"].push_back(detail_json(detail));
    if (change.counterpart) {
      item[change.type == ChangeType::removed ? "possibly_replaced_by" : "possibly_replaces"] = *change.counterpart;
    }
    item["impact"] = change.impact;
    json["changes"].push_back(std::move(item));
  }
  return json.dump(2) + "\n";
}

}  // namespace pgdrift
