#include "analyzer/naming/generated_names.hpp"

#include <fmt/format.h>

namespace pgdrift {
namespace {

constexpr std::size_t kMaxIdentifierBytes = 63;  // NAMEDATALEN - 1

// Cuts to at most `bytes` bytes without splitting a UTF-8 character.
std::size_t clip_utf8(std::string_view text, std::size_t bytes) {
  if (bytes >= text.size()) return text.size();
  while (bytes > 0 && (static_cast<unsigned char>(text[bytes]) & 0xC0) == 0x80) --bytes;
  return bytes;
}

// makeObjectName: shortens the longer of the two parts first until "name1_name2_label" fits.
std::string make_object_name(std::string_view name1, std::string_view name2, std::string_view label) {
  std::size_t overhead = label.empty() ? 0 : label.size() + 1;
  if (!name2.empty()) overhead += 1;
  std::size_t available = kMaxIdentifierBytes - overhead;
  std::size_t chars1 = name1.size(), chars2 = name2.size();
  while (chars1 + chars2 > available) {
    if (chars1 > chars2) --chars1; else --chars2;
  }
  chars1 = clip_utf8(name1, chars1);
  chars2 = clip_utf8(name2, chars2);
  std::string result(name1.substr(0, chars1));
  if (!name2.empty()) result += "_" + std::string(name2.substr(0, chars2));
  if (!label.empty()) result += "_" + std::string(label);
  return result;
}

}  // namespace

std::string choose_generated_name(std::string_view table, const std::vector<std::string>& columns,
                                  std::string_view label,
                                  const std::function<bool(const std::string&)>& taken) {
  std::string joined = fmt::format("{}", fmt::join(columns, "_"));
  std::string candidate = make_object_name(table, joined, label);
  for (int pass = 1; taken && taken(candidate); ++pass) {
    candidate = make_object_name(table, joined, fmt::format("{}{}", label, pass));
  }
  return candidate;
}

}  // namespace pgdrift
