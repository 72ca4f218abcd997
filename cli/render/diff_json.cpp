#include <nlohmann/json.hpp>

#include "cli/render/change_json.hpp"
#include "cli/render/diagnostics_json.hpp"
#include "cli/render/diff_report.hpp"
#include "cli/render/impact_report.hpp"

namespace pgdrift {
namespace {

using Json = nlohmann::ordered_json;

Json input_json(const DiffInputSummary& input) {
  return {{"input", input.input},
          {"statements", input.statements},
          {"warnings", input.warnings},
          {"errors", input.errors}};
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
    json["summary"].push_back({{"kind", row.kind},
                               {"old", row.old_count},
                               {"new", row.new_count},
                               {"added", row.added},
                               {"removed", row.removed},
                               {"changed", row.changed}});
  }
  json["changes"] = Json::array();
  for (const Change& change : report.result.changes)
    json["changes"].push_back(
        listed_change(change, report.attribution ? &*report.attribution : nullptr));
  json["impact"] = impact_json(report.impact);
  if (report.attribution)
    add_migrations_json(json, report.migrations_directory, report.old_input.input,
                        report.new_input.input, *report.attribution);
  if (report.history) add_history_json(json, *report.history);
  json["errors"] = diagnostics_json(report.errors, Severity::error);
  return json.dump(2) + "\n";
}

}  // namespace pgdrift
