#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>

#include "analyzer/model/catalog.hpp"
#include "analyzer/references/tree_references.hpp"

namespace pgdrift {

// Which views, routines and foreign keys of a catalog may use a table, so that asking what
// depends on a table or column (dependents.hpp) looks at those and not at the whole catalog.
// Each part is built from the catalog when first asked, and kept true as statements change
// the catalog by the calls below. The sets are candidates: an object that no longer exists
// or no longer names the table stays in them, and the questions check each one against the
// catalog as it is. What they must hold is every object that does name the table.
class DependentsIndex {
 public:
  explicit DependentsIndex(const Catalog& catalog) : catalog_(catalog) {}

  const Catalog& catalog() const { return catalog_; }

  // Views and materialized views whose queries name a relation called `name` (any schema).
  const std::set<QualifiedName>& views_naming(const std::string& name);
  // Routines (by id) whose bodies may name a relation called `name`: the words of a body
  // written as text, the relations of an SQL-standard body.
  const std::set<std::string>& routines_naming(const std::string& name);
  // Constraints (table, constraint name) of other tables that are foreign keys to `table`.
  const std::set<std::pair<QualifiedName, std::string>>& foreign_keys_to(
      const QualifiedName& table);

  // A view query's references, read once: the catalog's trees are never freed while it
  // lives (its arena only grows), so a tree's address names it for the index's lifetime.
  const References& references_of(Expr tree);

  // A statement made or replaced views, routines or foreign keys anywhere (or it is not
  // known what it did): the part is built again when next asked.
  void forget_views() { views_.reset(); }
  void forget_routines() { routines_.reset(); }
  void forget_foreign_keys() { foreign_keys_.reset(); }
  void forget_all();
  // A statement changed the constraints of `table` alone (ALTER TABLE, CREATE TABLE).
  void add_foreign_keys_of(const QualifiedName& table);
  // A statement made or replaced the routines called `name` (CREATE FUNCTION): its overloads.
  void add_routines_named(const QualifiedName& name);

 private:
  using ForeignKeys = std::map<QualifiedName, std::set<std::pair<QualifiedName, std::string>>>;

  const Catalog& catalog_;
  std::optional<std::unordered_map<std::string, std::set<QualifiedName>>> views_;
  std::optional<std::unordered_map<std::string, std::set<std::string>>> routines_;
  std::optional<ForeignKeys> foreign_keys_;
  // Routines whose words cannot tell which relations they name (a name written with escapes):
  // candidates for every name.
  std::set<std::string> unreadable_routines_;
  std::unordered_map<Expr, References> references_;
  std::set<std::string> routines_for_name_;  // the last answer for an unusual name
  const std::set<QualifiedName> no_views_;
  const std::set<std::string> no_routines_;
  const std::set<std::pair<QualifiedName, std::string>> no_foreign_keys_;

  void index_routine(const std::string& id, const Routine& routine);
  void index_foreign_keys_of(const QualifiedName& table, const Table& definition);
};

}  // namespace pgdrift
