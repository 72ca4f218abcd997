#include "analyzer/report/drift_resolution.hpp"

#include "analyzer/diff/differ.hpp"
#include "analyzer/diff/ground_completion.hpp"
#include "analyzer/migrations/attribution.hpp"

namespace pgdrift {
namespace {

// The plan reads catalogs as the diff compared them: a known ground's objects on both sides.
Catalog completed(const Catalog& catalog, const Catalog& other) {
  Catalog copy = catalog;
  if (lacks_ground_objects(copy, other)) complete_from_grounds(copy, other);
  return copy;
}

// Whether a plan step implements a drift item: its label starts with the item's "kind id"
// ("column public.t.c added"; a warning: "table public.t: ...").
bool implements(const std::string& label, const Change& change) {
  std::string key = change_key(change);
  return label.starts_with(key) && label.size() > key.size() &&
         (label[key.size()] == ' ' || label[key.size()] == ':');
}

// Whether it implements a member of a table the item is ("constraint public.t.fk added" for
// table public.t added), when no item is that member itself.
bool implements_member(const std::string& label, const Change& change) {
  if (change.kind != "table") return false;
  for (const char* member : {"column ", "constraint ", "index ", "trigger ", "policy "}) {
    if (label.starts_with(member + change.id + ".")) return true;
  }
  return false;
}

DriftResolution* implemented_item(const std::string& label,
                                  std::vector<DriftResolution>& resolutions) {
  for (DriftResolution& resolution : resolutions) {
    if (implements(label, resolution.change)) return &resolution;
  }
  for (DriftResolution& resolution : resolutions) {
    if (implements_member(label, resolution.change)) return &resolution;
  }
  return nullptr;
}

// One plan for the whole drift, its steps handed to the items they implement, in the
// plan's order. Steps and warnings about nothing the drift lists (the platform's ground,
// which the drift leaves out) are not the side's drift and are dropped.
void plan_into(const Catalog& from, const Catalog& to, const DiffResult& diff,
               std::vector<DriftResolution>& resolutions,
               std::vector<ResolutionStep> DriftResolution::*steps,
               std::vector<std::string>& warnings) {
  Plan plan = make_plan(from, to, diff, PlanOptions{.allow_drops = true, .transaction = false});
  for (std::string& warning : plan.warnings) {
    if (implemented_item(warning, resolutions)) warnings.push_back(std::move(warning));
  }
  for (PlanStep& step : plan.steps) {
    if (DriftResolution* resolution = implemented_item(step.change, resolutions))
      ((*resolution).*steps)
          .push_back({std::move(step.sql), std::move(step.hazard), step.data_loss});
  }
}

}  // namespace

std::vector<DriftResolution> resolve_drift(const std::string& side_name, const SideDrift& drift,
                                           const Catalog& side, const DiffOptions& options,
                                           std::vector<std::string>& warnings) {
  std::vector<DriftResolution> resolutions;
  if (drift.changes.identical() || !drift.expected) return resolutions;
  for (const Change& change : drift.changes.changes)
    resolutions.push_back({side_name, change, {}, {}});
  Catalog expected = completed(*drift.expected, side);
  Catalog actual = completed(side, *drift.expected);
  plan_into(expected, actual, drift.changes, resolutions, &DriftResolution::capture, warnings);
  plan_into(actual, expected, diff_catalogs(actual, expected, options), resolutions,
            &DriftResolution::revert, warnings);
  return resolutions;
}

}  // namespace pgdrift
