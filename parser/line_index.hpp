#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace pgdrift {

// Maps byte offsets of a text to 1-based line and column (columns count UTF-8 characters).
class LineIndex {
 public:
  explicit LineIndex(std::string_view text);

  struct Position {
    int line;
    int column;
  };
  Position position(std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace pgdrift
