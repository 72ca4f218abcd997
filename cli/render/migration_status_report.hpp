#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analyzer/migrations/ledger_findings.hpp"
#include "analyzer/migrations/migration_status.hpp"
#include "nlohmann/json.hpp"

namespace pgdrift {

struct DumpMigrationStatus {
  std::string input;
  std::vector<MigrationStatus> migrations;
  std::optional<LedgerFindings> ledger;  // when the dump carries its history table's rows
};

// `pgdrift migrations status` in each format; the JSON form is also part of `diff --migrations`.
nlohmann::ordered_json migration_status_json(const std::string& directory, const std::vector<DumpMigrationStatus>& dumps);
std::string render_migration_status_text(const std::vector<DumpMigrationStatus>& dumps);
std::string render_migration_status_markdown(const std::vector<DumpMigrationStatus>& dumps);

// What a dump's history table says that the migration files contradict (edited migrations,
// recorded versions without a file, versions recorded twice), as lines under the dump.
std::string render_ledger_findings_text(const LedgerFindings& findings);
std::string render_ledger_findings_markdown(const std::string& input, const LedgerFindings& findings);
nlohmann::ordered_json ledger_findings_json(const LedgerFindings& findings);

}  // namespace pgdrift
