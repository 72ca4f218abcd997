#include "analyzer/lint/finding.hpp"

namespace pgdrift {

const char* lint_level_name(LintLevel level) {
  switch (level) {
    case LintLevel::info:
      return "info";
    case LintLevel::warning:
      return "warning";
    case LintLevel::error:
      return "error";
  }
  return "warning";
}

std::optional<LintLevel> parse_lint_level(std::string_view name) {
  if (name == "info") return LintLevel::info;
  if (name == "warning") return LintLevel::warning;
  if (name == "error") return LintLevel::error;
  return std::nullopt;
}

}  // namespace pgdrift
