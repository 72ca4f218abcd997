#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "analyzer/lint/finding.hpp"

namespace pgdrift {

// Settings from .pgdrift.toml (the same names as the command-line options):
//   include_schemas = ["public"]      exclude_schemas = ["audit_*"]
//   ignore = ["owner", "grants"]      preset = "supabase"      format = "markdown"
// The [lint] table:
//   exposed_schemas = ["public", "api"]   the schemas PostgREST exposes (default ["public"])
//   transaction_per_file = true           whether the tool runs each file in one transaction
//                                         (default: as the platform does)
//   [lint.rules]
//   prefer-bigint-over-int = "off"        a rule turned off
//   ban-drop-column = "error"             a rule's level: "info", "warning" or "error"
struct LintSettings {
  std::optional<std::vector<std::string>> exposed_schemas;
  std::optional<bool> transaction_per_file;
  std::set<std::string> disabled_rules;
  std::map<std::string, LintLevel> rule_levels;
};

struct ConfigFile {
  std::vector<std::string> include_schemas;
  std::vector<std::string> exclude_schemas;
  std::vector<std::string> ignore;
  std::optional<std::string> preset;
  std::optional<std::string> format;
  LintSettings lint;
};

// Reads `path`, or ./.pgdrift.toml when `path` is empty and that file exists.
// Throws InputError with the file, line and column of a syntax error or a wrong setting.
std::optional<ConfigFile> read_config(const std::string& path);

}  // namespace pgdrift
