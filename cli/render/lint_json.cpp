#include <nlohmann/json.hpp>

#include "cli/render/lint_report.hpp"

namespace pgdrift {

using ordered_json = nlohmann::ordered_json;

std::string render_lint_json(const LintResult& result) {
  ordered_json findings = ordered_json::array();
  for (const Finding& finding : result.findings) {
    findings.push_back({{"rule", finding.rule},
                        {"level", lint_level_name(finding.level)},
                        {"file", finding.where.file.str()},
                        {"line", finding.where.line},
                        {"column", finding.where.column},
                        {"message", finding.message},
                        {"hint", finding.hint},
                        {"objects", finding.objects}});
  }
  ordered_json document = {{"format_version", 1}, {"files", result.files}, {"findings", findings}};
  return document.dump(2) + "\n";
}

std::string render_lint_json_error(const Diagnostics& errors) {
  ordered_json list = ordered_json::array();
  for (const Diagnostic& error : errors) {
    list.push_back({{"file", error.where.file.str()},
                    {"line", error.where.line},
                    {"column", error.where.column},
                    {"message", error.message}});
  }
  ordered_json document = {{"format_version", 1}, {"errors", list}};
  return document.dump(2) + "\n";
}

}  // namespace pgdrift
