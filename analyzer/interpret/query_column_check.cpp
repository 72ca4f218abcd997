#include "analyzer/interpret/query_column_check.hpp"

#include <algorithm>
#include <set>

#include "analyzer/interpret/star_expansion.hpp"

namespace pgdrift {
namespace {

// A FROM item a qualifier names: its columns when it is a known table or view, else none
// known (its names are not checked).
struct ScopeEntry {
  std::string qualifier;
  std::optional<QualifiedName> relation;
  std::vector<std::string> columns;
};

struct Scope {
  std::vector<ScopeEntry> entries;
  std::set<std::string> ctes;
  const Scope* outer = nullptr;

  const ScopeEntry* find(std::string_view qualifier) const {
    for (const Scope* scope = this; scope; scope = scope->outer) {
      for (const ScopeEntry& entry : scope->entries) {
        if (entry.qualifier == qualifier) return &entry;
      }
    }
    return nullptr;
  }
  bool is_cte(std::string_view name) const {
    for (const Scope* scope = this; scope; scope = scope->outer) {
      if (scope->ctes.contains(std::string(name))) return true;
    }
    return false;
  }
};

std::string alias_of(const ast::Node& item) {
  const ast::Node* alias = item.get("alias");
  return alias ? std::string(alias->str("aliasname")) : std::string();
}

void collect_from_item(const Context& context, const ast::Node& item, Scope& scope) {
  if (item.is("RangeVar")) {
    std::string alias = alias_of(item);
    ScopeEntry entry{alias.empty() ? std::string(item.str("relname")) : alias, std::nullopt, {}};
    if (item.str("schemaname").empty() && scope.is_cte(item.str("relname"))) {
      scope.entries.push_back(std::move(entry));
      return;
    }
    entry.columns = relation_columns(context, item);
    if (!entry.columns.empty()) entry.relation = context.resolve_relation(item);
    scope.entries.push_back(std::move(entry));
  } else if (item.is("JoinExpr")) {
    if (const ast::Node* left = item.get("larg")) collect_from_item(context, *left, scope);
    if (const ast::Node* right = item.get("rarg")) collect_from_item(context, *right, scope);
    if (std::string alias = alias_of(item); !alias.empty())
      scope.entries.push_back({alias, std::nullopt, {}});
  } else if (std::string alias = alias_of(item); !alias.empty()) {
    scope.entries.push_back({alias, std::nullopt, {}});  // a subquery or a function
  }
}

std::optional<MissingColumn> check_select(const Context& context, const ast::Node& select,
                                          const Scope* outer);

std::optional<MissingColumn> check_column_ref(const ast::Node& ref, const Scope& scope) {
  std::span<const ast::Node> fields = ref.list("fields");
  if (fields.size() != 2 || !fields[0].is("String") || !fields[1].is("String")) return std::nullopt;
  const ScopeEntry* entry = scope.find(fields[0].string_value());
  if (!entry || !entry->relation) return std::nullopt;
  std::string column(fields[1].string_value());
  static const std::set<std::string> kSystemColumns{"tableoid", "xmin", "cmin",
                                                    "xmax",     "cmax", "ctid"};
  if (kSystemColumns.contains(column)) return std::nullopt;
  if (std::find(entry->columns.begin(), entry->columns.end(), column) != entry->columns.end())
    return std::nullopt;
  return MissingColumn{entry->qualifier, column, *entry->relation};
}

// Every column reference under a node, nested SELECTs in a scope of their own.
std::optional<MissingColumn> check_node(const Context& context, const ast::Node& node,
                                        const Scope& scope) {
  if (node.is("SelectStmt")) return check_select(context, node, &scope);
  if (node.is("ColumnRef")) return check_column_ref(node, scope);
  if (node.is("RangeSubselect") && !node.flag("lateral")) {
    // A subquery in FROM does not see its siblings (without LATERAL): only the outer scopes.
    if (const ast::Node* query = node.get("subquery"))
      return check_select(context, *query, scope.outer);
    return std::nullopt;
  }
  for (const ast::Field& field : node.fields()) {
    if (auto missing = check_node(context, field.value, scope)) return missing;
  }
  for (const ast::Node& item : node.items()) {
    if (auto missing = check_node(context, item, scope)) return missing;
  }
  return std::nullopt;
}

std::optional<MissingColumn> check_select(const Context& context, const ast::Node& select,
                                          const Scope* outer) {
  Scope scope;
  scope.outer = outer;
  if (const ast::Node* with = select.get("withClause")) {
    for (const ast::Node& cte : with->list("ctes"))
      scope.ctes.insert(std::string(cte.str("ctename")));
    for (const ast::Node& cte : with->list("ctes")) {
      if (const ast::Node* query = cte.get("ctequery"); query && query->is("SelectStmt")) {
        if (auto missing = check_select(context, *query, &scope)) return missing;
      }
    }
  }
  const ast::Node* left = select.get("larg");
  const ast::Node* right = select.get("rarg");
  if (left || right) {
    for (const ast::Node* arm : {left, right}) {
      if (!arm) continue;
      if (auto missing = check_select(context, *arm, &scope)) return missing;
    }
    return std::nullopt;
  }
  for (const ast::Node& item : select.list("fromClause")) collect_from_item(context, item, scope);
  for (const ast::Field& field : select.fields()) {
    if (field.name() == "withClause") continue;
    if (auto missing = check_node(context, field.value, scope)) return missing;
  }
  return std::nullopt;
}

}  // namespace

std::optional<MissingColumn> missing_query_column(const Context& context, const ast::Node& query) {
  if (!query.is("SelectStmt")) return std::nullopt;
  return check_select(context, query, nullptr);
}

}  // namespace pgdrift
