#include "analyzer/impact/changed_names.hpp"

#include <algorithm>

#include "analyzer/references/name_search.hpp"
#include "analyzer/references/text_words.hpp"

namespace pgdrift {
namespace {

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
    if (is_one_word(name)) {
      identifiers_.insert(std::move(name));
    } else {
      quoted_.push_back(std::move(name));
    }
  }
}

bool ChangedNames::mentioned_in(std::string_view text) const {
  if (has_escapes(text)) return true;  // a name written with escapes is not among its words
  if (any_word(text, [&](const std::string& word) { return identifiers_.contains(word); }))
    return true;
  return std::any_of(quoted_.begin(), quoted_.end(),
                     [&](const std::string& name) { return NameSearch(name).in(text); });
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
