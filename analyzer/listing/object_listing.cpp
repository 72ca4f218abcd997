#include "analyzer/listing/object_listing.hpp"

#include <algorithm>

#include "analyzer/model/object_id.hpp"
#include "analyzer/model/object_kind.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

class Lister {
 public:
  explicit Lister(const Catalog& catalog) : catalog_(catalog) {}

  std::vector<ListedObject> run() {
    schemas_and_extensions();
    relations();
    routines();
    members();
    types();
    for (const auto& [name, trigger] : catalog_.event_triggers) add(ObjectKind::event_trigger, quote_identifier(name));
    for (const auto& [name, publication] : catalog_.publications) add(ObjectKind::publication, quote_identifier(name));
    std::stable_sort(objects_.begin(), objects_.end(), [](const Ranked& a, const Ranked& b) {
      return a.rank != b.rank ? a.rank < b.rank : a.object.id < b.object.id;
    });
    for (const auto& [key, other] : catalog_.others) objects_.push_back({kOtherRank, {other.kind, other.id}});
    std::vector<ListedObject> listed;
    listed.reserve(objects_.size());
    for (Ranked& ranked : objects_) listed.push_back(std::move(ranked.object));
    return listed;
  }

 private:
  struct Ranked {
    int rank;
    ListedObject object;
  };
  static constexpr int kOtherRank = 1000;
  const Catalog& catalog_;
  std::vector<Ranked> objects_;

  void add(ObjectKind kind, std::string id) {
    objects_.push_back({static_cast<int>(kind), {std::string(kind_name(kind)), std::move(id)}});
  }

  void schemas_and_extensions() {
    for (const auto& [name, schema] : catalog_.schemas) {
      if (!schema.builtin) add(ObjectKind::schema, quote_identifier(name));
    }
    for (const auto& [name, extension] : catalog_.extensions) add(ObjectKind::extension, quote_identifier(name));
  }

  void relations() {
    for (const auto& [name, table] : catalog_.tables) {
      add(ObjectKind::table, object_id(name));
      for (const Column& column : table.columns) add(ObjectKind::column, member_id(name, column.name));
      for (const auto& [constraint_name, constraint] : table.constraints) {
        add(ObjectKind::constraint, member_id(name, constraint_name));
      }
    }
    for (const auto& [name, view] : catalog_.views) {
      add(view.materialized ? ObjectKind::materialized_view : ObjectKind::view, object_id(name));
    }
    for (const auto& [name, sequence] : catalog_.sequences) add(ObjectKind::sequence, object_id(name));
    for (const auto& [name, index] : catalog_.indexes) add(ObjectKind::index, member_id(index.table, name.name));
  }

  void routines() {
    for (const auto& [id, routine] : catalog_.routines) {
      ObjectKind kind = routine.kind == RoutineKind::procedure   ? ObjectKind::procedure
                        : routine.kind == RoutineKind::aggregate ? ObjectKind::aggregate
                                                                 : ObjectKind::function;
      add(kind, id);
    }
  }

  void members() {
    for (const auto& [key, trigger] : catalog_.triggers) add(ObjectKind::trigger, member_id(key.table, key.name));
    for (const auto& [key, policy] : catalog_.policies) add(ObjectKind::policy, member_id(key.table, key.name));
  }

  void types() {
    for (const auto& [name, type] : catalog_.types) {
      switch (type.kind) {
        case UserTypeKind::enum_type: add(ObjectKind::enum_type, object_id(name)); break;
        case UserTypeKind::composite: add(ObjectKind::composite_type, object_id(name)); break;
        case UserTypeKind::range: add(ObjectKind::range_type, object_id(name)); break;
        case UserTypeKind::domain:
          add(ObjectKind::domain, object_id(name));
          for (const auto& [constraint_name, constraint] : type.constraints) {
            add(ObjectKind::constraint, member_id(name, constraint_name));
          }
          break;
        case UserTypeKind::base:
        case UserTypeKind::shell:
          objects_.push_back({kOtherRank - 1, {"base_type", object_id(name)}});
          break;
      }
    }
  }
};

}  // namespace

std::vector<ListedObject> list_objects(const Catalog& catalog) { return Lister(catalog).run(); }

std::map<std::string, int> count_objects(const std::vector<ListedObject>& objects) {
  std::map<std::string, int> counts;
  for (ObjectKind kind : kAllObjectKinds) counts[std::string(kind_name(kind))] = 0;
  for (const ListedObject& object : objects) ++counts[object.kind];
  return counts;
}

}  // namespace pgdrift
