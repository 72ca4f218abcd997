#include "analyzer/types/type_change.hpp"

#include <cstdlib>

namespace pgdrift {

std::pair<std::string, long> base_and_length(const std::string& type) {
  std::size_t open = type.find('(');
  if (open == std::string::npos) return {type, -1};
  return {type.substr(0, open), std::strtol(type.c_str() + open + 1, nullptr, 10)};
}

bool binary_compatible(const std::string& from, const std::string& to) {
  auto [from_base, from_length] = base_and_length(from);
  auto [to_base, to_length] = base_and_length(to);
  bool text_like = from_base == "character varying" || from_base == "text";
  if (text_like && to == "text") return true;
  if (from_base == "character varying" && to_base == "character varying")
    return to_length == -1 || (from_length != -1 && to_length >= from_length);
  return false;
}

}  // namespace pgdrift
