#include "cli/render/migration_status_report.hpp"

namespace pgdrift {

nlohmann::ordered_json migration_status_json(const std::string& directory, const std::vector<DumpMigrationStatus>& dumps) {
  nlohmann::ordered_json json{{"format_version", 1}, {"directory", directory}};
  json["dumps"] = nlohmann::ordered_json::array();
  for (const DumpMigrationStatus& dump : dumps) {
    nlohmann::ordered_json entry{{"input", dump.input}};
    entry["migrations"] = nlohmann::ordered_json::array();
    for (const MigrationStatus& status : dump.migrations) {
      const MigrationFile& file = status.migration->file;
      nlohmann::ordered_json item{{"version", file.version}, {"name", file.name}, {"file", file.path},
                                  {"status", std::string(migration_state_name(status.state))}};
      item["recorded"] = status.recorded ? nlohmann::ordered_json(*status.recorded) : nlohmann::ordered_json(nullptr);
      item["uncertain"] = status.migration->uncertain;
      item["evidence"] = status.evidence;
      entry["migrations"].push_back(std::move(item));
    }
    json["dumps"].push_back(std::move(entry));
  }
  return json;
}

}  // namespace pgdrift
