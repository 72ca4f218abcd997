#include "analyzer/migrations/ledger_findings.hpp"

#include <map>

namespace pgdrift {

std::optional<LedgerFindings> ledger_findings(const Replay& replay, const Catalog& dump) {
  std::optional<std::vector<LedgerRow>> rows = ledger_rows(dump);
  if (!rows) return std::nullopt;
  LedgerFindings findings;
  std::map<std::string, const ReplayedMigration*> by_version;
  for (const ReplayedMigration& migration : replay.migrations)
    by_version[migration.file.version] = &migration;

  std::map<std::string, const LedgerRow*> last_with_statements;
  std::map<std::string, int> times;
  for (const LedgerRow& row : *rows) {
    if (++times[row.version] == 2) findings.repeated.push_back({row.version, row.name, 0});
    if (row.statements) last_with_statements[row.version] = &row;
    if (!by_version.contains(row.version) && times[row.version] == 1)
      findings.without_file.push_back(row);
  }
  for (RepeatedVersion& repeated : findings.repeated) repeated.times = times[repeated.version];

  for (const ReplayedMigration& migration : replay.migrations) {
    auto row = last_with_statements.find(migration.file.version);
    if (row == last_with_statements.end() || !migration.script) continue;
    std::vector<StatementDifference> differences =
        compare_applied_statements(*row->second->statements, *migration.script);
    if (!differences.empty()) findings.edited.push_back({&migration, std::move(differences)});
  }
  return findings;
}

}  // namespace pgdrift
