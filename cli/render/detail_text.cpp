#include "cli/render/detail_text.hpp"

#include <fmt/format.h>

namespace pgdrift {
namespace {

std::string list_text(const std::vector<std::string>& items) { return fmt::format("{}", fmt::join(items, ", ")); }

}  // namespace

std::string describe_detail(const ChangeDetail& detail, std::string_view arrow) {
  std::vector<std::string> parts;
  if (detail.old_value || detail.new_value) {
    parts.push_back(fmt::format("{} {} {}", detail.old_value.value_or("(none)"), arrow, detail.new_value.value_or("(none)")));
  }
  if (!detail.only_old.empty()) parts.push_back("only in OLD: " + list_text(detail.only_old));
  if (!detail.only_new.empty()) parts.push_back("only in NEW: " + list_text(detail.only_new));
  if (!detail.added.empty()) parts.push_back("added: " + list_text(detail.added));
  if (!detail.removed.empty()) parts.push_back("removed: " + list_text(detail.removed));
  if (!detail.changed.empty()) parts.push_back("changed: " + list_text(detail.changed));
  if (parts.empty()) return detail.aspect;
  return fmt::format("{}: {}", detail.aspect, fmt::join(parts, "; "));
}

std::string kind_heading(const std::string& kind) {
  std::string heading = kind;
  for (char& c : heading) {
    if (c == '_') c = ' ';
  }
  if (!heading.empty()) heading[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(heading[0])));
  if (heading == "Policy") return "Policies";
  if (heading == "Index") return "Indexes";
  if (heading.ends_with("y") && heading != "Default privileges") return heading.substr(0, heading.size() - 1) + "ies";
  if (heading.ends_with("s")) return heading;
  return heading + "s";
}

}  // namespace pgdrift
