#include "cli/render/markdown_cell.hpp"

#include <algorithm>
#include <cctype>

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

std::string markdown_text(std::string_view text) {
  auto word_character = [&](std::size_t i) {
    return i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_');
  };
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool inside_word = c == '_' && i > 0 && word_character(i - 1) && word_character(i + 1);
    if (std::string_view("\\`<>*[]").find(c) != std::string_view::npos ||
        (c == '_' && !inside_word))
      out += '\\';
    out += c;
  }
  return out;
}

std::string code_span(std::string_view text) {
  std::string fence(longest_backtick_run(text) + 1, '`');
  bool pad = !text.empty() && (text.front() == '`' || text.back() == '`');
  std::string body;
  for (char c : text) {
    if (c == '\n')
      body += "\u21b5";  // ↵, as the HTML report shows it
    else if (c == '\r')
      body += "\u240d";  // ␍
    else
      body += c;
  }
  return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
}

std::string code_block(std::string_view text, std::string_view language) {
  std::string fence(std::max<std::size_t>(3, longest_backtick_run(text) + 1), '`');
  std::string out = fence + std::string(language) + "\n" + std::string(text);
  if (!text.empty() && text.back() != '\n') out += "\n";
  return out + fence + "\n";
}

}  // namespace pgdrift
