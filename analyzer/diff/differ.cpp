#include "analyzer/diff/differ.hpp"

#include <algorithm>
#include <optional>

#include "analyzer/diff/catalog_filter.hpp"
#include "analyzer/diff/compare.hpp"
#include "analyzer/diff/ground_completion.hpp"
#include "analyzer/diff/impact.hpp"
#include "analyzer/diff/rename_detection.hpp"
#include "analyzer/diff/summary.hpp"
#include "analyzer/model/object_kind.hpp"

namespace pgdrift {
namespace {

int kind_rank(const std::string& kind) {
  if (auto known = kind_from_name(kind)) return static_cast<int>(*known);
  return 1000;
}

}  // namespace

DiffResult diff_catalogs(const Catalog& old_input, const Catalog& new_input, const DiffOptions& options) {
  // Copies only when filters leave something out or a side lacks a known ground's object
  // the other has: catalogs are large.
  std::optional<Catalog> old_filtered, new_filtered;
  if (lacks_ground_objects(old_input, new_input)) {
    old_filtered = old_input;
    complete_from_grounds(*old_filtered, new_input);
  }
  if (lacks_ground_objects(new_input, old_input)) {
    new_filtered = new_input;
    complete_from_grounds(*new_filtered, old_input);
  }
  if (filters_anything(options)) {
    old_filtered = filter_catalog(old_filtered ? *old_filtered : old_input, options);
    new_filtered = filter_catalog(new_filtered ? *new_filtered : new_input, options);
  }
  const Catalog& old_catalog = old_filtered ? *old_filtered : old_input;
  const Catalog& new_catalog = new_filtered ? *new_filtered : new_input;
  Comparison comparison(old_catalog, new_catalog, options);
  compare_schemas(comparison);
  compare_extensions(comparison);
  compare_tables(comparison);
  compare_indexes(comparison);
  compare_views(comparison);
  compare_sequences(comparison);
  compare_routines(comparison);
  compare_triggers(comparison);
  compare_event_triggers(comparison);
  compare_policies(comparison);
  compare_types(comparison);
  compare_publications(comparison);
  compare_default_privileges(comparison);
  compare_other_objects(comparison);
  compare_extension_members(comparison);

  DiffResult result;
  result.changes = std::move(comparison.changes);
  std::stable_sort(result.changes.begin(), result.changes.end(), [](const Change& a, const Change& b) {
    int x = kind_rank(a.kind), y = kind_rank(b.kind);
    return x != y ? x < y : a.id < b.id;
  });
  detect_renames(old_catalog, new_catalog, result.changes);
  for (Change& change : result.changes) change.impact = impact_of(change);
  result.summary = summarize(old_catalog, new_catalog, result.changes);
  return result;
}

}  // namespace pgdrift
