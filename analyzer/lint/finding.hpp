#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parser/diagnostic.hpp"

namespace pgdrift {

// How serious a finding is; --fail-on compares against it.
enum class LintLevel { info, warning, error };

// "info", "warning" or "error".
const char* lint_level_name(LintLevel level);
std::optional<LintLevel> parse_lint_level(std::string_view name);

// One thing a rule says about one statement, located at the statement's first token.
struct Finding {
  std::string rule;
  LintLevel level = LintLevel::warning;
  SourceLocation where;
  std::string message;
  std::string hint;                  // what to do instead; may be empty
  std::vector<std::string> objects;  // the objects concerned, by stable id (public.t.c, public.v)
};

}  // namespace pgdrift
