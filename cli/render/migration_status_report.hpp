#pragma once

#include <string>
#include <vector>

#include "analyzer/migrations/migration_status.hpp"
#include "nlohmann/json.hpp"

namespace pgdrift {

struct DumpMigrationStatus {
  std::string input;
  std::vector<MigrationStatus> migrations;
};

// `pgdrift migrations status` in each format; the JSON form is also part of `diff --migrations`.
nlohmann::ordered_json migration_status_json(const std::string& directory, const std::vector<DumpMigrationStatus>& dumps);
std::string render_migration_status_text(const std::vector<DumpMigrationStatus>& dumps);
std::string render_migration_status_markdown(const std::vector<DumpMigrationStatus>& dumps);

}  // namespace pgdrift
