#include "analyzer/listing/object_listing.hpp"

#include <algorithm>

#include "analyzer/model/known_ground.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/model/object_kind.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

constexpr int kOtherRank = 1000;

// Visits every object of a catalog, handing the sink its rank (the order of kinds), its
// kind and a function that makes its id: counting needs no ids, and ids cost strings.
template <typename Sink>
class Walker {
 public:
  Walker(const Catalog& catalog, Sink& sink) : catalog_(catalog), sink_(sink) {}

  void run() {
    schemas_and_extensions();
    relations();
    routines();
    members();
    types();
    // Lambdas take map entries, not structured bindings: clang 14 (the fuzz build) cannot capture those.
    for (const auto& entry : catalog_.event_triggers) add(ObjectKind::event_trigger, [&] { return quote_identifier(entry.first); });
    for (const auto& entry : catalog_.publications) {
      if (!known(entry.second.meta)) add(ObjectKind::publication, [&] { return quote_identifier(entry.first); });
    }
    for (const auto& entry : catalog_.others) sink_(kOtherRank, entry.second.kind, [&] { return entry.second.id; });
  }

 private:
  const Catalog& catalog_;
  Sink& sink_;

  // A platform's or an extension's object is known, not the user's: never listed nor counted.
  bool known(const ObjectMeta& meta) const { return !catalog_.grounds.empty() && from_known_ground(meta); }

  template <typename MakeId>
  void add(ObjectKind kind, MakeId make_id) {
    sink_(static_cast<int>(kind), kind_name(kind), make_id);
  }

  void schemas_and_extensions() {
    for (const auto& entry : catalog_.schemas) {
      if (!entry.second.builtin && !known(entry.second.meta)) add(ObjectKind::schema, [&] { return quote_identifier(entry.first); });
    }
    for (const auto& entry : catalog_.extensions) {
      if (!entry.second.builtin && !known(entry.second.meta)) add(ObjectKind::extension, [&] { return quote_identifier(entry.first); });
    }
  }

  void relations() {
    for (const auto& entry : catalog_.tables) {
      const QualifiedName& name = entry.first;
      if (known(entry.second.meta)) continue;
      add(ObjectKind::table, [&] { return object_id(name); });
      for (const Column& column : entry.second.columns) add(ObjectKind::column, [&] { return member_id(name, column.name); });
      for (const auto& constraint : entry.second.constraints) {
        add(ObjectKind::constraint, [&] { return member_id(name, constraint.first); });
      }
    }
    for (const auto& entry : catalog_.views) {
      if (known(entry.second.meta)) continue;
      add(entry.second.materialized ? ObjectKind::materialized_view : ObjectKind::view, [&] { return object_id(entry.first); });
    }
    for (const auto& entry : catalog_.sequences) {
      if (!known(entry.second.meta)) add(ObjectKind::sequence, [&] { return object_id(entry.first); });
    }
    for (const auto& entry : catalog_.indexes) {
      if (known(entry.second.meta)) continue;
      add(ObjectKind::index, [&] { return member_id(entry.second.table, entry.first.name); });
    }
  }

  void routines() {
    for (const auto& entry : catalog_.routines) {
      if (known(entry.second.meta)) continue;
      RoutineKind kind = entry.second.kind;
      add(kind == RoutineKind::procedure   ? ObjectKind::procedure
          : kind == RoutineKind::aggregate ? ObjectKind::aggregate
                                           : ObjectKind::function,
          [&] { return entry.first; });
    }
  }

  void members() {
    for (const auto& entry : catalog_.triggers) {
      if (!known(entry.second.meta)) add(ObjectKind::trigger, [&] { return member_id(entry.first.table, entry.first.name); });
    }
    for (const auto& entry : catalog_.policies) {
      if (!known(entry.second.meta)) add(ObjectKind::policy, [&] { return member_id(entry.first.table, entry.first.name); });
    }
  }

  void types() {
    for (const auto& entry : catalog_.types) {
      const QualifiedName& name = entry.first;
      if (known(entry.second.meta)) continue;
      auto id = [&] { return object_id(name); };
      switch (entry.second.kind) {
        case UserTypeKind::enum_type: add(ObjectKind::enum_type, id); break;
        case UserTypeKind::composite: add(ObjectKind::composite_type, id); break;
        case UserTypeKind::range: add(ObjectKind::range_type, id); break;
        case UserTypeKind::domain:
          add(ObjectKind::domain, id);
          for (const auto& constraint : entry.second.constraints) {
            add(ObjectKind::constraint, [&] { return member_id(name, constraint.first); });
          }
          break;
        case UserTypeKind::base:
        case UserTypeKind::shell:
          sink_(kOtherRank - 1, "base_type", id);
          break;
      }
    }
  }
};

}  // namespace

std::vector<ListedObject> list_objects(const Catalog& catalog) {
  struct Ranked {
    int rank;
    ListedObject object;
  };
  std::vector<Ranked> objects;
  auto collect = [&](int rank, std::string_view kind, const auto& make_id) {
    objects.push_back({rank, {std::string(kind), make_id()}});
  };
  Walker(catalog, collect).run();
  // Other objects keep the order of their map (their ids are not all written alike).
  std::stable_sort(objects.begin(), objects.end(), [](const Ranked& a, const Ranked& b) {
    if (a.rank == kOtherRank || b.rank == kOtherRank) return a.rank < b.rank;
    return a.rank != b.rank ? a.rank < b.rank : a.object.id < b.object.id;
  });
  std::vector<ListedObject> listed;
  listed.reserve(objects.size());
  for (Ranked& ranked : objects) listed.push_back(std::move(ranked.object));
  return listed;
}

std::map<std::string, int> count_objects(const std::vector<ListedObject>& objects) {
  std::map<std::string, int> counts;
  for (ObjectKind kind : kAllObjectKinds) counts[std::string(kind_name(kind))] = 0;
  for (const ListedObject& object : objects) ++counts[object.kind];
  return counts;
}

std::map<std::string, int> count_objects(const Catalog& catalog) {
  std::map<std::string, int, std::less<>> counts;
  for (ObjectKind kind : kAllObjectKinds) counts[std::string(kind_name(kind))] = 0;
  auto count = [&](int, std::string_view kind, const auto&) {
    auto found = counts.find(kind);
    if (found == counts.end()) found = counts.emplace(std::string(kind), 0).first;
    ++found->second;
  };
  Walker(catalog, count).run();
  return {counts.begin(), counts.end()};
}

}  // namespace pgdrift
