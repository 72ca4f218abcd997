#include "cli/render/markdown_cell.hpp"

namespace pgdrift {

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n')
      out += "<br>";
    else if (c == '\r')
      out += "&#13;";
    else
      out += c;
  }
  return out;
}

}  // namespace pgdrift
