#include <fmt/format.h>

#include "cli/render/lint_report.hpp"

namespace pgdrift {

std::string render_lint_text(const LintResult& result) {
  std::string out;
  for (const Finding& finding : result.findings) {
    out += fmt::format("{}:{}:{}: {}: {}: {}\n", finding.where.file.str(), finding.where.line,
                       finding.where.column, lint_level_name(finding.level), finding.rule,
                       finding.message);
    if (!finding.hint.empty()) out += fmt::format("  hint: {}\n", finding.hint);
  }
  return out;
}

}  // namespace pgdrift
