#include <fmt/format.h>

#include <map>

#include "cli/render/migration_status_report.hpp"

namespace pgdrift {
namespace {

std::string recorded_text(const MigrationStatus& status) {
  if (!status.recorded) return "";
  if (*status.recorded && status.state == MigrationState::missing) return "recorded, but its effects are absent";
  if (!*status.recorded && status.state == MigrationState::applied) return "applied but not recorded";
  return *status.recorded ? "recorded" : "not recorded";
}

std::string counts(const std::vector<MigrationStatus>& statuses) {
  std::map<std::string, int> by_state;
  for (const MigrationStatus& status : statuses) ++by_state[std::string(migration_state_name(status.state))];
  std::vector<std::string> parts;
  for (const char* state : {"applied", "partial", "missing", "superseded", "unknown"}) {
    if (by_state[state]) parts.push_back(fmt::format("{} {}", by_state[state], state));
  }
  return fmt::format("{}", fmt::join(parts, ", "));
}

}  // namespace

std::string render_migration_status_text(const std::vector<DumpMigrationStatus>& dumps) {
  std::string out;
  for (const DumpMigrationStatus& dump : dumps) {
    out += fmt::format("{}: {}\n", dump.input, counts(dump.migrations));
    for (const MigrationStatus& status : dump.migrations) {
      const MigrationFile& file = status.migration->file;
      std::string note = recorded_text(status);
      out += fmt::format("  {:<10} {} {}{}{}\n", migration_state_name(status.state), file.version, file.name,
                         note.empty() ? "" : "  (" + note + ")", status.migration->uncertain ? "  (uncertain: not every statement could be followed)" : "");
    }
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
      out += fmt::format(" {}{} |", migration_state_name(status.state), note.empty() ? "" : " (" + note + ")");
    }
    out += "\n";
  }
  out += "\n";
  for (const DumpMigrationStatus& dump : dumps) out += fmt::format("- `{}`: {}\n", dump.input, counts(dump.migrations));
  return out;
}

}  // namespace pgdrift
