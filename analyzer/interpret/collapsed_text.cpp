#include "analyzer/interpret/collapsed_text.hpp"

#include <cctype>

namespace pgdrift {

std::string collapsed_text(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace pgdrift
