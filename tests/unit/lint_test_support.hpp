#pragma once

#include <fstream>
#include <string>
#include <vector>

#include "analyzer/lint/lint_migrations.hpp"
#include "temp_dir.hpp"

namespace pgdrift::testing {

// Lints one migration file holding `migration`, on `schema` (a dump's text) when given,
// outside any platform unless told.
inline LintResult lint_sql(const std::string& migration, const std::string& schema = "",
                           const std::string& platform = "none") {
  TempDir dir;
  std::string file = (dir.path() / "20240101000000_change.sql").string();
  std::ofstream(file) << migration;
  LintRequest request;
  request.inputs = {file};
  request.platform = platform;
  if (!schema.empty()) {
    request.schema = (dir.path() / "schema.sql").string();
    std::ofstream(request.schema) << schema;
  }
  return lint_migrations(request);
}

// The findings of one rule.
inline std::vector<Finding> findings_of(const LintResult& result, const std::string& rule) {
  std::vector<Finding> found;
  for (const Finding& finding : result.findings) {
    if (finding.rule == rule) found.push_back(finding);
  }
  return found;
}

inline bool names(const Finding& finding, const std::string& object) {
  for (const std::string& id : finding.objects) {
    if (id == object) return true;
  }
  return false;
}

}  // namespace pgdrift::testing
