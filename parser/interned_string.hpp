#pragma once

#include <fmt/format.h>

#include <compare>
#include <string>
#include <string_view>

namespace pgdrift {

// A string stored once per process and passed around as a pointer to it. For the small
// vocabularies a dump repeats tens of thousands of times (file names, column types,
// collations, owners): 8 bytes each instead of a std::string's 32 and its heap block.
// Never freed; a process reads a few inputs at most. Safe to create from any thread.
class InternedString {
 public:
  InternedString() : text_(&kEmpty) {}
  InternedString(std::string_view text);
  InternedString(const std::string& text) : InternedString(std::string_view(text)) {}
  InternedString(const char* text) : InternedString(std::string_view(text)) {}

  const std::string& str() const { return *text_; }
  operator const std::string&() const { return *text_; }
  bool empty() const { return text_->empty(); }

  // Equal strings share one copy, so comparing two of them compares pointers.
  friend bool operator==(InternedString a, InternedString b) { return a.text_ == b.text_; }
  friend bool operator==(InternedString a, const std::string& b) { return *a.text_ == b; }
  friend bool operator==(InternedString a, std::string_view b) { return *a.text_ == b; }
  friend bool operator==(InternedString a, const char* b) { return *a.text_ == b; }
  friend std::strong_ordering operator<=>(InternedString a, InternedString b) {
    return *a.text_ <=> *b.text_;
  }

 private:
  static inline const std::string kEmpty;
  const std::string* text_;
};

}  // namespace pgdrift

template <>
struct fmt::formatter<pgdrift::InternedString> : fmt::formatter<std::string_view> {
  auto format(pgdrift::InternedString text, fmt::format_context& context) const {
    return fmt::formatter<std::string_view>::format(text.str(), context);
  }
};
