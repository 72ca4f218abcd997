#include "parser/identifier.hpp"

#include <cstdint>

// libpg_query carries PostgreSQL's keyword table; its lookup is the authority on which
// words are reserved in this grammar version.
extern "C" {
struct ScanKeywordList;
extern const ScanKeywordList ScanKeywords;
extern const std::uint8_t ScanKeywordCategories[];
int ScanKeywordLookup(const char* text, const ScanKeywordList* keywords);
}

namespace pgdrift {
namespace {

constexpr std::uint8_t kUnreservedKeyword = 0;

bool is_plain_identifier(std::string_view name) {
  if (name.empty()) return false;
  char first = name.front();
  if (!((first >= 'a' && first <= 'z') || first == '_')) return false;
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

bool is_reserved_word(const std::string& name) {
  int keyword = ScanKeywordLookup(name.c_str(), &ScanKeywords);
  return keyword >= 0 && ScanKeywordCategories[keyword] != kUnreservedKeyword;
}

}  // namespace

std::string quote_identifier(std::string_view name) {
  std::string text(name);
  if (is_plain_identifier(name) && !is_reserved_word(text)) return text;
  std::string quoted = "\"";
  for (char c : name) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + '"';
}

std::string quote_qualified(std::string_view schema, std::string_view name) {
  if (schema.empty()) return quote_identifier(name);
  return quote_identifier(schema) + "." + quote_identifier(name);
}

std::string quote_literal(std::string_view text) {
  std::string quoted = "'";
  for (char c : text) {
    if (c == '\'') quoted += '\'';
    quoted += c;
  }
  return quoted + "'";
}

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// One part of a dotted name from `at`; leaves `at` after it (and the blanks that follow).
std::optional<std::string> name_part(std::string_view text, std::size_t& at) {
  std::string part;
  if (at < text.size() && text[at] == '"') {
    for (++at;; ++at) {
      if (at >= text.size()) return std::nullopt;
      if (text[at] != '"') part += text[at];
      else if (at + 1 < text.size() && text[at + 1] == '"') part += text[++at];
      else break;
    }
    ++at;
  } else {
    for (; at < text.size() && text[at] != '.' && !is_blank(text[at]); ++at) {
      char c = text[at];
      part += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  while (at < text.size() && is_blank(text[at])) ++at;
  if (part.empty()) return std::nullopt;
  return part;
}

}  // namespace

std::optional<std::vector<std::string>> split_qualified_name(std::string_view text) {
  std::vector<std::string> parts;
  std::size_t at = 0;
  while (at < text.size() && is_blank(text[at])) ++at;
  while (true) {
    std::optional<std::string> part = name_part(text, at);
    if (!part) return std::nullopt;
    parts.push_back(std::move(*part));
    if (at == text.size()) return parts;
    if (text[at] != '.') return std::nullopt;
    ++at;
    while (at < text.size() && is_blank(text[at])) ++at;
  }
}

}  // namespace pgdrift
