#include "cli/config_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <toml++/toml.h>

#include "analyzer/lint/lint_rule.hpp"
#include "parser/diagnostic.hpp"

namespace pgdrift {
namespace {

[[noreturn]] void fail(const std::string& file, int line, int column, std::string message) {
  throw InputError(Diagnostic{Severity::error, {file, line, column}, std::move(message)});
}

[[noreturn]] void fail_at(const std::string& file, const toml::node& node, std::string message) {
  fail(file, static_cast<int>(node.source().begin.line),
       static_cast<int>(node.source().begin.column), std::move(message));
}

void check_known_keys(const toml::table& table, const std::vector<std::string_view>& known,
                      std::string_view prefix, const std::string& file) {
  for (const auto& [key, node] : table) {
    if (std::find(known.begin(), known.end(), key.str()) == known.end())
      fail_at(file, node, fmt::format("unknown setting '{}{}'", prefix, key.str()));
  }
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

// [lint.rules]: rule = "off" | "info" | "warning" | "error".
void read_rule_settings(const toml::table& rules, const std::string& file, LintSettings& lint) {
  for (const auto& [key, node] : rules) {
    std::string rule(key.str());
    if (!find_lint_rule(rule) && rule != "unused-ignore")
      fail_at(file, node, fmt::format("unknown lint rule '{}'", rule));
    std::optional<std::string> value = node.value<std::string>();
    std::optional<LintLevel> level = value ? parse_lint_level(*value) : std::nullopt;
    if (value && *value == "off") {
      lint.disabled_rules.insert(rule);
    } else if (level) {
      lint.rule_levels[rule] = *level;
    } else {
      fail_at(file, node,
              fmt::format("lint rule '{}' must be \"off\", \"info\", \"warning\" or \"error\"", rule));
    }
  }
}

LintSettings read_lint_settings(const toml::node& node, const std::string& file) {
  LintSettings lint;
  const toml::table* table = node.as_table();
  if (!table) fail_at(file, node, "'lint' must be a table: [lint]");
  check_known_keys(*table, {"exposed_schemas", "transaction_per_file", "rules"}, "lint.", file);
  if (table->contains("exposed_schemas"))
    lint.exposed_schemas = string_array(*table, "exposed_schemas", file);
  if (const toml::node* transaction = table->get("transaction_per_file")) {
    lint.transaction_per_file = transaction->value<bool>();
    if (!lint.transaction_per_file)
      fail_at(file, *transaction, "'lint.transaction_per_file' must be true or false");
  }
  if (const toml::node* rules = table->get("rules")) {
    if (!rules->as_table()) fail_at(file, *rules, "'lint.rules' must be a table: [lint.rules]");
    read_rule_settings(*rules->as_table(), file, lint);
  }
  return lint;
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
  check_known_keys(table, {"include_schemas", "exclude_schemas", "ignore", "preset", "format", "lint"}, "",
                   file);
  ConfigFile config;
  config.include_schemas = string_array(table, "include_schemas", file);
  config.exclude_schemas = string_array(table, "exclude_schemas", file);
  config.ignore = string_array(table, "ignore", file);
  config.preset = string_value(table, "preset", file);
  config.format = string_value(table, "format", file);
  if (const toml::node* lint = table.get("lint")) config.lint = read_lint_settings(*lint, file);
  return config;
}

}  // namespace pgdrift
