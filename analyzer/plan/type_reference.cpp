#include "analyzer/plan/type_reference.hpp"

#include <string>
#include <vector>

namespace pgdrift {
namespace {

// Splits "a.\"b.c\"(10)[]" into its dotted identifiers, unquoted, stopping at modifiers.
std::vector<std::string> identifiers(std::string_view text) {
  std::vector<std::string> parts(1);
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        parts.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        parts.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == '.') {
      parts.emplace_back();
    } else if (c == '(' || c == '[' || c == ' ') {
      break;
    } else {
      parts.back() += c;
    }
  }
  return parts;
}

}  // namespace

std::optional<QualifiedName> user_type_of(std::string_view type) {
  if (type.starts_with("SETOF ")) type.remove_prefix(6);
  std::vector<std::string> parts = identifiers(type);
  if (parts.size() != 2 || parts[0] == "pg_catalog") return std::nullopt;
  return QualifiedName{parts[0], parts[1]};
}

}  // namespace pgdrift
