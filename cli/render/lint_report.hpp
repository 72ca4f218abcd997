#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analyzer/lint/lint_migrations.hpp"
#include "parser/diagnostic.hpp"

namespace pgdrift {

// The formats of `lint --format`, and the rendering of each (lint_formats.cpp).
const std::vector<std::string>& lint_format_names();
std::string render_lint(std::string_view format, const LintResult& result);
// What a format writes when the input cannot be linted; empty when the format leaves the
// errors to standard error.
std::string render_lint_errors(std::string_view format, const Diagnostics& errors);

// gcc-style lines, `file:line:col: level: rule: message`, each with its hint below it.
std::string render_lint_text(const LintResult& result);
// The documented contract (docs/lint.md): {"format_version":1,"findings":[...]}.
std::string render_lint_json(const LintResult& result);
// The error document of --format json when the input cannot be linted.
std::string render_lint_json_error(const Diagnostics& errors);
// A SARIF 2.1.0 log: the rules in the tool's driver, one result per finding.
std::string render_lint_sarif(const LintResult& result);
// A SARIF 2.1.0 log of a run that failed: the errors as tool execution notifications.
std::string render_lint_sarif_error(const Diagnostics& errors);
// GitHub workflow commands, `::warning file=F,line=L,col=C,title=RULE::message`.
std::string render_lint_github(const LintResult& result);
std::string render_lint_github_error(const Diagnostics& errors);
// GitLab's code quality report: a JSON array of issues.
std::string render_lint_gitlab(const LintResult& result);
// A Markdown section (a count and a table), for a pull request or a CI job summary.
std::string render_lint_markdown(const LintResult& result);

}  // namespace pgdrift
