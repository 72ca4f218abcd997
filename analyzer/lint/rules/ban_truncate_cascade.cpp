// ban-truncate-cascade: TRUNCATE ... CASCADE empties every table that references the named
// ones, and those that reference them, however far that goes; the finding names them.
#include <fmt/format.h>

#include <set>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

// The tables that reference `table` by a foreign key, directly or through others.
void referencing_tables(const Catalog& catalog, const QualifiedName& table,
                        std::set<QualifiedName>& found) {
  for (const auto& [name, other] : catalog.tables) {
    for (const auto& [constraint_name, constraint] : other.constraints) {
      if (constraint.type == ConstraintType::foreign_key && constraint.referenced_table == table &&
          found.insert(name).second) {
        referencing_tables(catalog, name, found);
      }
    }
  }
}

void check(const StatementContext& statement) {
  const ast::Node& tree = statement.tree();
  if (!tree.is("TruncateStmt") || tree.str("behavior") != "DROP_CASCADE") return;
  std::set<QualifiedName> named, cascaded;
  for (const ast::Node& relation : tree.list("relations"))
    named.insert(statement.relation(relation));
  for (const QualifiedName& table : named) referencing_tables(statement.catalog(), table, cascaded);
  std::vector<std::string> objects;
  std::string also;
  for (const QualifiedName& table : cascaded) {
    if (named.contains(table)) continue;
    objects.push_back(object_id(table));
    also += (also.empty() ? "" : ", ") + object_id(table);
  }
  statement.report(
      also.empty()
          ? std::string(
                "TRUNCATE ... CASCADE also empties every table that references these, now or later")
          : fmt::format("TRUNCATE ... CASCADE also empties {}", also),
      "name every table to truncate, without CASCADE", objects);
}

}  // namespace

LintRule lint_rule_ban_truncate_cascade() {
  return {"ban-truncate-cascade", LintLevel::warning,
          "TRUNCATE CASCADE empties the referencing tables too", check};
}

}  // namespace pgdrift
