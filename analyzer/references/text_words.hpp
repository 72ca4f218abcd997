#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace pgdrift {

// The words of a text (a routine body, an expression's string), in lower case: a text that
// names an object holds its name as one of them: bare, quoted, schema-qualified or inside a
// string ('public.t'::regclass). '$' cuts words, as dollar quotes ($$, $q$) are glued to
// the words they quote; bytes of 0x80 and above belong to words, as in PostgreSQL's scanner.

inline bool is_word_byte(char c) {
  auto byte = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         byte >= 0x80;
}

inline std::string lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// A name a text can only write as one word (quoted or not); any other (a"b, a$b, a b) must
// be searched for as text.
inline bool is_one_word(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), is_word_byte);
}

// Calls `found(word)` for each word, in lower case, until it returns true; says whether it did.
template <typename Found>
bool any_word(std::string_view text, Found found) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_word_byte(text[i])) ++i;
    std::size_t start = i;
    while (i < text.size() && is_word_byte(text[i])) ++i;
    if (i > start && found(lowered(text.substr(start, i - start)))) return true;
  }
  return false;
}

// U&"d\0061ta", E'\x64ata': a name written with escapes is not among the text's words.
inline bool has_escapes(std::string_view text) {
  if (text.find('\\') != std::string_view::npos) return true;
  for (std::size_t at = text.find('&'); at != std::string_view::npos; at = text.find('&', at + 1)) {
    if (at > 0 && (text[at - 1] == 'u' || text[at - 1] == 'U')) return true;
  }
  return false;
}

}  // namespace pgdrift
