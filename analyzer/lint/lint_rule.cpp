#include "analyzer/lint/lint_rule.hpp"

#include <algorithm>

namespace pgdrift {

// Generated from the files of analyzer/lint/rules (lint_rule_list.cpp in the build tree).
std::vector<LintRule> listed_lint_rules();

const std::vector<LintRule>& lint_rules() {
  static const std::vector<LintRule> rules = [] {
    std::vector<LintRule> listed = listed_lint_rules();
    std::sort(listed.begin(), listed.end(),
              [](const LintRule& a, const LintRule& b) { return a.id < b.id; });
    return listed;
  }();
  return rules;
}

const LintRule* find_lint_rule(std::string_view id) {
  for (const LintRule& rule : lint_rules()) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

}  // namespace pgdrift
