#include "analyzer/references/dependents.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "analyzer/model/object_id.hpp"
#include "analyzer/references/name_search.hpp"
#include "analyzer/references/routine_references.hpp"
#include "analyzer/references/tree_references.hpp"

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

bool mentions_column(Expr tree, const std::string& column) {
  if (!tree) return false;
  References references;
  collect_references(tree, references);
  return references.columns.contains(column);
}

bool reads_column(const References& references, const QualifiedName& table,
                  const std::string& column) {
  return names_table(references, table) && references.columns.contains(column);
}

std::string view_kind(const View& view) { return view.materialized ? "materialized view" : "view"; }

void add_views(DependentsIndex& index, const QualifiedName& table, const std::string* column,
               std::vector<Dependent>& out) {
  for (const QualifiedName& name : index.views_naming(table.name)) {
    auto found = index.catalog().views.find(name);
    if (found == index.catalog().views.end()) continue;
    const View& view = found->second;
    const References& references = index.references_of(view.query);
    if (column ? reads_column(references, table, *column) : names_table(references, table)) {
      out.push_back({view_kind(view), object_id(name)});
    }
  }
}

void add_routines(DependentsIndex& index, const QualifiedName& table, const std::string* column,
                  std::vector<Dependent>& out) {
  NameSearch table_name(table.name);
  std::optional<NameSearch> column_name;
  if (column) column_name.emplace(*column);
  for (const std::string& id : index.routines_naming(table.name)) {
    auto found = index.catalog().routines.find(id);
    if (found == index.catalog().routines.end()) continue;
    const Routine& routine = found->second;
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

// The foreign key `constraint_name` of `referencing`, when it still is one to `table`.
const Constraint* foreign_key(const Catalog& catalog, const QualifiedName& referencing,
                              const std::string& constraint_name, const QualifiedName& table) {
  auto other = catalog.tables.find(referencing);
  if (other == catalog.tables.end()) return nullptr;
  auto found = other->second.constraints.find(constraint_name);
  if (found == other->second.constraints.end()) return nullptr;
  const Constraint& constraint = found->second;
  bool to_table =
      constraint.type == ConstraintType::foreign_key && constraint.referenced_table == table;
  return to_table ? &constraint : nullptr;
}

void add_foreign_keys_referencing(DependentsIndex& index, const QualifiedName& table,
                                  const std::string* column, std::vector<Dependent>& out) {
  for (const auto& [name, constraint_name] : index.foreign_keys_to(table)) {
    if (name == table) continue;
    const Constraint* constraint = foreign_key(index.catalog(), name, constraint_name, table);
    if (!constraint) continue;
    const auto& columns = constraint->referenced_columns;
    if (column && !columns.empty() &&
        std::find(columns.begin(), columns.end(), *column) == columns.end())
      continue;
    out.push_back({"constraint", member_id(name, constraint_name)});
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

std::vector<Dependent> column_dependents(DependentsIndex& index, const QualifiedName& table,
                                         const std::string& column) {
  std::vector<Dependent> out;
  add_views(index, table, &column, out);
  add_table_members(index.catalog(), table, column, out);
  add_foreign_keys_referencing(index, table, &column, out);
  add_routines(index, table, &column, out);
  return out;
}

std::vector<Dependent> table_dependents(DependentsIndex& index, const QualifiedName& table) {
  const Catalog& catalog = index.catalog();
  std::vector<Dependent> out;
  add_views(index, table, nullptr, out);
  add_foreign_keys_referencing(index, table, nullptr, out);
  for_each_member_of(catalog.triggers, table, [&](const TableMemberKey& key, const Trigger&) {
    out.push_back({"trigger", member_id(table, key.name)});
  });
  for_each_member_of(catalog.policies, table, [&](const TableMemberKey& key, const Policy&) {
    out.push_back({"policy", member_id(table, key.name)});
  });
  add_routines(index, table, nullptr, out);
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
