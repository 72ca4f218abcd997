#include "analyzer/normalize/boolean_reloption.hpp"

#include <string>

namespace pgdrift {
namespace {

// PostgreSQL 15's boolean reloptions (reloptions.c), toast.* ones included by their name.
bool is_boolean_reloption(std::string_view name) {
  if (name.starts_with("toast.")) name.remove_prefix(6);
  for (std::string_view known : {"autovacuum_enabled", "user_catalog_table", "fastupdate", "security_barrier",
                                 "security_invoker", "vacuum_truncate", "deduplicate_items"}) {
    if (name == known) return true;
  }
  return false;
}

std::string lowercase(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

// parse_bool: true, yes, on, 1 and their unique prefixes (case aside); nullopt: not a boolean.
std::optional<bool> parsed_bool(std::string_view text) {
  std::string value = lowercase(text);
  auto prefix_of = [&](std::string_view word, std::size_t shortest) {
    return value.size() >= shortest && value.size() <= word.size() && word.starts_with(value);
  };
  if (prefix_of("true", 1) || prefix_of("yes", 1) || value == "on" || value == "1") return true;
  if (prefix_of("false", 1) || prefix_of("no", 1) || prefix_of("off", 2) || value == "0") return false;
  return std::nullopt;
}

// vacuum_index_cleanup is auto or a boolean, spelled out in full (an enum reloption).
bool is_index_cleanup_boolean(std::string_view name, std::string_view value) {
  if (name != "vacuum_index_cleanup" && name != "toast.vacuum_index_cleanup") return false;
  std::string word = lowercase(value);
  for (std::string_view spelling : {"on", "off", "true", "false", "yes", "no", "1", "0"}) {
    if (word == spelling) return true;
  }
  return false;
}

}  // namespace

std::optional<bool> boolean_reloption(std::string_view name, std::string_view value) {
  if (!is_boolean_reloption(name) && !is_index_cleanup_boolean(name, value)) return std::nullopt;
  return parsed_bool(value);
}

}  // namespace pgdrift
