#include <fmt/format.h>

#include <algorithm>

#include "cli/render/impact_report.hpp"
#include "cli/render/markdown_cell.hpp"

namespace pgdrift {

std::string render_impact_markdown(const std::vector<ImpactEntry>& impact) {
  if (impact.empty()) return "";
  auto quoted = [](const std::string& name) { return code_span(name); };
  std::string out =
      "\n## Impact\n\nWhat uses each difference, on either side; what would fail first comes "
      "first.\n\n";
  for (const ImpactEntry& entry : impact) {
    out += fmt::format("- {}", impact_subject(entry, quoted));
    if (entry.used_by.empty()) {
      out += ": used by nothing\n";
      continue;
    }
    out += "\n";
    for (const ImpactUse& use : entry.used_by)
      out += fmt::format("  - {}\n", impact_use_phrase(use, quoted));
  }
  return out;
}

}  // namespace pgdrift
