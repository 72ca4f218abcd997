#include "cli/render/migration_status_report.hpp"

namespace pgdrift {

nlohmann::ordered_json ledger_findings_json(const LedgerFindings& findings) {
  auto number_or_null = [](int n) {
    return n ? nlohmann::ordered_json(n) : nlohmann::ordered_json(nullptr);
  };
  auto text_or_null = [](int n, const std::string& text) {
    return n ? nlohmann::ordered_json(text) : nlohmann::ordered_json(nullptr);
  };
  nlohmann::ordered_json json;
  json["edited_after_applied"] = nlohmann::ordered_json::array();
  for (const EditedMigration& edited : findings.edited) {
    const MigrationFile& file = edited.migration->file;
    nlohmann::ordered_json item{
        {"version", file.version}, {"name", file.name}, {"file", file.path}};
    item["statements"] = nlohmann::ordered_json::array();
    for (const StatementDifference& d : edited.differences) {
      item["statements"].push_back({{"ledger_statement", number_or_null(d.recorded_number)},
                                    {"recorded", text_or_null(d.recorded_number, d.recorded)},
                                    {"file_statement", number_or_null(d.file_number)},
                                    {"file_line", number_or_null(d.file_line)},
                                    {"in_file", text_or_null(d.file_number, d.file)}});
    }
    json["edited_after_applied"].push_back(std::move(item));
  }
  json["recorded_without_file"] = nlohmann::ordered_json::array();
  for (const LedgerRow& row : findings.without_file)
    json["recorded_without_file"].push_back({{"version", row.version}, {"name", row.name}});
  json["recorded_more_than_once"] = nlohmann::ordered_json::array();
  for (const RepeatedVersion& repeated : findings.repeated) {
    json["recorded_more_than_once"].push_back(
        {{"version", repeated.version}, {"name", repeated.name}, {"times", repeated.times}});
  }
  return json;
}

nlohmann::ordered_json migration_status_json(const std::string& directory,
                                             const std::vector<DumpMigrationStatus>& dumps) {
  nlohmann::ordered_json json{{"format_version", 1}, {"directory", directory}};
  json["dumps"] = nlohmann::ordered_json::array();
  for (const DumpMigrationStatus& dump : dumps) {
    nlohmann::ordered_json entry{{"input", dump.input}};
    entry["migrations"] = nlohmann::ordered_json::array();
    for (const MigrationStatus& status : dump.migrations) {
      const MigrationFile& file = status.migration->file;
      nlohmann::ordered_json item{{"version", file.version},
                                  {"name", file.name},
                                  {"file", file.path},
                                  {"status", std::string(migration_state_name(status.state))}};
      item["recorded"] = status.recorded ? nlohmann::ordered_json(*status.recorded)
                                         : nlohmann::ordered_json(nullptr);
      item["uncertain"] = status.migration->uncertain;
      item["evidence"] = status.evidence;
      entry["migrations"].push_back(std::move(item));
    }
    entry["ledger"] =
        dump.ledger ? ledger_findings_json(*dump.ledger) : nlohmann::ordered_json(nullptr);
    json["dumps"].push_back(std::move(entry));
  }
  return json;
}

}  // namespace pgdrift
