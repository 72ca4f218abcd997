#include "analyzer/diff/ground_completion.hpp"

#include <algorithm>

namespace pgdrift {
namespace {

// Calls `visit(map of catalog, map of other, map of ground)` for each kind of object.
template <typename Visit>
void for_each_kind(Catalog& catalog, const Catalog& other, const Catalog& ground, Visit visit) {
  visit(catalog.schemas, other.schemas, ground.schemas);
  visit(catalog.extensions, other.extensions, ground.extensions);
  visit(catalog.tables, other.tables, ground.tables);
  visit(catalog.views, other.views, ground.views);
  visit(catalog.sequences, other.sequences, ground.sequences);
  visit(catalog.indexes, other.indexes, ground.indexes);
  visit(catalog.routines, other.routines, ground.routines);
  visit(catalog.triggers, other.triggers, ground.triggers);
  visit(catalog.policies, other.policies, ground.policies);
  visit(catalog.types, other.types, ground.types);
  visit(catalog.publications, other.publications, ground.publications);
}

// The grounds of both sides, each once.
std::vector<std::shared_ptr<const Catalog>> grounds_of(const Catalog& a, const Catalog& b) {
  std::vector<std::shared_ptr<const Catalog>> grounds = a.grounds;
  for (const auto& ground : b.grounds) {
    if (std::find(grounds.begin(), grounds.end(), ground) == grounds.end()) grounds.push_back(ground);
  }
  return grounds;
}

}  // namespace

bool lacks_ground_objects(const Catalog& catalog, const Catalog& other) {
  bool lacks = false;
  for (const auto& ground : grounds_of(catalog, other)) {
    // for_each_kind hands out a mutable first map; nothing is changed here.
    for_each_kind(const_cast<Catalog&>(catalog), other, *ground, [&](const auto& mine, const auto& theirs, const auto& given) {
      for (const auto& entry : given) {
        if (!lacks && theirs.contains(entry.first) && !mine.contains(entry.first)) lacks = true;
      }
    });
  }
  return lacks;
}

void complete_from_grounds(Catalog& catalog, const Catalog& other) {
  for (const auto& ground : grounds_of(catalog, other)) {
    bool added = false;
    for_each_kind(catalog, other, *ground, [&](auto& mine, const auto& theirs, const auto& given) {
      for (const auto& entry : given) {
        if (theirs.contains(entry.first) && mine.emplace(entry.first, entry.second).second) added = true;
      }
    });
    if (added && std::find(catalog.grounds.begin(), catalog.grounds.end(), ground) == catalog.grounds.end()) {
      catalog.grounds.push_back(ground);
    }
  }
}

}  // namespace pgdrift
