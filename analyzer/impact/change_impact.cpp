#include "analyzer/impact/change_impact.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "analyzer/diff/impact.hpp"
#include "analyzer/impact/changed_names.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/references/reference_graph.hpp"

namespace pgdrift {
namespace {

// A change of these aspects changes what the object's users read, call or may write; owners,
// grants, comments, defaults, options and the column order do not change what code using it
// runs, so the users of such a change are not listed.
bool changes_what_users_see(const Change& change) {
  static const std::vector<std::string> aspects{
      "type",           "signature",           "return_type",    "body",
      "output_columns", "output_column_order", "allowed_values", "not_null",
      "labels",         "generated",           "definition"};
  return std::any_of(change.details.begin(), change.details.end(), [](const ChangeDetail& detail) {
    return detail.aspect.starts_with("query.") ||
           std::find(aspects.begin(), aspects.end(), detail.aspect) != aspects.end();
  });
}

bool is_usable_kind(const std::string& kind) {
  static const std::vector<std::string> kinds{
      "table",     "column",    "view", "materialized_view", "sequence", "function",
      "procedure", "aggregate", "enum", "composite_type",    "domain",   "range_type"};
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

std::string relation_kind(const Catalog& catalog, const QualifiedName& relation) {
  if (auto view = catalog.views.find(relation); view != catalog.views.end()) {
    return view->second.materialized ? "materialized_view" : "view";
  }
  return catalog.sequences.contains(relation) ? "sequence" : "table";
}

class ImpactBuilder {
 public:
  ImpactBuilder(const DiffResult& diff, const Catalog& old_catalog, const Catalog& new_catalog)
      : old_(old_catalog),
        new_(new_catalog),
        old_lookup_(old_catalog),
        new_lookup_(new_catalog),
        changed_names_(diff) {
    for (const Change& change : diff.changes) {
      if (is_usable_kind(change.kind)) changes_.emplace(change.id, &change);
    }
  }

  std::vector<ImpactEntry> build() {
    if (changes_.empty()) return {};  // nothing that can be used differs: no graph to build
    ReadFilter read{[this](const Routine& routine) { return may_use_changes(routine); },
                    [this](const ast::Node& tree, const QualifiedName* own_table) {
                      return may_use_changes(tree, own_table);
                    }};
    // One side after the other: each graph is dropped once its uses are taken.
    add_uses("old", build_reference_graph(old_, read), old_, new_);
    add_uses("new", build_reference_graph(new_, read), new_, old_);
    for (const auto& [id, change] : changes_) {
      bool listed = change->type != ChangeType::changed || changes_what_users_see(*change);
      if (listed) entry(change->kind, id);
    }
    return ranked();
  }

 private:
  const Catalog& old_;
  const Catalog& new_;
  NameLookup old_lookup_;
  NameLookup new_lookup_;
  ChangedNames changed_names_;
  std::map<std::string, const Change*> changes_;
  std::map<std::pair<std::string, std::string>, ImpactEntry> entries_;

  // A body that names nothing the diff reports uses nothing it reports. A trigger function
  // is read anyway: it reads its tables' rows (NEW.x) without naming the tables.
  bool may_use_changes(const Routine& routine) const {
    return routine.return_type == "trigger" || changed_names_.mentioned_in(routine.body);
  }

  // A table's own expression reads its columns without naming the table.
  bool may_use_changes(const ast::Node& tree, const QualifiedName* own_table) const {
    return (own_table && changed_names_.holds(own_table->name)) ||
           changed_names_.mentioned_in(tree);
  }

  ImpactEntry& entry(const std::string& kind, const std::string& id) {
    auto [found, inserted] = entries_.try_emplace({kind, id});
    if (inserted) {
      found->second.kind = kind;
      found->second.id = id;
      if (auto change = changes_.find(id); change != changes_.end())
        found->second.change = change->second->type;
    }
    return found->second;
  }

  // A use of something the other side has, listed when the diff changes it visibly.
  void add_if_changed(const std::string& id, ImpactUse use) {
    auto change = changes_.find(id);
    if (change == changes_.end() || change->second->type != ChangeType::changed ||
        !changes_what_users_see(*change->second)) {
      return;
    }
    entry(change->second->kind, id).used_by.push_back(std::move(use));
  }

  void add_uses(const std::string& side, const std::vector<ReferenceUser>& users,
                const Catalog& own, const Catalog& other) {
    for (const ReferenceUser& user : users) {
      ImpactUse use{side, user.kind, user.id};
      for (const QualifiedName& relation : user.uses.relations)
        add_relation_use(own, other, relation, use);
      for (const auto& [relation, column] : user.uses.columns)
        add_column_use(own, other, relation, column, use);
      for (const std::string& routine : user.uses.routines)
        add_routine_use(own, other, routine, use);
      for (const QualifiedName& type : user.uses.types) add_type_use(other, type, use);
    }
  }

  void add_relation_use(const Catalog& own, const Catalog& other, const QualifiedName& relation,
                        ImpactUse use) {
    std::string id = object_id(relation);
    if (!other.relation_exists(relation)) {
      use.breaks = true;
      entry(relation_kind(own, relation), id).used_by.push_back(std::move(use));
    } else {
      add_if_changed(id, std::move(use));
    }
  }

  void add_column_use(const Catalog& own, const Catalog& other, const QualifiedName& relation,
                      const std::string& column, ImpactUse use) {
    if (!other.relation_exists(relation)) return;  // the relation's own use says it
    const NameLookup& own_lookup = &own == &old_ ? old_lookup_ : new_lookup_;
    const NameLookup& other_lookup = &other == &old_ ? old_lookup_ : new_lookup_;
    if (!own_lookup.has_column(relation, column)) return;  // fails on its own side already
    bool table = other.tables.contains(relation);
    std::string id = table ? member_id(relation, column) : object_id(relation);
    std::string kind = table ? "column" : relation_kind(other, relation);
    if (!table) use.column = column;
    if (!other_lookup.has_column(relation, column)) {
      use.breaks = true;
      entry(kind, id).used_by.push_back(std::move(use));
    } else if (table) {
      add_if_changed(id, std::move(use));
    }
  }

  void add_routine_use(const Catalog& own, const Catalog& other, const std::string& id,
                       ImpactUse use) {
    const Routine& routine = own.routines.at(id);
    if (!other.routines.contains(id)) {
      use.breaks = true;
      entry(routine_kind_name(routine.kind), id).used_by.push_back(std::move(use));
    } else {
      add_if_changed(id, std::move(use));
    }
  }

  void add_type_use(const Catalog& other, const QualifiedName& type, ImpactUse use) {
    std::string id = object_id(type);
    auto change = changes_.find(id);
    std::string kind = change != changes_.end() ? change->second->kind : "type";
    if (!other.types.contains(type)) {
      use.breaks = true;
      entry(kind, id).used_by.push_back(std::move(use));
    } else {
      add_if_changed(id, std::move(use));
    }
  }

  int score(const ImpactEntry& entry) const {
    auto change = changes_.find(entry.id);
    return change == changes_.end() ? 0 : change->second->impact;
  }

  static auto use_order(const ImpactUse& use) { return std::tie(use.side, use.kind, use.id); }

  // Breaking uses first; a user that breaks is not listed again for a use that does not.
  static void sort_uses(std::vector<ImpactUse>& uses) {
    std::sort(uses.begin(), uses.end(), [](const ImpactUse& a, const ImpactUse& b) {
      return std::make_tuple(!a.breaks, use_order(a), a.column) <
             std::make_tuple(!b.breaks, use_order(b), b.column);
    });
    std::vector<ImpactUse> kept;
    for (ImpactUse& use : uses) {
      bool listed = std::any_of(kept.begin(), kept.end(), [&](const ImpactUse& other) {
        return use_order(other) == use_order(use) && (other.column == use.column || !use.breaks);
      });
      if (!listed) kept.push_back(std::move(use));
    }
    uses = std::move(kept);
  }

  static int tier(const ImpactEntry& entry) {
    return entry.breaks() ? 0 : entry.used_by.empty() ? 2 : 1;
  }

  std::vector<ImpactEntry> ranked() {
    std::vector<ImpactEntry> out;
    for (auto& [key, entry] : entries_) {
      sort_uses(entry.used_by);
      out.push_back(std::move(entry));
    }
    std::stable_sort(out.begin(), out.end(), [&](const ImpactEntry& a, const ImpactEntry& b) {
      return std::make_tuple(tier(a), -score(a)) < std::make_tuple(tier(b), -score(b));
    });
    return out;
  }
};

}  // namespace

std::vector<ImpactEntry> impact_of_changes(const DiffResult& diff, const Catalog& old_catalog,
                                           const Catalog& new_catalog) {
  return ImpactBuilder(diff, old_catalog, new_catalog).build();
}

}  // namespace pgdrift
