#include <fmt/format.h>

#include "cli/render/impact_report.hpp"

namespace pgdrift {

std::string render_impact_text(const std::vector<ImpactEntry>& impact,
                               const std::string& heading_on, const std::string& heading_off) {
  if (impact.empty()) return "";
  auto plain = [](const std::string& name) { return name; };
  std::string out = fmt::format(
      "\n{}Impact{} (what uses each difference, on either side; what fails first comes first)\n",
      heading_on, heading_off);
  for (const ImpactEntry& entry : impact) {
    out += fmt::format("  {}", impact_subject(entry, plain));
    if (entry.used_by.empty()) {
      out += ": used by nothing\n";
      continue;
    }
    out += "\n";
    for (const ImpactUse& use : entry.used_by)
      out += fmt::format("    {}\n", impact_use_phrase(use, plain));
  }
  return out;
}

}  // namespace pgdrift
