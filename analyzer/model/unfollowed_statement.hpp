#pragma once

#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parser/diagnostic.hpp"

namespace pgdrift {

// A statement that changes the schema in a way the interpreter cannot follow (a DO block
// whose PL/pgSQL decides at run time what it does: loops, SQL built from variables). Instead
// of guessing its effects, the catalog keeps the names it mentions: the objects so named may
// be touched by it.
struct UnfollowedStatement {
  SourceLocation where;
  std::set<std::string> names;  // identifiers in its text, string literals included, folded as SQL folds them
};

// The statement at `where` whose text is `text`.
UnfollowedStatement unfollowed_statement(SourceLocation where, std::string_view text);

// Whether the object `kind id` (an id as object listings print it) may be touched by the
// statement: its name is mentioned, and for a table's member (column, constraint, index,
// trigger, policy) the table's name as well.
bool may_touch(const UnfollowedStatement& statement, const std::string& kind, const std::string& id);

// Whether the statement mentions every one of `names` (an object's name, and for a table's
// member its table's name): then it may have made or removed that object.
bool mentions_all(const UnfollowedStatement& statement, std::span<const std::string> names);

}  // namespace pgdrift
