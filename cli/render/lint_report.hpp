#pragma once

#include <string>

#include "analyzer/lint/lint_migrations.hpp"
#include "parser/diagnostic.hpp"

namespace pgdrift {

// gcc-style lines, `file:line:col: level: rule: message`, each with its hint below it.
std::string render_lint_text(const LintResult& result);
// The documented contract (docs/lint.md): {"format_version":1,"findings":[...]}.
std::string render_lint_json(const LintResult& result);
// The error document of --format json when the input cannot be linted.
std::string render_lint_json_error(const Diagnostics& errors);

}  // namespace pgdrift
