#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "cli/render/migration_status_report.hpp"

namespace pgdrift {
namespace {

std::string recorded_text(const MigrationStatus& status) {
  if (!status.recorded) return "";
  bool applied =
      status.state == MigrationState::applied || status.state == MigrationState::superseded;
  if (*status.recorded && status.state == MigrationState::missing)
    return "recorded, but its effects are absent";
  if (*status.recorded && status.state == MigrationState::partial)
    return "recorded, but some effects are absent";
  if (!*status.recorded && applied)
    return "not recorded: its effects were made outside the migration tool";
  if (!*status.recorded && status.state == MigrationState::partial)
    return "not recorded: some effects were made outside the migration tool";
  return *status.recorded ? "recorded" : "not recorded";
}

std::string state_counts(const std::vector<MigrationStatus>& statuses) {
  std::map<std::string, int> by_state;
  for (const MigrationStatus& status : statuses)
    ++by_state[std::string(migration_state_name(status.state))];
  std::vector<std::string> parts;
  for (const char* state : {"applied", "partial", "missing", "superseded", "unknown"}) {
    if (by_state[state]) parts.push_back(fmt::format("{} {}", by_state[state], state));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

// "the ledger records 1 of 18; by their effects: ..." when the dump has a history table.
std::string counts(const std::vector<MigrationStatus>& statuses) {
  if (statuses.empty() || !statuses.front().recorded) return state_counts(statuses);
  auto recorded = std::count_if(statuses.begin(), statuses.end(),
                                [](const MigrationStatus& s) { return *s.recorded; });
  return fmt::format("the ledger records {} of {}; by their effects: {}", recorded, statuses.size(),
                     state_counts(statuses));
}

}  // namespace

std::string render_migration_status_text(const std::vector<DumpMigrationStatus>& dumps) {
  std::string out;
  for (const DumpMigrationStatus& dump : dumps) {
    out += fmt::format("{}: {}\n", dump.input, counts(dump.migrations));
    for (const MigrationStatus& status : dump.migrations) {
      const MigrationFile& file = status.migration->file;
      std::string note = recorded_text(status);
      out += fmt::format("  {:<10} {} {}{}{}\n", migration_state_name(status.state), file.version,
                         file.name, note.empty() ? "" : "  (" + note + ")",
                         status.migration->uncertain
                             ? "  (uncertain: not every statement could be followed)"
                             : "");
    }
    if (dump.ledger) out += render_ledger_findings_text(*dump.ledger);
  }
  return out;
}

std::string render_migration_status_markdown(const std::vector<DumpMigrationStatus>& dumps) {
  if (dumps.empty()) return "";
  std::string out = "| Version | Name |";
  std::string rule = "|---|---|";
  for (const DumpMigrationStatus& dump : dumps) {
    out += fmt::format(" `{}` |", dump.input);
    rule += "---|";
  }
  out += "\n" + rule + "\n";
  for (std::size_t i = 0; i < dumps[0].migrations.size(); ++i) {
    const MigrationFile& file = dumps[0].migrations[i].migration->file;
    out += fmt::format("| {} | {} |", file.version, file.name);
    for (const DumpMigrationStatus& dump : dumps) {
      const MigrationStatus& status = dump.migrations[i];
      std::string note = recorded_text(status);
      out += fmt::format(" {}{} |", migration_state_name(status.state),
                         note.empty() ? "" : " (" + note + ")");
    }
    out += "\n";
  }
  out += "\n";
  for (const DumpMigrationStatus& dump : dumps)
    out += fmt::format("- `{}`: {}\n", dump.input, counts(dump.migrations));
  for (const DumpMigrationStatus& dump : dumps) {
    if (dump.ledger) out += render_ledger_findings_markdown(dump.input, *dump.ledger);
  }
  return out;
}

}  // namespace pgdrift
