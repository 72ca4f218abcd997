#include "analyzer/plan/type_conversion.hpp"

#include <fmt/format.h>

#include <array>
#include <string_view>

#include "analyzer/plan/type_reference.hpp"

namespace pgdrift {
namespace {

// "numeric(10,2)[]" -> "numeric[]": casts do not depend on type modifiers.
std::string without_modifiers(const std::string& type) {
  std::size_t open = type.find('(');
  if (open == std::string::npos) return type;
  std::size_t close = type.find(')', open);
  return type.substr(0, open) + (close == std::string::npos ? "" : type.substr(close + 1));
}

std::string element_of(const std::string& type) {
  std::string base = without_modifiers(type);
  while (base.ends_with("[]")) base.resize(base.size() - 2);
  return base;
}

bool is_numeric(std::string_view type) {
  static constexpr std::array<std::string_view, 6> kNumeric = {"smallint", "integer", "bigint", "numeric", "real", "double precision"};
  for (std::string_view candidate : kNumeric) {
    if (type == candidate) return true;
  }
  return false;
}

// Types without casts of their own: they convert through text output and input.
bool converts_through_text(const std::string& type, const Catalog& catalog) {
  std::optional<QualifiedName> name = user_type_of(type);
  if (!name) return false;
  auto found = catalog.types.find(*name);
  if (found == catalog.types.end()) return false;  // an extension's type: its casts are its own
  UserTypeKind kind = found->second.kind;
  return kind == UserTypeKind::enum_type || kind == UserTypeKind::composite || kind == UserTypeKind::range;
}

// A domain casts as its base type does.
std::string cast_type(const std::string& type, const Catalog& catalog) {
  std::string current = element_of(type);
  for (int depth = 0; depth < 8; ++depth) {
    std::optional<QualifiedName> name = user_type_of(current);
    auto found = name ? catalog.types.find(*name) : catalog.types.end();
    if (found == catalog.types.end() || found->second.kind != UserTypeKind::domain) break;
    current = element_of(found->second.base_type);
  }
  return current;
}

// The type to go through first, "" for a direct cast.
std::string intermediate(const std::string& from, const std::string& to, const Catalog& old_catalog, const Catalog& new_catalog) {
  std::string from_element = cast_type(from, old_catalog), to_element = cast_type(to, new_catalog);
  if (converts_through_text(from, old_catalog) || converts_through_text(to, new_catalog)) return "text";
  bool boolean_and_number = (from_element == "boolean" && is_numeric(to_element) && to_element != "integer") ||
                            (to_element == "boolean" && is_numeric(from_element) && from_element != "integer");
  if (!boolean_and_number) return "";
  return from.ends_with("[]") ? "integer[]" : "integer";
}

}  // namespace

std::string type_conversion(const std::string& quoted_column, const std::string& from, const std::string& to,
                            const Catalog& old_catalog, const Catalog& new_catalog) {
  std::string through = intermediate(from, to, old_catalog, new_catalog);
  if (through.empty()) return fmt::format("{}::{}", quoted_column, to);
  return fmt::format("{}::{}::{}", quoted_column, through, to);
}

}  // namespace pgdrift
