#include "analyzer/model/unfollowed_statement.hpp"

#include <algorithm>
#include <cctype>

namespace pgdrift {
namespace {

bool starts_identifier(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); }
bool continues_identifier(char c) { return starts_identifier(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '$'; }

// Every identifier in `text`: unquoted words folded to lower case, "quoted" ones as written.
// Quotes of string literals are not special: dynamic SQL lives inside them.
std::set<std::string> identifiers_in(std::string_view text) {
  std::set<std::string> names;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == '"') {
      std::size_t end = text.find('"', i + 1);
      if (end == std::string_view::npos) break;
      names.emplace(text.substr(i + 1, end - i - 1));
      i = end + 1;
    } else if (starts_identifier(text[i])) {
      std::size_t end = i;
      while (end < text.size() && continues_identifier(text[end])) ++end;
      std::string word(text.substr(i, end - i));
      std::transform(word.begin(), word.end(), word.begin(), [](unsigned char c) { return std::tolower(c); });
      names.insert(std::move(word));
      i = end;
    } else {
      ++i;
    }
  }
  return names;
}

// The parts of an object id ("public.t.c", "public.\"Odd.Name\"", "public.f(integer)"), unquoted.
std::vector<std::string> id_parts(const std::string& id) {
  std::vector<std::string> parts(1);
  bool quoted = false;
  for (char c : id) {
    if (c == '"') quoted = !quoted;
    else if (c == '(' && !quoted) break;
    else if (c == '.' && !quoted) parts.emplace_back();
    else parts.back() += c;
  }
  return parts;
}

bool is_table_member(const std::string& kind) {
  return kind == "column" || kind == "constraint" || kind == "index" || kind == "trigger" || kind == "policy";
}

}  // namespace

UnfollowedStatement unfollowed_statement(SourceLocation where, std::string_view text) {
  return {where, identifiers_in(text)};
}

bool may_touch(const UnfollowedStatement& statement, const std::string& kind, const std::string& id) {
  std::vector<std::string> parts = id_parts(id);
  if (!statement.names.contains(parts.back())) return false;
  return !is_table_member(kind) || (parts.size() >= 2 && statement.names.contains(parts[parts.size() - 2]));
}

bool mentions_all(const UnfollowedStatement& statement, std::span<const std::string> names) {
  if (names.empty()) return false;
  return std::all_of(names.begin(), names.end(), [&](const std::string& name) { return statement.names.contains(name); });
}

}  // namespace pgdrift
