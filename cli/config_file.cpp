#include "cli/config_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <toml++/toml.h>

#include "parser/diagnostic.hpp"

namespace pgdrift {
namespace {

[[noreturn]] void fail(const std::string& file, int line, int column, std::string message) {
  throw InputError(Diagnostic{Severity::error, {file, line, column}, std::move(message)});
}

std::vector<std::string> string_array(const toml::table& table, std::string_view key, const std::string& file) {
  std::vector<std::string> values;
  const toml::node* node = table.get(key);
  if (!node) return values;
  const toml::array* array = node->as_array();
  if (!array) fail(file, static_cast<int>(node->source().begin.line), static_cast<int>(node->source().begin.column),
                   fmt::format("'{}' must be an array of strings", key));
  for (const toml::node& item : *array) {
    auto value = item.value<std::string>();
    if (!value) fail(file, static_cast<int>(item.source().begin.line), static_cast<int>(item.source().begin.column),
                     fmt::format("'{}' must hold strings", key));
    values.push_back(*value);
  }
  return values;
}

std::optional<std::string> string_value(const toml::table& table, std::string_view key, const std::string& file) {
  const toml::node* node = table.get(key);
  if (!node) return std::nullopt;
  auto value = node->value<std::string>();
  if (!value) fail(file, static_cast<int>(node->source().begin.line), static_cast<int>(node->source().begin.column),
                   fmt::format("'{}' must be a string", key));
  return value;
}

}  // namespace

std::optional<ConfigFile> read_config(const std::string& path) {
  std::string file = path.empty() ? ".pgdrift.toml" : path;
  if (path.empty() && !std::filesystem::exists(file)) return std::nullopt;
  if (!std::filesystem::exists(file)) fail(file, 0, 0, "cannot read: No such file or directory");
  toml::table table;
  try {
    table = toml::parse_file(file);
  } catch (const toml::parse_error& error) {
    fail(file, static_cast<int>(error.source().begin.line), static_cast<int>(error.source().begin.column),
         std::string(error.description()));
  }
  for (const auto& [key, node] : table) {
    static const std::vector<std::string_view> kKnown{"include_schemas", "exclude_schemas", "ignore", "preset", "format"};
    if (std::find(kKnown.begin(), kKnown.end(), key.str()) == kKnown.end()) {
      fail(file, static_cast<int>(node.source().begin.line), static_cast<int>(node.source().begin.column),
           fmt::format("unknown setting '{}'", key.str()));
    }
  }
  ConfigFile config;
  config.include_schemas = string_array(table, "include_schemas", file);
  config.exclude_schemas = string_array(table, "exclude_schemas", file);
  config.ignore = string_array(table, "ignore", file);
  config.preset = string_value(table, "preset", file);
  config.format = string_value(table, "format", file);
  return config;
}

}  // namespace pgdrift
