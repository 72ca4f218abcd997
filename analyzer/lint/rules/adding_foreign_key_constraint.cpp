// adding-foreign-key-constraint: a foreign key added to an existing table is validated at
// once, scanning the table while both tables are locked against writes (SHARE ROW
// EXCLUSIVE). The schema also tells whether the referencing columns have an index: without
// one, every delete or key update on the referenced table scans the referencing table.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

bool leads_with(const std::vector<std::string>& key, const std::vector<std::string>& columns) {
  if (key.size() < columns.size()) return false;
  return std::is_permutation(key.begin(), key.begin() + static_cast<std::ptrdiff_t>(columns.size()),
                             columns.begin());
}

// An index or key whose leading columns are the referencing columns, if any.
std::string covering_index(const Catalog& catalog, const QualifiedName& table,
                           const std::vector<std::string>& columns) {
  for (const auto& [name, index] : catalog.indexes) {
    if (index.table == table && !index.where && leads_with(index.key_columns, columns))
      return object_id(name);
  }
  auto found = catalog.tables.find(table);
  if (found == catalog.tables.end()) return {};
  for (const auto& [name, constraint] : found->second.constraints) {
    bool keyed =
        constraint.type == ConstraintType::primary_key || constraint.type == ConstraintType::unique;
    if (keyed && leads_with(constraint.columns, columns)) return member_id(table, name);
  }
  return {};
}

void report(const StatementContext& statement, const QualifiedName& table,
            const std::vector<std::string>& columns, const ast::Node& constraint) {
  QualifiedName referenced = statement.relation(*constraint.get("pktable"));
  std::string index = covering_index(statement.catalog(), table, columns);
  std::string indexed =
      index.empty()
          ? fmt::format(
                "the referencing columns ({}) have no index: each delete or key update on {} will "
                "scan {}",
                fmt::join(columns, ", "), object_id(referenced), object_id(table))
          : fmt::format("the referencing columns ({}) are indexed by {}", fmt::join(columns, ", "),
                        index);
  std::vector<std::string> objects{object_id(table), object_id(referenced)};
  statement.report(
      fmt::format("adding a foreign key to {} validates every row while writes to {} and {} are "
                  "blocked; {}",
                  object_id(table), object_id(table), object_id(referenced), indexed),
      "add it NOT VALID, then VALIDATE CONSTRAINT in a later transaction (writes continue "
      "meanwhile)" +
          std::string(index.empty()
                          ? "; and index the referencing columns (CREATE INDEX CONCURRENTLY)"
                          : ""),
      objects);
}

void check(const StatementContext& statement) {
  std::vector<AddedConstraint> keys = added_constraints(statement.tree(), "CONSTR_FOREIGN");
  if (keys.empty()) return;
  QualifiedName table = statement.relation(*statement.tree().get("relation"));
  if (statement.created_in_file(table)) return;
  for (const AddedConstraint& key : keys) {
    if (key.constraint->flag("skip_validation")) continue;  // NOT VALID: validated later
    std::vector<std::string> columns =
        key.column ? std::vector<std::string>{std::string(key.column->str("colname"))}
                   : names_of(key.constraint->list("fk_attrs"));
    report(statement, table, columns, *key.constraint);
  }
}

}  // namespace

LintRule lint_rule_adding_foreign_key_constraint() {
  return {"adding-foreign-key-constraint", LintLevel::warning,
          "a foreign key added without NOT VALID blocks writes to both tables while it validates",
          check};
}

}  // namespace pgdrift
