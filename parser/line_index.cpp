#include "parser/line_index.hpp"

#include <algorithm>

namespace pgdrift {
namespace {

constexpr std::size_t kReleaseEvery = 16 << 20;

std::size_t count_newlines(std::string_view text) { return std::count(text.begin(), text.end(), '\n'); }

}  // namespace

LineIndex::LineIndex(std::string_view text, const ReleaseMemory& release) : text_(text) {
  lines_before_block_.reserve(text.size() / kBlock + 1);
  std::size_t lines = 0;
  std::size_t released = 0;
  for (std::size_t start = 0; start <= text.size(); start += kBlock) {
    lines_before_block_.push_back(lines);
    lines += count_newlines(text.substr(start, kBlock));
    if (release && start - released >= kReleaseEvery) {
      release(released, start);
      released = start;
    }
  }
  if (release) release(released, text.size());
}

LineIndex::Position LineIndex::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  std::size_t block_start = offset / kBlock * kBlock;
  std::size_t lines = lines_before_block_[offset / kBlock] + count_newlines(text_.substr(block_start, offset - block_start));
  std::size_t previous_newline = offset == 0 ? std::string_view::npos : text_.rfind('\n', offset - 1);
  std::size_t line_start = previous_newline == std::string_view::npos ? 0 : previous_newline + 1;
  int column = 1;
  for (std::size_t i = line_start; i < offset; ++i) {
    // Continuation bytes (10xxxxxx) do not start a character.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return {static_cast<int>(lines + 1), column};
}

}  // namespace pgdrift
