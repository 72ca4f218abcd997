#include <fmt/format.h>

#include "cli/render/lint_report.hpp"

namespace pgdrift {
namespace {

// GitHub reads a workflow command up to the end of its line: a message escapes %, CR and LF.
std::string escape_data(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

// A property value also escapes the `:` that ends the properties and the `,` between them.
std::string escape_property(std::string_view text) {
  std::string out;
  for (char c : escape_data(text)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

// GitHub's annotation levels; pgdrift's info is GitHub's notice.
const char* command_of(LintLevel level) {
  switch (level) {
    case LintLevel::info:
      return "notice";
    case LintLevel::warning:
      return "warning";
    case LintLevel::error:
      return "error";
  }
  return "warning";
}

std::string place_of(const SourceLocation& where) {
  std::string place = "file=" + escape_property(where.file.str());
  if (where.line >= 1) place += fmt::format(",line={}", where.line);
  if (where.line >= 1 && where.column >= 1) place += fmt::format(",col={}", where.column);
  return place;
}

std::string annotation(std::string_view command, const SourceLocation& where,
                       std::string_view title, std::string_view message) {
  return fmt::format("::{} {},title={}::{}\n", command, place_of(where), escape_property(title),
                     escape_data(message));
}

}  // namespace

std::string render_lint_github(const LintResult& result) {
  std::string out;
  for (const Finding& finding : result.findings) {
    std::string message =
        finding.hint.empty() ? finding.message : finding.message + "\nhint: " + finding.hint;
    out += annotation(command_of(finding.level), finding.where, finding.rule, message);
  }
  return out;
}

std::string render_lint_github_error(const Diagnostics& errors) {
  std::string out;
  for (const Diagnostic& error : errors)
    out += annotation("error", error.where, "pgdrift lint", error.message);
  return out;
}

}  // namespace pgdrift
