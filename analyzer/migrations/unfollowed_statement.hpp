#pragma once

#include <set>
#include <string>
#include <vector>

#include "parser/diagnostic.hpp"
#include "parser/parsed_script.hpp"

namespace pgdrift {

// A statement of a migration that changes the schema in a way replay cannot follow (a DO
// block: its PL/pgSQL and the SQL it EXECUTEs run only in a server). Instead of guessing its
// effects, replay keeps the names it mentions: the objects so named may be touched by it.
struct UnfollowedStatement {
  SourceLocation where;
  std::set<std::string> names;  // identifiers in its text, string literals included, folded as SQL folds them
};

std::vector<UnfollowedStatement> unfollowed_statements(const ParsedScript& script);

// Whether the object `kind id` (an id as object listings print it) may be touched by the
// statement: its name is mentioned, and for a table's member (column, constraint, index,
// trigger, policy) the table's name as well.
bool may_touch(const UnfollowedStatement& statement, const std::string& kind, const std::string& id);

}  // namespace pgdrift
