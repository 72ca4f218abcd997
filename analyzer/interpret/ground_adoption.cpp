// A statement that names an object of the known ground (a platform's auth.users, an
// extension's cron.job) finds it as PostgreSQL would: the object is taken into the catalog,
// as the ground describes it, and from then on it is the catalog's like any other.
#include <algorithm>

#include "analyzer/interpret/context.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void remember_ground(Catalog& catalog, const std::shared_ptr<const Catalog>& ground) {
  if (std::find(catalog.grounds.begin(), catalog.grounds.end(), ground) == catalog.grounds.end()) {
    catalog.grounds.push_back(ground);
  }
}

template <typename Map, typename Key>
bool copy_missing(Map& into, const Map& from, const Key& key) {
  if (into.contains(key)) return false;
  auto found = from.find(key);
  if (found == from.end()) return false;
  into.emplace(found->first, found->second);
  return true;
}

// A relation with what PostgreSQL keeps with it: its indexes and owned sequences.
bool copy_relation(Catalog& into, const Catalog& ground, const QualifiedName& name) {
  bool copied = copy_missing(into.tables, ground.tables, name) || copy_missing(into.views, ground.views, name) ||
                copy_missing(into.sequences, ground.sequences, name);
  if (!copied) return false;
  for (const auto& [index_name, index] : ground.indexes) {
    if (index.table == name) into.indexes.emplace(index_name, index);
  }
  for (const auto& [sequence_name, sequence] : ground.sequences) {
    if (sequence.owned_by_table == name) into.sequences.emplace(sequence_name, sequence);
  }
  return true;
}

// Everything of `from` that `into` lacks, for an extension's objects.
template <typename Map>
void copy_all_missing(Map& into, const Map& from) {
  for (const auto& entry : from) into.emplace(entry.first, entry.second);
}

// One object of a kind (a member map of Catalog) by its key: whether the catalog has it,
// once taken from the platform's ground if it lacked it.
template <typename Map, typename Key>
bool adopt_from_platform(const Context& context, Map Catalog::*kind, const Key& key) {
  if ((context.catalog.*kind).contains(key)) return true;
  std::shared_ptr<const Catalog> ground = context.known ? context.known->platform() : nullptr;
  if (!ground || !copy_missing(context.catalog.*kind, (*ground).*kind, key)) return false;
  remember_ground(context.catalog, ground);
  return true;
}

}  // namespace

bool Context::adopt_schema(const std::string& name) const { return adopt_from_platform(*this, &Catalog::schemas, name); }

bool Context::adopt_relation(const QualifiedName& name) const {
  if (catalog.relation_exists(name)) return true;
  std::shared_ptr<const Catalog> ground = known ? known->platform() : nullptr;
  if (!ground || !copy_relation(catalog, *ground, name)) return false;
  remember_ground(catalog, ground);
  adopt_schema(name.schema);
  return true;
}

bool Context::adopt_routines(const QualifiedName& name) const {
  std::string prefix = object_id(name) + "(";
  auto has_prefix = [&](const std::map<std::string, Routine>& routines) {
    auto found = routines.lower_bound(prefix);
    return found != routines.end() && found->first.starts_with(prefix);
  };
  if (has_prefix(catalog.routines)) return true;
  std::shared_ptr<const Catalog> ground = known ? known->platform() : nullptr;
  if (!ground || !has_prefix(ground->routines)) return false;
  for (auto found = ground->routines.lower_bound(prefix); found != ground->routines.end() && found->first.starts_with(prefix); ++found) {
    catalog.routines.emplace(found->first, found->second);
  }
  remember_ground(catalog, ground);
  adopt_schema(name.schema);
  return true;
}

bool Context::adopt_type(const QualifiedName& name) const {
  return adopt_from_platform(*this, &Catalog::types, name) && adopt_schema(name.schema);
}

bool Context::adopt_publication(const std::string& name) const {
  return adopt_from_platform(*this, &Catalog::publications, name);
}

void Context::adopt_extension_objects(std::string_view extension) const {
  std::shared_ptr<const Catalog> objects = known ? known->extension(extension) : nullptr;
  if (!objects) return;
  for (const auto& entry : objects->schemas) {
    if (!entry.second.builtin) catalog.schemas.emplace(entry.first, entry.second);
  }
  copy_all_missing(catalog.tables, objects->tables);
  copy_all_missing(catalog.views, objects->views);
  copy_all_missing(catalog.sequences, objects->sequences);
  copy_all_missing(catalog.indexes, objects->indexes);
  copy_all_missing(catalog.routines, objects->routines);
  copy_all_missing(catalog.types, objects->types);
  remember_ground(catalog, objects);
}

}  // namespace pgdrift
