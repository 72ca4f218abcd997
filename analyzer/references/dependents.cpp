#include "analyzer/references/dependents.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "analyzer/model/object_id.hpp"
#include "analyzer/references/name_search.hpp"
#include "analyzer/references/routine_references.hpp"

namespace pgdrift {
namespace {

// A relation as a tree writes it (schema empty when unqualified) names `table`: the catalog
// keeps names as text, so an unqualified name is taken to mean the table of that name.
bool names_table(const References& references, const QualifiedName& table) {
  return std::any_of(references.relations.begin(), references.relations.end(),
                     [&](const QualifiedName& written) {
                       return written.name == table.name &&
                              (written.schema.empty() || written.schema == table.schema);
                     });
}

// A tree's references, read once per tree: rules ask at each statement that drops, renames or
// retypes something, and catalogs share their trees (copies keep the same ones).
const References& references_of(Expr tree) {
  thread_local std::unordered_map<Expr, References> cache;
  auto found = cache.find(tree);
  if (found == cache.end()) {
    References references;
    if (tree) collect_references(tree, references);
    found = cache.emplace(tree, std::move(references)).first;
  }
  return found->second;
}

bool mentions_column(Expr tree, const std::string& column) {
  return tree && references_of(tree).columns.contains(column);
}

bool reads_column(const References& references, const QualifiedName& table,
                  const std::string& column) {
  return names_table(references, table) && references.columns.contains(column);
}

std::string view_kind(const View& view) { return view.materialized ? "materialized view" : "view"; }

void add_views(const Catalog& catalog, const QualifiedName& table, const std::string* column,
               std::vector<Dependent>& out) {
  for (const auto& [name, view] : catalog.views) {
    const References& references = references_of(view.query);
    if (column ? reads_column(references, table, *column) : names_table(references, table)) {
      out.push_back({view_kind(view), object_id(name)});
    }
  }
}

void add_routines(const Catalog& catalog, const QualifiedName& table, const std::string* column,
                  std::vector<Dependent>& out) {
  NameSearch table_name(table.name);
  std::optional<NameSearch> column_name;
  if (column) column_name.emplace(*column);
  for (const auto& [id, routine] : catalog.routines) {
    if (routine.body.empty() && !routine.sql_body) continue;
    if (!routine.sql_body &&
        (!table_name.in(routine.body) || (column_name && !column_name->in(routine.body))))
      continue;
    const References& references = routine_references(routine);
    if (column ? reads_column(references, table, *column) : names_table(references, table)) {
      out.push_back({routine_kind_name(routine.kind), id, routine.name.name});
    }
  }
}

void add_foreign_keys_referencing(const Catalog& catalog, const QualifiedName& table,
                                  const std::string* column, std::vector<Dependent>& out) {
  for (const auto& [name, other] : catalog.tables) {
    if (name == table) continue;
    for (const auto& [constraint_name, constraint] : other.constraints) {
      if (constraint.type != ConstraintType::foreign_key || constraint.referenced_table != table)
        continue;
      const auto& columns = constraint.referenced_columns;
      if (column && !columns.empty() &&
          std::find(columns.begin(), columns.end(), *column) == columns.end())
        continue;
      out.push_back({"constraint", member_id(name, constraint_name)});
    }
  }
}

// Calls `visit(key, member)` for the triggers or policies of one table: they sort together,
// by table first. A plain loop: clang 14 cannot compile a ranges pipeline over a map against
// libstdc++ 12.
template <typename Member, typename Visit>
void for_each_member_of(const std::map<TableMemberKey, Member>& members, const QualifiedName& table,
                        Visit visit) {
  for (auto it = members.lower_bound({table, ""}); it != members.end() && it->first.table == table;
       ++it)
    visit(it->first, it->second);
}

void add_table_members(const Catalog& catalog, const QualifiedName& table,
                       const std::string& column, std::vector<Dependent>& out) {
  auto found = catalog.tables.find(table);
  if (found != catalog.tables.end()) {
    for (const Column& other : found->second.columns) {
      if (other.name != column && (mentions_column(other.default_value, column) ||
                                   mentions_column(other.generated, column))) {
        out.push_back(
            {other.generated ? "generated column" : "default", member_id(table, other.name)});
      }
    }
    for (const auto& [name, constraint] : found->second.constraints) {
      bool keyed = std::find(constraint.columns.begin(), constraint.columns.end(), column) !=
                   constraint.columns.end();
      if (keyed || mentions_column(constraint.check, column))
        out.push_back({"constraint", member_id(table, name)});
    }
  }
  for (const auto& [name, index] : catalog.indexes) {
    if (index.table != table) continue;
    bool keyed = std::find(index.key_columns.begin(), index.key_columns.end(), column) !=
                 index.key_columns.end();
    if (keyed || mentions_column(index.definition, column) ||
        mentions_column(index.where, column)) {
      out.push_back({"index", object_id(name)});
    }
  }
  for_each_member_of(catalog.policies, table, [&](const TableMemberKey& key, const Policy& policy) {
    if (mentions_column(policy.using_expr, column) || mentions_column(policy.check_expr, column))
      out.push_back({"policy", member_id(table, key.name)});
  });
  for_each_member_of(
      catalog.triggers, table, [&](const TableMemberKey& key, const Trigger& trigger) {
        if (!trigger.definition) return;
        bool update_of = false;
        for (const ast::Node& name : trigger.definition->list("columns"))
          update_of |= name.string_value() == column;
        if (update_of || mentions_column(trigger.definition->get("whenClause"), column))
          out.push_back({"trigger", member_id(table, key.name)});
      });
}

}  // namespace

std::vector<Dependent> column_dependents(const Catalog& catalog, const QualifiedName& table,
                                         const std::string& column) {
  std::vector<Dependent> out;
  add_views(catalog, table, &column, out);
  add_table_members(catalog, table, column, out);
  add_foreign_keys_referencing(catalog, table, &column, out);
  add_routines(catalog, table, &column, out);
  return out;
}

std::vector<Dependent> table_dependents(const Catalog& catalog, const QualifiedName& table) {
  std::vector<Dependent> out;
  add_views(catalog, table, nullptr, out);
  add_foreign_keys_referencing(catalog, table, nullptr, out);
  for_each_member_of(catalog.triggers, table, [&](const TableMemberKey& key, const Trigger&) {
    out.push_back({"trigger", member_id(table, key.name)});
  });
  for_each_member_of(catalog.policies, table, [&](const TableMemberKey& key, const Policy&) {
    out.push_back({"policy", member_id(table, key.name)});
  });
  add_routines(catalog, table, nullptr, out);
  return out;
}

std::string describe(const std::vector<Dependent>& dependents) {
  std::string out;
  for (const Dependent& dependent : dependents)
    out += (out.empty() ? "" : ", ") + dependent.to_string();
  return out;
}

std::vector<std::string> dependent_ids(const std::vector<Dependent>& dependents) {
  std::vector<std::string> ids;
  for (const Dependent& dependent : dependents) ids.push_back(dependent.id);
  return ids;
}

}  // namespace pgdrift
