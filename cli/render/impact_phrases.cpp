#include <fmt/format.h>

#include "cli/render/impact_report.hpp"

namespace pgdrift {
namespace {

std::string side_name(const std::string& side) { return side == "old" ? "OLD" : "NEW"; }
std::string other_side_name(const std::string& side) { return side == "old" ? "NEW" : "OLD"; }

std::string where(const ImpactEntry& entry) {
  if (!entry.change) return "not compared";
  switch (*entry.change) {
    case ChangeType::added:
      return "only in NEW";
    case ChangeType::removed:
      return "only in OLD";
    case ChangeType::changed:
      return "changed";
  }
  return "";
}

}  // namespace

std::string impact_subject(const ImpactEntry& entry,
                           const std::function<std::string(const std::string&)>& name) {
  return fmt::format("{} {} ({})", entry.kind, name(entry.id), where(entry));
}

std::string impact_use_phrase(const ImpactUse& use,
                              const std::function<std::string(const std::string&)>& name) {
  std::string what =
      use.column.empty() ? "uses it" : fmt::format("reads its column {}", name(use.column));
  std::string user =
      fmt::format("{}'s {} {} {}", side_name(use.side), use.kind, name(use.id), what);
  if (!use.breaks) return user;
  return fmt::format("{}: fails against {}, which lacks it", user, other_side_name(use.side));
}

}  // namespace pgdrift
