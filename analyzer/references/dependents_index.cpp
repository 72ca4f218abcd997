#include "analyzer/references/dependents_index.hpp"

#include <algorithm>

#include "analyzer/model/object_id.hpp"
#include "analyzer/references/routine_references.hpp"
#include "analyzer/references/text_words.hpp"
#include "analyzer/references/tree_references.hpp"

namespace pgdrift {
namespace {}  // namespace

const std::set<QualifiedName>& DependentsIndex::views_naming(const std::string& name) {
  if (!views_) {
    views_.emplace();
    for (const auto& [view_name, view] : catalog_.views) {
      for (const QualifiedName& relation : references_of(view.query).relations)
        (*views_)[relation.name].insert(view_name);
    }
  }
  auto found = views_->find(name);
  return found == views_->end() ? no_views_ : found->second;
}

void DependentsIndex::index_routine(const std::string& id, const Routine& routine) {
  if (routine.sql_body) {
    for (const QualifiedName& relation : routine_references(routine).relations)
      (*routines_)[lowered(relation.name)].insert(id);
    return;
  }
  if (has_escapes(routine.body)) unreadable_routines_.insert(id);
  any_word(routine.body, [&](std::string word) {
    (*routines_)[std::move(word)].insert(id);
    return false;
  });
}

const std::set<std::string>& DependentsIndex::routines_naming(const std::string& name) {
  if (!routines_) {
    routines_.emplace();
    unreadable_routines_.clear();
    for (const auto& [id, routine] : catalog_.routines) index_routine(id, routine);
  }
  if (!is_one_word(name) || !unreadable_routines_.empty()) {
    routines_for_name_.clear();
    if (!is_one_word(name)) {
      for (const auto& [id, routine] : catalog_.routines) routines_for_name_.insert(id);
      return routines_for_name_;
    }
    routines_for_name_ = unreadable_routines_;
    if (auto found = routines_->find(lowered(name)); found != routines_->end())
      routines_for_name_.insert(found->second.begin(), found->second.end());
    return routines_for_name_;
  }
  auto found = routines_->find(lowered(name));
  return found == routines_->end() ? no_routines_ : found->second;
}

void DependentsIndex::add_routines_named(const QualifiedName& name) {
  if (!routines_) return;  // built whole when next asked
  std::string prefix = object_id(name) + "(";
  for (auto found = catalog_.routines.lower_bound(prefix);
       found != catalog_.routines.end() && found->first.starts_with(prefix); ++found)
    index_routine(found->first, found->second);
}

void DependentsIndex::index_foreign_keys_of(const QualifiedName& table, const Table& definition) {
  for (const auto& [constraint_name, constraint] : definition.constraints) {
    if (constraint.type == ConstraintType::foreign_key)
      (*foreign_keys_)[constraint.referenced_table].insert({table, constraint_name});
  }
}

const std::set<std::pair<QualifiedName, std::string>>& DependentsIndex::foreign_keys_to(
    const QualifiedName& table) {
  if (!foreign_keys_) {
    foreign_keys_.emplace();
    for (const auto& [name, definition] : catalog_.tables) index_foreign_keys_of(name, definition);
  }
  auto found = foreign_keys_->find(table);
  return found == foreign_keys_->end() ? no_foreign_keys_ : found->second;
}

void DependentsIndex::add_foreign_keys_of(const QualifiedName& table) {
  if (!foreign_keys_) return;  // built whole when next asked
  auto found = catalog_.tables.find(table);
  if (found == catalog_.tables.end()) return;
  // A partitioned table's foreign keys are copied to its partitions, which are other tables.
  if (found->second.kind == TableKind::partitioned) return forget_foreign_keys();
  index_foreign_keys_of(table, found->second);
}

const References& DependentsIndex::references_of(Expr tree) {
  auto found = references_.find(tree);
  if (found == references_.end()) {
    References references;
    collect_references(tree, references);
    found = references_.emplace(tree, std::move(references)).first;
  }
  return found->second;
}

void DependentsIndex::forget_all() {
  forget_views();
  forget_routines();
  forget_foreign_keys();
}

}  // namespace pgdrift
