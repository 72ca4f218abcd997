#include <fmt/format.h>

#include "cli/render/lint_report.hpp"
#include "cli/render/markdown_cell.hpp"

namespace pgdrift {
namespace {

std::string plural(std::size_t count, std::string_view word) {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

std::string counts_line(const LintResult& result) {
  std::size_t by_level[3] = {0, 0, 0};
  for (const Finding& finding : result.findings) ++by_level[static_cast<int>(finding.level)];
  std::string files = plural(result.files.size(), "file");
  if (result.findings.empty()) return fmt::format("No findings in {}.\n", files);
  return fmt::format("{} in {}: {}, {}, {} info.\n", plural(result.findings.size(), "finding"),
                     files, plural(by_level[static_cast<int>(LintLevel::error)], "error"),
                     plural(by_level[static_cast<int>(LintLevel::warning)], "warning"),
                     by_level[static_cast<int>(LintLevel::info)]);
}

std::string finding_row(const Finding& finding) {
  std::string message = markdown_cell(finding.message);
  if (!finding.hint.empty()) message += "<br>*hint:* " + markdown_cell(finding.hint);
  return fmt::format("| {} | `{}` | `{}:{}:{}` | {} |\n", lint_level_name(finding.level),
                     finding.rule, markdown_cell(finding.where.file.str()), finding.where.line,
                     finding.where.column, message);
}

}  // namespace

std::string render_lint_markdown(const LintResult& result) {
  std::string out = "## pgdrift lint\n\n" + counts_line(result);
  if (result.findings.empty()) return out;
  out += "\n| Level | Rule | Where | Message |\n|---|---|---|---|\n";
  for (const Finding& finding : result.findings) out += finding_row(finding);
  return out;
}

}  // namespace pgdrift
