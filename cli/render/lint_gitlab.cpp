#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

#include "cli/render/lint_report.hpp"

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace pgdrift {
namespace {

using ordered_json = nlohmann::ordered_json;

// GitLab's severities are info, minor, major, critical and blocker; a lint finding is at
// most a major one (critical and blocker are for security scanners).
const char* severity_of(LintLevel level) {
  switch (level) {
    case LintLevel::info:
      return "info";
    case LintLevel::warning:
      return "minor";
    case LintLevel::error:
      return "major";
  }
  return "minor";
}

// GitLab matches the issues of a merge request's base and head by fingerprint, so it leaves
// the line out: a finding keeps its fingerprint when lines are added above it. The n-th
// finding with the same rule, file and message is told apart by n.
std::string fingerprint(const Finding& finding, int occurrence) {
  std::string key = fmt::format("{}\n{}\n{}\n{}", finding.rule, finding.where.file.str(),
                                finding.message, occurrence);
  XXH128_hash_t hash = XXH3_128bits(key.data(), key.size());
  return fmt::format("{:016x}{:016x}", hash.high64, hash.low64);
}

}  // namespace

std::string render_lint_gitlab(const LintResult& result) {
  ordered_json issues = ordered_json::array();
  std::map<std::tuple<std::string, std::string, std::string>, int> seen;
  for (const Finding& finding : result.findings) {
    std::string file = finding.where.file.str();
    int occurrence = seen[{finding.rule, file, finding.message}]++;
    std::string description =
        finding.hint.empty() ? finding.message : finding.message + " (hint: " + finding.hint + ")";
    issues.push_back({{"description", description},
                      {"check_name", finding.rule},
                      {"fingerprint", fingerprint(finding, occurrence)},
                      {"severity", severity_of(finding.level)},
                      {"location", {{"path", file}, {"lines", {{"begin", finding.where.line}}}}}});
  }
  return issues.dump(2) + "\n";
}

}  // namespace pgdrift
