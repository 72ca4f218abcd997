#include "cli/render/detail_text.hpp"

#include <fmt/format.h>

namespace pgdrift {
namespace {

std::string list_text(const std::vector<std::string>& items) {
  return fmt::format("{}", fmt::join(items, ", "));
}

}  // namespace

std::string describe_detail(const ChangeDetail& detail, std::string_view arrow,
                            const DetailWords& words) {
  std::vector<std::string> parts;
  if (detail.old_value || detail.new_value) {
    parts.push_back(
        fmt::format("{} {} {}", detail.old_value ? *detail.old_value : std::string(words.none),
                    arrow, detail.new_value ? *detail.new_value : std::string(words.none)));
  }
  auto list = [&](std::string_view label, const std::vector<std::string>& items) {
    if (!items.empty())
      parts.push_back(fmt::format("{}{}{}", label, words.colon, list_text(items)));
  };
  list(words.only_old, detail.only_old);
  list(words.only_new, detail.only_new);
  list(words.added, detail.added);
  list(words.removed, detail.removed);
  list(words.changed, detail.changed);
  if (parts.empty()) return detail.aspect;
  return fmt::format("{}{}{}", detail.aspect, words.colon, fmt::join(parts, "; "));
}

std::string kind_heading(const std::string& kind) {
  std::string heading = kind;
  for (char& c : heading) {
    if (c == '_') c = ' ';
  }
  if (!heading.empty())
    heading[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(heading[0])));
  if (heading == "Policy") return "Policies";
  if (heading == "Index") return "Indexes";
  if (heading.ends_with("y") && heading != "Default privileges")
    return heading.substr(0, heading.size() - 1) + "ies";
  if (heading.ends_with("s")) return heading;
  return heading + "s";
}

}  // namespace pgdrift
