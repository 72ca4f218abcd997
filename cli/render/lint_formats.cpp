#include "cli/render/lint_report.hpp"

namespace pgdrift {

const std::vector<std::string>& lint_format_names() {
  static const std::vector<std::string> names{"text",   "json",   "sarif",
                                              "github", "gitlab", "markdown"};
  return names;
}

std::string render_lint(std::string_view format, const LintResult& result) {
  if (format == "json") return render_lint_json(result);
  if (format == "sarif") return render_lint_sarif(result);
  if (format == "github") return render_lint_github(result);
  if (format == "gitlab") return render_lint_gitlab(result);
  if (format == "markdown") return render_lint_markdown(result);
  return render_lint_text(result);
}

std::string render_lint_errors(std::string_view format, const Diagnostics& errors) {
  if (format == "json") return render_lint_json_error(errors);
  if (format == "sarif") return render_lint_sarif_error(errors);
  if (format == "github") return render_lint_github_error(errors);
  return "";
}

}  // namespace pgdrift
