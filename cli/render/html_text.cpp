#include "cli/render/html_text.hpp"

namespace pgdrift {

std::string html_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string html_name(std::string_view name) {
  std::string out = "<code>";
  for (char c : name) {
    if (c == '\n')
      out += "&#8629;";
    else if (c == '\r')
      out += "&#9229;";
    else
      out += html_text(std::string_view(&c, 1));
  }
  return out + "</code>";
}

std::string html_lines(std::string_view text) {
  std::string out;
  for (char c : text) out += c == '\n' ? "<br>" : html_text(std::string_view(&c, 1));
  return out;
}

}  // namespace pgdrift
