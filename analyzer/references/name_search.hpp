#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string_view>

namespace pgdrift {

// Finds a name in texts (routine bodies, migration files), in any case: a text that names an
// object holds its name, and an unquoted name may be written in capitals. One search often
// runs over many texts, so the pattern's skip table is built once.
class NameSearch {
 public:
  explicit NameSearch(std::string_view name)
      : name_(name), searcher_(name_.begin(), name_.end(), Hash{}, Equal{}) {}
  NameSearch(const NameSearch&) = delete;
  NameSearch& operator=(const NameSearch&) = delete;

  bool in(std::string_view text) const {
    return std::search(text.begin(), text.end(), searcher_) != text.end();
  }

 private:
  static char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
  struct Hash {
    std::size_t operator()(char c) const { return static_cast<unsigned char>(lower(c)); }
  };
  struct Equal {
    bool operator()(char a, char b) const { return lower(a) == lower(b); }
  };

  std::string_view name_;
  std::boyer_moore_horspool_searcher<std::string_view::const_iterator, Hash, Equal> searcher_;
};

}  // namespace pgdrift
