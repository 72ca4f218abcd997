#pragma once

#include <optional>

#include "analyzer/interpret/context.hpp"
#include "analyzer/references/dependents_index.hpp"

namespace pgdrift {

// What a statement may change of what a DependentsIndex holds, read from the statement and the
// session just before it is applied: the foreign keys of the one table an ALTER TABLE or
// CREATE TABLE names, the routines a CREATE FUNCTION defines, the views a CREATE VIEW makes.
// A statement that only removes objects, or changes what the index does not hold (indexes,
// policies, comments, column names), changes nothing of it. One whose reach is not known (a
// DO block, a rename of a table, anything not listed) makes the index be built again.
class DependentsUpkeep {
 public:
  DependentsUpkeep(const ast::Node* statement, const Context& session);

  // Once the statement is applied to the index's catalog.
  void follow(DependentsIndex& index) const;

 private:
  enum class Reach { nothing, table, routines, views, everything };
  Reach reach_ = Reach::everything;
  QualifiedName name_;  // the table (Reach::table) or routine (Reach::routines)
};

}  // namespace pgdrift
