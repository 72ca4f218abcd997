#pragma once

#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "analyzer/impact/change_impact.hpp"

namespace pgdrift {

// What uses each difference (analyzer/impact), as diff's "impact" section and JSON field.
nlohmann::ordered_json impact_json(const std::vector<ImpactEntry>& impact);
std::string render_impact_text(const std::vector<ImpactEntry>& impact,
                               const std::string& heading_on, const std::string& heading_off);
std::string render_impact_markdown(const std::vector<ImpactEntry>& impact);

// "column public.t.c (only in NEW)": the entry's object, each name through `name`.
std::string impact_subject(const ImpactEntry& entry,
                           const std::function<std::string(const std::string&)>& name);
// "NEW's view public.v reads it: fails against OLD, which lacks it".
std::string impact_use_phrase(const ImpactUse& use,
                              const std::function<std::string(const std::string&)>& name);

}  // namespace pgdrift
