#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

#include "analyzer/diff/change.hpp"
#include "analyzer/model/catalog.hpp"
#include "analyzer/plan/dependency_graph.hpp"
#include "analyzer/plan/ddl.hpp"
#include "analyzer/plan/plan.hpp"

namespace pgdrift {

// What the planners of each kind share: both catalogs and their graphs, the diff's changes
// by object, the objects to drop and create again, and the steps written so far.
class PlanContext {
 public:
  PlanContext(const Catalog& old_catalog, const Catalog& new_catalog, const DiffResult& diff, const PlanOptions& options);

  const Catalog& old_catalog;
  const Catalog& new_catalog;
  const PlanOptions& options;
  const DependencyGraph old_graph;
  const DependencyGraph new_graph;
  Plan plan;

  // The diff's change of an object (nullptr: unchanged).
  const Change* change(std::string_view kind, const std::string& id) const;
  static bool has_aspect(const Change& change, std::string_view aspect);

  // Objects that exist on both sides but must be dropped and created again: because their
  // own change needs it, or because something they depend on is dropped or replaced.
  void recreate(const std::string& node) { recreated_.insert(node); }
  bool recreated(const std::string& node) const { return recreated_.contains(node); }
  // Extends the set with the dependents (in OLD) of every dropped or re-created object.
  void add_dependents_of(const std::set<std::string>& roots, bool only_what_pins_a_column_type);

  // The options of the identity sequence of a column of NEW (nullptr: none known).
  const Sequence* identity_options(const Table& table, const Column& column) const;
  IdentityOptions identity_lookup() const {
    return [this](const Table& table, const Column& column) { return identity_options(table, column); };
  }

  // The phase that drops an object of OLD: the drop phase, or the cleanup phase when a
  // column or type that stays uses it (its type, collation or base type changes away from
  // it first).
  StepPhase drop_phase_of(const std::string& node) const;

  // Labels the steps added next with the change they implement.
  void implementing(std::string label) { label_ = std::move(label); }
  PlanStep& add(StepPhase phase, const std::string& node, std::string sql);
  void warn(std::string message) { plan.warnings.push_back(std::move(message)); }

 private:
  std::map<std::string, const Change*, std::less<>> changes_;
  std::set<std::string> recreated_;
  std::string label_;
};

}  // namespace pgdrift
