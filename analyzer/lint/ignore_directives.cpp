#include "analyzer/lint/ignore_directives.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <string_view>

namespace pgdrift {
namespace {

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
    text.remove_suffix(1);
  return text;
}

std::vector<std::string> rule_list(std::string_view text) {
  std::vector<std::string> rules;
  while (!text.empty()) {
    std::size_t comma = text.find_first_of(", ");
    std::string_view rule = trim(text.substr(0, comma));
    if (!rule.empty()) rules.emplace_back(rule);
    if (comma == std::string_view::npos) break;
    text.remove_prefix(comma + 1);
  }
  return rules;
}

// The directive a comment line holds (the text after "--"), if any.
std::optional<IgnoreDirective> directive_of(std::string_view comment) {
  comment = trim(comment);
  for (std::string_view tool : {"pgdrift-ignore", "squawk-ignore"}) {
    if (!comment.starts_with(tool)) continue;
    std::string_view rest = comment.substr(tool.size());
    IgnoreDirective directive;
    if (rest.starts_with("-file")) {
      directive.whole_file = true;
      rest.remove_prefix(5);
    }
    if (!rest.empty() && rest.front() != ':' && rest.front() != ' ') return std::nullopt;
    if (!rest.empty() && rest.front() == ':') rest.remove_prefix(1);
    directive.rules = rule_list(rest);
    if (directive.rules.empty()) return std::nullopt;
    directive.used.assign(directive.rules.size(), false);
    return directive;
  }
  return std::nullopt;
}

// Reads the "--" comments of text[from, to) (between two statements).
void read_gap(const ParsedScript& script, std::size_t from, std::size_t to, int next_statement,
              std::vector<IgnoreDirective>& out) {
  std::string_view text = script.source->text;
  std::size_t at = from;
  while (at < to) {
    std::size_t comment = text.find("--", at);
    if (comment == std::string_view::npos || comment >= to) return;
    std::size_t end = std::min(text.find('\n', comment), to);
    if (auto directive = directive_of(text.substr(comment + 2, end - comment - 2))) {
      LineIndex::Position position = script.source->lines.position(comment);
      directive->where = {script.file, position.line, position.column};
      directive->statement = next_statement;
      out.push_back(std::move(*directive));
    }
    at = end == std::string_view::npos ? to : end + 1;
  }
}

bool silences(IgnoreDirective& directive, int statement, const Finding& finding) {
  if (!directive.whole_file && directive.statement != statement) return false;
  for (std::size_t i = 0; i < directive.rules.size(); ++i) {
    if (directive.rules[i] == finding.rule) {
      directive.used[i] = true;
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<IgnoreDirective> read_ignore_directives(const ParsedScript& script) {
  std::vector<IgnoreDirective> directives;
  if (!script.source) return directives;
  std::size_t after_previous = 0;
  int count = static_cast<int>(script.statements.size());
  for (int index = 0; index < count; ++index) {
    const ScriptStatement* source = script.statements[index].source;
    if (!source) continue;
    read_gap(script, after_previous, source->offset, index, directives);
    after_previous = source->offset + source->text.size();
  }
  read_gap(script, after_previous, script.source->text.size(), count, directives);
  return directives;
}

void apply_ignore_directives(std::vector<IgnoreDirective>& directives, int statement,
                             std::vector<Finding>& findings) {
  std::erase_if(findings, [&](const Finding& finding) {
    bool silenced = false;
    for (IgnoreDirective& directive : directives)
      silenced |= silences(directive, statement, finding);
    return silenced;
  });
}

std::vector<Finding> unused_ignores(const std::vector<IgnoreDirective>& directives) {
  std::vector<Finding> findings;
  for (const IgnoreDirective& directive : directives) {
    for (std::size_t i = 0; i < directive.rules.size(); ++i) {
      if (directive.used[i]) continue;
      findings.push_back(
          {"unused-ignore",
           LintLevel::warning,
           directive.where,
           fmt::format("the ignore of {} silences nothing{}", directive.rules[i],
                       directive.whole_file ? " in this file" : " on the next statement"),
           "remove it, or check the rule's name",
           {}});
    }
  }
  return findings;
}

}  // namespace pgdrift
