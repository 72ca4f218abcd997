#include "parser/line_index.hpp"

#include <algorithm>

namespace pgdrift {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
}

LineIndex::Position LineIndex::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto next_line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t line_number = static_cast<std::size_t>(next_line - line_starts_.begin());
  std::size_t start = line_starts_[line_number - 1];
  int column = 1;
  for (std::size_t i = start; i < offset; ++i) {
    // Continuation bytes (10xxxxxx) do not start a character.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return {static_cast<int>(line_number), column};
}

}  // namespace pgdrift
