#pragma once

#include <set>
#include <string>
#include <utility>

#include "analyzer/model/qualified_name.hpp"
#include "analyzer/model/routine.hpp"

namespace pgdrift {

// What a routine's body reads and writes, where the body itself ties a column to its relation.
// Names are as written (schema empty when unqualified).
struct BodyUses {
  // Relations named in FROM, JOIN, INSERT INTO, UPDATE, DELETE FROM, ...: the common table
  // expressions and the tables the body creates itself (CREATE TEMP TABLE) are left out.
  std::set<QualifiedName> relations;
  // (relation, column) where the column is tied to one relation: alias.column with an alias
  // that names one relation in the statement, INSERT column lists, UPDATE ... SET targets.
  // Unqualified column names are left out: in a PL/pgSQL body they may be variables.
  std::set<std::pair<QualifiedName, std::string>> columns;
};

BodyUses routine_body_uses(const Routine& routine);

}  // namespace pgdrift
