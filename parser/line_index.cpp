#include "parser/line_index.hpp"

#include <algorithm>
#include <cstring>

namespace pgdrift {
namespace {

constexpr std::size_t kReleaseEvery = 16 << 20;
constexpr std::size_t kFarAhead = 64 << 10;

std::size_t count_newlines(std::string_view text) { return std::count(text.begin(), text.end(), '\n'); }

int column_at(std::string_view text, std::size_t line_start, std::size_t offset) {
  int column = 1;
  for (std::size_t i = line_start; i < offset; ++i) {
    // Continuation bytes (10xxxxxx) do not start a character.
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;
  }
  return column;
}

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

LineIndex::Position LineIndex::Cursor::position(std::size_t offset) {
  std::string_view text = index_.text_;
  offset = std::min(offset, text.size());
  if (offset < offset_) return index_.position(offset);
  if (offset - offset_ > kFarAhead) {
    // Past COPY data, say: the index knows the line without reading (and paging in) the gap.
    Line line = index_.line_at(offset);
    line_ = line.number;
    line_start_ = line.start;
    offset_ = offset;
  }
  for (std::size_t at = offset_; at < offset;) {
    const void* newline = std::memchr(text.data() + at, '\n', offset - at);
    if (!newline) break;
    at = static_cast<std::size_t>(static_cast<const char*>(newline) - text.data()) + 1;
    ++line_;
    line_start_ = at;
  }
  offset_ = offset;
  return {line_, column_at(text, line_start_, offset)};
}

LineIndex::Line LineIndex::line_at(std::size_t offset) const {
  std::size_t block_start = offset / kBlock * kBlock;
  std::size_t lines = lines_before_block_[offset / kBlock] + count_newlines(text_.substr(block_start, offset - block_start));
  std::size_t previous_newline = offset == 0 ? std::string_view::npos : text_.rfind('\n', offset - 1);
  return {static_cast<int>(lines + 1), previous_newline == std::string_view::npos ? 0 : previous_newline + 1};
}

LineIndex::Position LineIndex::position(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  Line line = line_at(offset);
  return {line.number, column_at(text_, line.start, offset)};
}

}  // namespace pgdrift
