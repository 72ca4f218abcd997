#include <nlohmann/json.hpp>

#include "cli/render/diagnostics_json.hpp"
#include "cli/render/inspect_report.hpp"

namespace pgdrift {

std::string render_inspect_json(const InspectReport& report, bool list) {
  nlohmann::ordered_json json;
  json["format_version"] = 1;
  json["input"] = report.input;
  json["statements"] = report.statement_count;
  json["counts"] = nlohmann::ordered_json::object();
  for (const auto& [kind, count] : report.counts) json["counts"][kind] = count;
  if (list) {
    auto objects = nlohmann::ordered_json::array();
    for (const ListedObject& object : report.objects)
      objects.push_back({{"kind", object.kind}, {"id", object.id}});
    json["objects"] = std::move(objects);
  }
  json["warnings"] = diagnostics_json(report.diagnostics, Severity::warning);
  json["errors"] = diagnostics_json(report.diagnostics, Severity::error);
  return json.dump(2) + "\n";
}

}  // namespace pgdrift
