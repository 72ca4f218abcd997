#include "cli/render/file_uri.hpp"

#include <fmt/format.h>

namespace pgdrift {
namespace {

bool kept_as_is(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '.' || c == '_' || c == '~' || c == '/';
}

}  // namespace

std::string file_uri(std::string_view path) {
  std::string out = path.starts_with('/') ? "file://" : "";
  for (unsigned char c : path) {
    if (kept_as_is(c))
      out += static_cast<char>(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

}  // namespace pgdrift
