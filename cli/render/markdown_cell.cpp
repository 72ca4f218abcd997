#include "cli/render/markdown_cell.hpp"

#include <algorithm>

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

namespace {

std::size_t longest_backtick_run(std::string_view text) {
  std::size_t longest = 0, run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return longest;
}

}  // namespace

std::string code_span(std::string_view text) {
  std::string fence(longest_backtick_run(text) + 1, '`');
  bool pad = !text.empty() && (text.front() == '`' || text.back() == '`');
  std::string body;
  for (char c : text) body += c == '\n' || c == '\r' ? ' ' : c;
  return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
}

std::string code_block(std::string_view text, std::string_view language) {
  std::string fence(std::max<std::size_t>(3, longest_backtick_run(text) + 1), '`');
  std::string out = fence + std::string(language) + "\n" + std::string(text);
  if (!text.empty() && text.back() != '\n') out += "\n";
  return out + fence + "\n";
}

}  // namespace pgdrift
