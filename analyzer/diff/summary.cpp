#include "analyzer/diff/summary.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "analyzer/listing/object_listing.hpp"
#include "analyzer/model/object_kind.hpp"

namespace pgdrift {

std::vector<KindSummary> summarize(const Catalog& old_catalog, const Catalog& new_catalog,
                                   const std::vector<Change>& changes) {
  std::map<std::string, int> old_counts = count_objects(old_catalog);
  std::map<std::string, int> new_counts = count_objects(new_catalog);
  std::vector<std::string> kinds;
  for (ObjectKind kind : kAllObjectKinds) kinds.emplace_back(kind_name(kind));
  auto add_kind = [&](const std::string& kind) {
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) kinds.push_back(kind);
  };
  for (const auto& [kind, count] : old_counts) add_kind(kind);
  for (const auto& [kind, count] : new_counts) add_kind(kind);
  for (const Change& change : changes) add_kind(change.kind);
  std::vector<KindSummary> summary;
  for (const std::string& kind : kinds) {
    KindSummary row{kind, old_counts[kind], new_counts[kind], 0, 0, 0};
    for (const Change& change : changes) {
      if (change.kind != kind) continue;
      if (change.type == ChangeType::added) ++row.added;
      if (change.type == ChangeType::removed) ++row.removed;
      if (change.type == ChangeType::changed) ++row.changed;
    }
    if (row.old_count || row.new_count || row.added || row.removed || row.changed) summary.push_back(row);
  }
  return summary;
}

}  // namespace pgdrift
