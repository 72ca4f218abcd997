#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace pgdrift {

// Gives back the memory behind text[from, to) once it has been read (see SourceText::release).
using ReleaseMemory = std::function<void(std::size_t from, std::size_t to)>;

// Maps byte offsets of a text to 1-based line and column (columns count UTF-8 characters).
// It keeps a line count per block of text, not every line start, so a large dump's index
// stays small.
class LineIndex {
 public:
  // Reads the whole text once; `release`, if given, is called behind the reading.
  explicit LineIndex(std::string_view text, const ReleaseMemory& release = nullptr);

  struct Position {
    int line;
    int column;
  };
  Position position(std::size_t offset) const;

  // Positions asked for in increasing order of offset, each found from the one before: a
  // dump's statements located in order cost one pass over the text, not a search each.
  class Cursor {
   public:
    explicit Cursor(const LineIndex& index) : index_(index) {}
    Position position(std::size_t offset);  // an offset behind the last one asks the index

   private:
    const LineIndex& index_;
    std::size_t offset_ = 0;      // where the last position was
    std::size_t line_start_ = 0;  // where its line starts
    int line_ = 1;
  };

 private:
  struct Line {
    int number;
    std::size_t start;  // offset of its first byte
  };
  Line line_at(std::size_t offset) const;

  static constexpr std::size_t kBlock = 4096;
  std::string_view text_;
  std::vector<std::size_t> lines_before_block_;  // newlines before each kBlock-sized block
};

}  // namespace pgdrift
