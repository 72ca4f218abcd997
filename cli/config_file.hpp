#pragma once

#include <optional>
#include <string>
#include <vector>

namespace pgdrift {

// Settings from .pgdrift.toml (the same names as the command-line options):
//   include_schemas = ["public"]      exclude_schemas = ["audit_*"]
//   ignore = ["owner", "grants"]      preset = "supabase"      format = "markdown"
struct ConfigFile {
  std::vector<std::string> include_schemas;
  std::vector<std::string> exclude_schemas;
  std::vector<std::string> ignore;
  std::optional<std::string> preset;
  std::optional<std::string> format;
};

// Reads `path`, or ./.pgdrift.toml when `path` is empty and that file exists.
// Throws InputError with the file, line and column of a syntax error or a wrong setting.
std::optional<ConfigFile> read_config(const std::string& path);

}  // namespace pgdrift
