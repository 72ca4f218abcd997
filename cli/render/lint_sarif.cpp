#include <nlohmann/json.hpp>

#include "analyzer/lint/lint_rule.hpp"
#include "cli/render/docs_url.hpp"
#include "cli/render/file_uri.hpp"
#include "cli/render/lint_report.hpp"

namespace pgdrift {
namespace {

using ordered_json = nlohmann::ordered_json;

// A finding of the ignore comments themselves; not a rule of analyzer/lint/rules.
constexpr std::string_view kUnusedIgnore = "unused-ignore";

// SARIF's three levels; pgdrift's info is SARIF's note.
const char* sarif_level(LintLevel level) {
  switch (level) {
    case LintLevel::info:
      return "note";
    case LintLevel::warning:
      return "warning";
    case LintLevel::error:
      return "error";
  }
  return "warning";
}

std::string help_uri(std::string_view rule) {
  if (rule == kUnusedIgnore) return docs_url() + "/lint.md#ignoring-a-finding";
  return docs_url() + "/rules/" + std::string(rule) + ".md";
}

ordered_json rule_descriptor(std::string_view id, std::string_view summary, LintLevel level) {
  return {{"id", id},
          {"shortDescription", {{"text", summary}}},
          {"helpUri", help_uri(id)},
          {"defaultConfiguration", {{"level", sarif_level(level)}}}};
}

ordered_json rule_descriptors() {
  ordered_json rules = ordered_json::array();
  for (const LintRule& rule : lint_rules())
    rules.push_back(rule_descriptor(rule.id, rule.summary, rule.level));
  rules.push_back(rule_descriptor(kUnusedIgnore, "an ignore comment that silences nothing",
                                  LintLevel::warning));
  return rules;
}

std::size_t rule_index(const ordered_json& rules, std::string_view id) {
  for (std::size_t i = 0; i < rules.size(); ++i) {
    if (rules[i]["id"] == id) return i;
  }
  return rules.size();
}

// A location without a line (a file that cannot be read) has no region: SARIF's lines start at 1.
ordered_json physical_location(const SourceLocation& where) {
  ordered_json location = {{"artifactLocation", {{"uri", file_uri(where.file.str())}}}};
  if (where.line >= 1) {
    location["region"] = {{"startLine", where.line}};
    if (where.column >= 1) location["region"]["startColumn"] = where.column;
  }
  return location;
}

// SARIF lists the places of a result; pgdrift's have one, the statement's first token.
ordered_json locations_of(const SourceLocation& where) {
  ordered_json locations = ordered_json::array();
  locations.push_back({{"physicalLocation", physical_location(where)}});
  return locations;
}

std::string message_text(const Finding& finding) {
  return finding.hint.empty() ? finding.message : finding.message + "\nhint: " + finding.hint;
}

ordered_json result_of(const Finding& finding, const ordered_json& rules) {
  ordered_json result = {{"ruleId", finding.rule}};
  std::size_t index = rule_index(rules, finding.rule);
  if (index < rules.size()) result["ruleIndex"] = index;
  result["level"] = sarif_level(finding.level);
  result["message"] = {{"text", message_text(finding)}};
  result["locations"] = locations_of(finding.where);
  result["properties"] = {{"objects", finding.objects}};
  return result;
}

ordered_json run_of(ordered_json rules, ordered_json invocation, ordered_json results) {
  ordered_json driver = {{"name", "pgdrift"},
                         {"version", PGDRIFT_VERSION},
                         {"informationUri", docs_url() + "/lint.md"},
                         {"rules", std::move(rules)}};
  return {{"tool", {{"driver", std::move(driver)}}},
          {"invocations", ordered_json::array({std::move(invocation)})},
          // pgdrift counts a column in characters, not in UTF-16 code units (SARIF's default).
          {"columnKind", "unicodeCodePoints"},
          {"results", std::move(results)}};
}

std::string log_of(ordered_json run) {
  ordered_json log = {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                      {"version", "2.1.0"},
                      {"runs", ordered_json::array({std::move(run)})}};
  return log.dump(2) + "\n";
}

}  // namespace

std::string render_lint_sarif(const LintResult& result) {
  ordered_json rules = rule_descriptors();
  ordered_json results = ordered_json::array();
  for (const Finding& finding : result.findings) results.push_back(result_of(finding, rules));
  return log_of(run_of(std::move(rules), {{"executionSuccessful", true}}, std::move(results)));
}

std::string render_lint_sarif_error(const Diagnostics& errors) {
  ordered_json notifications = ordered_json::array();
  for (const Diagnostic& error : errors) {
    notifications.push_back({{"level", "error"},
                             {"message", {{"text", error.message}}},
                             {"locations", locations_of(error.where)}});
  }
  ordered_json invocation = {{"executionSuccessful", false},
                             {"toolExecutionNotifications", std::move(notifications)}};
  return log_of(run_of(rule_descriptors(), std::move(invocation), ordered_json::array()));
}

}  // namespace pgdrift
