#include "cli/render/impact_report.hpp"

namespace pgdrift {

nlohmann::ordered_json impact_json(const std::vector<ImpactEntry>& impact) {
  nlohmann::ordered_json entries = nlohmann::ordered_json::array();
  for (const ImpactEntry& entry : impact) {
    nlohmann::ordered_json item{{"kind", entry.kind}, {"id", entry.id}};
    item["change"] = entry.change
                         ? nlohmann::ordered_json(std::string(change_type_name(*entry.change)))
                         : nullptr;
    item["used_by"] = nlohmann::ordered_json::array();
    for (const ImpactUse& use : entry.used_by) {
      nlohmann::ordered_json user{
          {"side", use.side}, {"kind", use.kind}, {"id", use.id}, {"breaks", use.breaks}};
      if (!use.column.empty()) user["column"] = use.column;
      item["used_by"].push_back(std::move(user));
    }
    entries.push_back(std::move(item));
  }
  return entries;
}

}  // namespace pgdrift
