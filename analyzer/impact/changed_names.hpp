#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "analyzer/diff/change.hpp"
#include "parser/ast.hpp"

namespace pgdrift {

// The names of the objects a diff reports, lower-cased: the last part of each id (a table,
// view, type or routine name), and for a column its table's name. A routine body that
// mentions none of them, in any case, quoted or not, inside strings or not, can use nothing
// the diff reports (a trigger function's NEW and OLD rows aside), so the impact graph need
// not parse it.
class ChangedNames {
 public:
  explicit ChangedNames(const DiffResult& diff);

  // Whether `text` holds one of the names as a whole identifier (case-insensitive), or,
  // for a name SQL must quote, anywhere.
  bool mentioned_in(std::string_view text) const;
  // Whether a string of the tree (a name, a literal such as nextval's 'schema.seq') does.
  bool mentioned_in(const ast::Node& tree) const;
  // Whether `name` is one of them (case-insensitive).
  bool holds(std::string_view name) const;

 private:
  std::unordered_set<std::string> identifiers_;  // names made of identifier characters
  std::vector<std::string> quoted_;              // names with spaces, dots, quotes...
};

// The names of a stable id (object_id.hpp), unquoted: "public.orders.status" -> public,
// orders, status; "public.f(integer, text)" -> public, f; "s.\"My.Table\"" -> s, My.Table.
std::vector<std::string> names_of_id(std::string_view id);

}  // namespace pgdrift
