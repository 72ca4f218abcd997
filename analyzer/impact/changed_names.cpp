#include "analyzer/impact/changed_names.hpp"

#include <algorithm>

namespace pgdrift {
namespace {

// Bytes of 0x80 and above belong to identifiers, as in PostgreSQL's scanner. '$' does too
// after the first character, but it also delimits dollar quotes ($$, $q$) glued to the
// words they quote: words are cut at it, and a name holding one is searched as text.
bool is_identifier_byte(char c) {
  auto byte = static_cast<unsigned char>(c);
  return (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
         (byte >= '0' && byte <= '9') || byte == '_' || byte >= 0x80;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), lower);
  return out;
}

bool contains_lowered(std::string_view text, std::string_view needle) {
  auto found = std::search(text.begin(), text.end(), needle.begin(), needle.end(),
                           [](char a, char b) { return lower(a) == b; });
  return found != text.end();
}

// The id without a routine's argument list: the first '(' outside double quotes.
std::string_view without_arguments(std::string_view id) {
  bool quoted = false;
  for (std::size_t i = 0; i < id.size(); ++i) {
    if (id[i] == '"') quoted = !quoted;
    if (id[i] == '(' && !quoted) return id.substr(0, i);
  }
  return id;
}

}  // namespace

std::vector<std::string> names_of_id(std::string_view id) {
  std::string_view name = without_arguments(id);
  std::vector<std::string> names(1);
  bool quoted = false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    char c = name[i];
    if (c == '"') {
      if (quoted && i + 1 < name.size() && name[i + 1] == '"') {
        names.back() += '"';  // a doubled quote inside a quoted name
        ++i;
      } else {
        quoted = !quoted;
      }
    } else if (c == '.' && !quoted) {
      names.emplace_back();
    } else {
      names.back() += c;
    }
  }
  return names;
}

ChangedNames::ChangedNames(const DiffResult& diff) {
  for (const Change& change : diff.changes) {
    std::vector<std::string> names = names_of_id(change.id);
    // A body reaches a column through its table (a trigger function's NEW row aside).
    bool column = change.kind == "column" && names.size() >= 2;
    std::string name = lowered(names[names.size() - (column ? 2 : 1)]);
    if (name.empty()) continue;
    if (std::all_of(name.begin(), name.end(), is_identifier_byte)) {
      identifiers_.insert(std::move(name));
    } else {
      quoted_.push_back(std::move(name));
    }
  }
}

bool ChangedNames::mentioned_in(std::string_view text) const {
  std::string word;
  for (std::size_t i = 0; i < text.size();) {
    if (!is_identifier_byte(text[i])) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < text.size() && is_identifier_byte(text[end])) ++end;
    word.assign(text.substr(i, end - i));
    std::transform(word.begin(), word.end(), word.begin(), lower);
    if (identifiers_.contains(word)) return true;
    i = end;
  }
  return std::any_of(quoted_.begin(), quoted_.end(),
                     [&](const std::string& name) { return contains_lowered(text, name); });
}

bool ChangedNames::mentioned_in(const ast::Node& tree) const {
  switch (tree.kind()) {
    case ast::Kind::string:
      return mentioned_in(tree.text());
    case ast::Kind::object:
      return std::any_of(tree.fields().begin(), tree.fields().end(),
                         [&](const ast::Field& field) { return mentioned_in(field.value); });
    case ast::Kind::list:
      return std::any_of(tree.items().begin(), tree.items().end(),
                         [&](const ast::Node& item) { return mentioned_in(item); });
    default:
      return false;
  }
}

bool ChangedNames::holds(std::string_view name) const {
  std::string key = lowered(name);
  return identifiers_.contains(key) ||
         std::find(quoted_.begin(), quoted_.end(), key) != quoted_.end();
}

}  // namespace pgdrift
