#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/diff/change.hpp"
#include "analyzer/diff/diff_options.hpp"
#include "analyzer/migrations/ledger_findings.hpp"
#include "analyzer/migrations/migration_status.hpp"

namespace pgdrift {

// What the migrations say about a diff OLD -> NEW.
struct MigrationAttribution {
  std::map<std::string, std::vector<std::string>> versions_by_change;  // "kind id" -> versions
  std::vector<const Change*> unexplained;  // changes no migration touches: drift nobody wrote down
  // Changes that only statements replay cannot follow (DO blocks) may explain: neither
  // attributed nor counted as drift. "kind id" -> versions, and the changes in diff order.
  std::map<std::string, std::vector<std::string>> possible_versions_by_change;
  std::vector<const Change*> uncertain;
  std::vector<MigrationStatus> old_status;
  std::vector<MigrationStatus> new_status;
  std::optional<LedgerFindings> old_ledger;
  std::optional<LedgerFindings> new_ledger;
  std::vector<std::string> missing_in_old;  // versions with none of their effects in OLD
  DiffResult after_missing;                 // OLD + those migrations, compared with NEW
};

MigrationAttribution attribute_changes(const DiffResult& diff, const Replay& replay, const Catalog& old_catalog,
                                       const Catalog& new_catalog, const std::vector<MigrationFile>& files,
                                       const DiffOptions& options);

std::string change_key(const Change& change);

}  // namespace pgdrift
