#include "analyzer/migrations/pg_text_values.hpp"

#include <cctype>

namespace pgdrift {
namespace {

bool is_octal(char c) { return c >= '0' && c <= '7'; }

// Reads up to `max` digits of `base` at `i`, moving `i` past them.
int read_digits(std::string_view text, std::size_t& i, int base, int max) {
  int value = 0;
  for (int n = 0; n < max && i < text.size(); ++n, ++i) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[i])));
    int digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                : (c >= 'a' && c <= 'f')                    ? c - 'a' + 10
                                                            : base;
    if (digit >= base) break;
    value = value * base + digit;
  }
  return value;
}

char copy_escape(char c) {
  switch (c) {
    case 'b':
      return '\b';
    case 'f':
      return '\f';
    case 'n':
      return '\n';
    case 'r':
      return '\r';
    case 't':
      return '\t';
    case 'v':
      return '\v';
    default:
      return c;  // \\ and any other escaped character stand for themselves
  }
}

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::optional<std::string> decode_copy_field(std::string_view field) {
  if (field == "\\N") return std::nullopt;
  std::string out;
  out.reserve(field.size());
  for (std::size_t i = 0; i < field.size();) {
    if (field[i] != '\\' || i + 1 == field.size()) {
      out += field[i++];
      continue;
    }
    char next = field[i + 1];
    if (is_octal(next)) {
      ++i;
      out += static_cast<char>(read_digits(field, i, 8, 3));
    } else if (next == 'x' && i + 2 < field.size() &&
               std::isxdigit(static_cast<unsigned char>(field[i + 2]))) {
      i += 2;
      out += static_cast<char>(read_digits(field, i, 16, 2));
    } else {
      out += copy_escape(next);
      i += 2;
    }
  }
  return out;
}

std::optional<std::vector<std::optional<std::string>>> parse_array_literal(std::string_view text) {
  std::size_t i = 0;
  auto skip_spaces = [&] {
    while (i < text.size() && is_space(text[i])) ++i;
  };
  skip_spaces();
  if (i == text.size() || text[i] != '{') return std::nullopt;
  ++i;
  std::vector<std::optional<std::string>> elements;
  skip_spaces();
  if (i < text.size() && text[i] == '}') return elements;
  while (i < text.size()) {
    skip_spaces();
    std::string element;
    bool quoted = i < text.size() && text[i] == '"';
    if (quoted) {
      for (++i; i < text.size() && text[i] != '"'; ++i) {
        if (text[i] == '\\' && i + 1 < text.size()) ++i;
        element += text[i];
      }
      if (i == text.size()) return std::nullopt;  // no closing quote
      ++i;
    } else {
      for (; i < text.size() && text[i] != ',' && text[i] != '}'; ++i) {
        if (text[i] == '{' || text[i] == '"') return std::nullopt;  // nested arrays are not read
        if (text[i] == '\\' && i + 1 < text.size()) ++i;
        element += text[i];
      }
      while (!element.empty() && is_space(element.back())) element.pop_back();
    }
    skip_spaces();
    if (!quoted && element == "NULL")
      elements.emplace_back(std::nullopt);
    else
      elements.emplace_back(std::move(element));
    if (i == text.size()) return std::nullopt;
    if (text[i++] == '}') {
      skip_spaces();
      return i == text.size() ? std::optional(std::move(elements)) : std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace pgdrift
