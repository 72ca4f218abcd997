#include <fmt/format.h>

#include <algorithm>

#include "cli/render/impact_report.hpp"

namespace pgdrift {
namespace {

// A code span that holds any name: a fence longer than the longest run of backticks inside,
// padded when the name starts or ends with one; a newline would end the list item.
std::string code_span(const std::string& text) {
  std::size_t longest = 0, run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  std::string fence(longest + 1, '`');
  bool pad = !text.empty() && (text.front() == '`' || text.back() == '`');
  std::string body;
  for (char c : text) body += c == '\n' ? ' ' : c;
  return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
}

}  // namespace

std::string render_impact_markdown(const std::vector<ImpactEntry>& impact) {
  if (impact.empty()) return "";
  std::string out =
      "\n## Impact\n\nWhat uses each difference, on either side; what would fail first comes "
      "first.\n\n";
  for (const ImpactEntry& entry : impact) {
    out += fmt::format("- {}", impact_subject(entry, code_span));
    if (entry.used_by.empty()) {
      out += ": used by nothing\n";
      continue;
    }
    out += "\n";
    for (const ImpactUse& use : entry.used_by)
      out += fmt::format("  - {}\n", impact_use_phrase(use, code_span));
  }
  return out;
}

}  // namespace pgdrift
