#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analyzer/migrations/applied_statements.hpp"
#include "analyzer/migrations/ledger.hpp"
#include "analyzer/migrations/replay.hpp"

namespace pgdrift {

// A migration whose file no longer holds the statements its history row recorded.
struct EditedMigration {
  const ReplayedMigration* migration = nullptr;
  std::vector<StatementDifference> differences;
};

struct RepeatedVersion {
  std::string version;
  std::string name;
  int times = 0;
};

// What a dump's migration history table says that its migration files contradict.
struct LedgerFindings {
  std::vector<EditedMigration> edited;    // edited after it was applied
  std::vector<LedgerRow> without_file;    // recorded versions no migration file has
  std::vector<RepeatedVersion> repeated;  // versions recorded more than once
  bool empty() const { return edited.empty() && without_file.empty() && repeated.empty(); }
};

// Nothing when the dump carries no rows of a history table. A version recorded more than
// once is compared through its last row that recorded statements.
std::optional<LedgerFindings> ledger_findings(const Replay& replay, const Catalog& dump);

}  // namespace pgdrift
