#pragma once

#include <string>
#include <vector>

#include "analyzer/lint/finding.hpp"
#include "parser/parsed_script.hpp"

namespace pgdrift {

// A comment that silences rules: `-- pgdrift-ignore: rule[, rule]` (or squawk's
// `-- squawk-ignore rule[, rule]`) for the statement after it, `-- pgdrift-ignore-file: rule`
// (`-- squawk-ignore-file rule`) for the whole file.
struct IgnoreDirective {
  SourceLocation where;
  bool whole_file = false;
  int statement = -1;  // the index of the statement it applies to (not whole_file)
  std::vector<std::string> rules;
  std::vector<bool> used;  // per rule: whether it silenced a finding
};

// The directives in the comments of a script, each tied to the statement that follows it.
std::vector<IgnoreDirective> read_ignore_directives(const ParsedScript& script);

// Removes the findings of statement `statement` that a directive silences, marking it used.
void apply_ignore_directives(std::vector<IgnoreDirective>& directives, int statement,
                             std::vector<Finding>& findings);

// A finding for each rule named by a directive that silenced nothing.
std::vector<Finding> unused_ignores(const std::vector<IgnoreDirective>& directives);

}  // namespace pgdrift
