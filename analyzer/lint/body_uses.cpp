#include "analyzer/lint/body_uses.hpp"

#include <map>
#include <optional>
#include <vector>

#include "analyzer/references/routine_references.hpp"
#include "analyzer/references/tree_references.hpp"

namespace pgdrift {
namespace {

// What one statement of the body names. A qualifier (an alias, or a relation's own name) that
// names two different things, or something other than a relation (a subquery, a function in
// FROM), is ambiguous: nullopt.
struct StatementNames {
  std::vector<QualifiedName> relations;
  std::map<std::string, std::optional<QualifiedName>> qualifiers;
  std::vector<std::pair<std::string, std::string>> qualified_columns;  // qualifier, column
  std::vector<std::pair<QualifiedName, std::string>> target_columns;
};

std::string alias_of(const ast::Node& node) {
  const ast::Node* alias = node.get("alias");
  return alias ? std::string(alias->str("aliasname")) : std::string();
}

void add_qualifier(StatementNames& names, const std::string& qualifier,
                   std::optional<QualifiedName> relation) {
  auto [at, added] = names.qualifiers.emplace(qualifier, relation);
  if (!added && at->second != relation) at->second = std::nullopt;
}

std::vector<std::string> string_fields(const ast::Node& column_ref) {
  std::vector<std::string> parts;
  for (const ast::Node& field : column_ref.list("fields")) {
    if (!field.is("String")) return {};  // alias.* ends in A_Star
    parts.emplace_back(field.string_value());
  }
  return parts;
}

void add_targets(const ast::Node& statement, std::string_view list, StatementNames& names) {
  const ast::Node* relation = statement.get("relation");
  if (!relation) return;
  for (const ast::Node& target : statement.list(list)) {
    std::string_view column = target.str("name");
    if (!column.empty()) names.target_columns.emplace_back(written_relation(*relation), column);
  }
}

void scan(const ast::Node& node, StatementNames& names, std::set<std::string>& local) {
  if (node.kind() == ast::Kind::list) {
    for (const ast::Node& item : node.items()) scan(item, names, local);
    return;
  }
  if (node.kind() != ast::Kind::object) return;
  if (is_range_var(node)) {
    QualifiedName relation = written_relation(node);
    names.relations.push_back(relation);
    std::string alias = alias_of(node);
    add_qualifier(names, alias.empty() ? relation.name : alias, relation);
    return;
  }
  if (node.is("LockingClause")) return;  // FOR UPDATE OF alias: not a relation of its own
  if (node.is("RangeSubselect") || node.is("RangeFunction") || node.is("JoinExpr") ||
      node.is("RangeTableFunc")) {
    if (std::string alias = alias_of(node); !alias.empty())
      add_qualifier(names, alias, std::nullopt);
  } else if (node.is("CommonTableExpr")) {
    local.insert(std::string(node.str("ctename")));
  } else if (node.is("CreateStmt") && node.get("relation")) {
    local.insert(std::string(node.get("relation")->str("relname")));
  } else if (node.is("IntoClause") || (node.text().empty() && node.get("rel"))) {
    if (const ast::Node* into = node.get("rel")) local.insert(std::string(into->str("relname")));
  } else if (node.is("ColumnRef")) {
    std::vector<std::string> parts = string_fields(node);
    if (parts.size() == 2) names.qualified_columns.emplace_back(parts[0], parts[1]);
    if (parts.size() == 3)
      names.target_columns.emplace_back(QualifiedName{parts[0], parts[1]}, parts[2]);
    return;
  } else if (node.is("InsertStmt")) {
    add_targets(node, "cols", names);
  } else if (node.is("UpdateStmt")) {
    add_targets(node, "targetList", names);
  }
  for (const ast::Field& field : node.fields()) scan(field.value, names, local);
}

bool is_local(const QualifiedName& relation, const std::set<std::string>& local) {
  return relation.schema.empty() && local.contains(relation.name);
}

}  // namespace

BodyUses routine_body_uses(const Routine& routine) {
  std::vector<StatementNames> statements;
  std::set<std::string> local;  // across the body: a temporary table made by one statement
  ast::Arena arena;
  for_each_body_tree(routine, arena, [&](const ast::Node& tree) {
    statements.emplace_back();
    scan(tree, statements.back(), local);
  });
  BodyUses uses;
  for (const StatementNames& names : statements) {
    for (const QualifiedName& relation : names.relations) {
      if (!is_local(relation, local)) uses.relations.insert(relation);
    }
    for (const auto& [qualifier, column] : names.qualified_columns) {
      auto found = names.qualifiers.find(qualifier);
      if (found == names.qualifiers.end() || !found->second || is_local(*found->second, local))
        continue;
      uses.columns.emplace(*found->second, column);
    }
    for (const auto& [relation, column] : names.target_columns) {
      if (!is_local(relation, local)) uses.columns.emplace(relation, column);
    }
  }
  return uses;
}

}  // namespace pgdrift
