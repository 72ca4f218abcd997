#include "cli/render/diagnostics_json.hpp"

namespace pgdrift {

nlohmann::ordered_json diagnostics_json(const Diagnostics& diagnostics, Severity severity) {
  auto list = nlohmann::ordered_json::array();
  for (const Diagnostic& d : diagnostics) {
    if (d.severity != severity) continue;
    list.push_back({{"file", d.where.file.str()},
                    {"line", d.where.line},
                    {"column", d.where.column},
                    {"message", d.message}});
  }
  return list;
}

std::string render_refusal_json(const Diagnostics& errors) {
  nlohmann::ordered_json json;
  json["format_version"] = 1;
  json["errors"] = diagnostics_json(errors, Severity::error);
  return json.dump(2) + "\n";
}

}  // namespace pgdrift
