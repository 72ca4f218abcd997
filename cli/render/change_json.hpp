#pragma once

#include <nlohmann/json.hpp>

#include "analyzer/diff/change.hpp"
#include "analyzer/migrations/attribution.hpp"
#include "analyzer/pipeline/schema_comparison.hpp"

namespace pgdrift {

// The JSON of changes that `diff` and `report` share (docs/json-output.md).
// {"kind","id","change"}
nlohmann::ordered_json change_reference(const Change& change);
// ... with "details"
nlohmann::ordered_json change_with_details(const Change& change);
nlohmann::ordered_json changes_with_details(const DiffResult& result);
// An item of "changes": with its details, possible counterpart, impact score, and with an
// attribution the migrations that make it.
nlohmann::ordered_json listed_change(const Change& change, const MigrationAttribution* attribution);
// "migrations", "unexplained", "uncertain" and "after_missing_migrations", added to `json`.
void add_migrations_json(nlohmann::ordered_json& json, const std::string& directory,
                         const std::string& old_input, const std::string& new_input,
                         const MigrationAttribution& attribution);
// "drift", "drift_expected" and "dry_run" of a comparison with --migrations, added to `json`.
void add_history_json(nlohmann::ordered_json& json, const HistoryCheck& history);

}  // namespace pgdrift
