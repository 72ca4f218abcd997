#include <fmt/format.h>

#include <sstream>

#include "cli/render/migration_status_report.hpp"

namespace pgdrift {
namespace {

// "ledger statement 3 and file statement 4 (line 9) differ", "file statement 5 (line 14)
// only in the file", "ledger statement 7 only in the ledger".
std::string difference_title(const StatementDifference& d) {
  std::string file = fmt::format("file statement {} (line {})", d.file_number, d.file_line);
  if (d.recorded_number && d.file_number)
    return fmt::format("ledger statement {} and {} differ", d.recorded_number, file);
  if (d.file_number) return file + " only in the file";
  return fmt::format("ledger statement {} only in the ledger", d.recorded_number);
}

// Each line of a statement after a marker: "- " as recorded, "+ " as in the file.
std::string marked_lines(const std::string& statement, std::string_view marker,
                         std::string_view indent) {
  std::string out;
  std::istringstream lines(statement);
  for (std::string line; std::getline(lines, line);)
    out += fmt::format("{}{}{}\n", indent, marker, line);
  return out;
}

std::string statement_lines(const StatementDifference& d, std::string_view indent) {
  std::string out;
  if (d.recorded_number) out += marked_lines(d.recorded, "- ", indent);
  if (d.file_number) out += marked_lines(d.file, "+ ", indent);
  return out;
}

std::string version_and_name(const std::string& version, const std::string& name) {
  return name.empty() ? version : version + " " + name;
}

}  // namespace

std::string render_ledger_findings_text(const LedgerFindings& findings) {
  std::string out;
  for (const EditedMigration& edited : findings.edited) {
    const MigrationFile& file = edited.migration->file;
    out += fmt::format("  edited after it was applied: {} ({})\n",
                       version_and_name(file.version, file.name), file.path);
    for (const StatementDifference& d : edited.differences) {
      out += fmt::format("    {}:\n", difference_title(d)) + statement_lines(d, "      ");
    }
  }
  for (const LedgerRow& row : findings.without_file) {
    out += fmt::format("  recorded without a migration file: {}\n",
                       version_and_name(row.version, row.name));
  }
  for (const RepeatedVersion& repeated : findings.repeated) {
    out += fmt::format("  recorded {} times: {}\n", repeated.times,
                       version_and_name(repeated.version, repeated.name));
  }
  return out;
}

std::string render_ledger_findings_markdown(const std::string& input,
                                            const LedgerFindings& findings) {
  if (findings.empty()) return "";
  std::string out = fmt::format("\n**The history table of `{}`**\n\n", input);
  for (const EditedMigration& edited : findings.edited) {
    const MigrationFile& file = edited.migration->file;
    out += fmt::format("- edited after it was applied: {} (`{}`)\n",
                       version_and_name(file.version, file.name), file.path);
    for (const StatementDifference& d : edited.differences) {
      out += fmt::format("  - {}:\n\n    ```diff\n{}    ```\n\n", difference_title(d),
                         statement_lines(d, "    "));
    }
  }
  for (const LedgerRow& row : findings.without_file) {
    out += fmt::format("- recorded without a migration file: {}\n",
                       version_and_name(row.version, row.name));
  }
  for (const RepeatedVersion& repeated : findings.repeated) {
    out += fmt::format("- recorded {} times: {}\n", repeated.times,
                       version_and_name(repeated.version, repeated.name));
  }
  return out;
}

}  // namespace pgdrift
