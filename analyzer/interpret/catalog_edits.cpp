#include "analyzer/interpret/catalog_edits.hpp"

#include <algorithm>
#include <vector>

#include "analyzer/interpret/column_references.hpp"
#include "analyzer/interpret/relation_references.hpp"

namespace pgdrift {
namespace {

template <typename Map, typename Predicate>
void erase_where(Map& map, Predicate predicate) {
  std::erase_if(map, [&](const auto& entry) { return predicate(entry.first, entry.second); });
}

void remove_members_of(Catalog& catalog, const QualifiedName& relation) {
  erase_where(catalog.indexes, [&](const QualifiedName&, const Index& index) { return index.table == relation; });
  erase_where(catalog.triggers, [&](const TableMemberKey& key, const Trigger&) { return key.table == relation; });
  erase_where(catalog.policies, [&](const TableMemberKey& key, const Policy&) { return key.table == relation; });
}

// Whether a tree names the column (by its last name part) or selects `*`, which reads it.
bool mentions_column(const ast::Node& node, const std::string& column) {
  if (node.is("ColumnRef")) {
    auto fields = node.list("fields");
    if (!fields.empty() && (fields.back().is("A_Star") || fields.back().string_value() == column)) return true;
  }
  for (const ast::Field& field : node.fields()) {
    if (mentions_column(field.value, column)) return true;
  }
  for (const ast::Node& item : node.items()) {
    if (mentions_column(item, column)) return true;
  }
  return false;
}

void remove_dependent_views(Catalog& catalog, const QualifiedName& relation) {
  std::vector<QualifiedName> dependents;
  for (const auto& [name, view] : catalog.views) {
    if (view.query && query_references(*view.query, relation)) dependents.push_back(name);
  }
  for (const QualifiedName& name : dependents) remove_view(catalog, name, true);
}

// Triggers and policies are keyed by their table: re-key those of a renamed one.
template <typename Map>
void move_members(Map& members, const QualifiedName& from, const QualifiedName& to) {
  std::vector<TableMemberKey> keys;
  for (const auto& [key, value] : members) {
    if (key.table == from) keys.push_back(key);
  }
  for (const TableMemberKey& key : keys) {
    auto node = members.extract(key);
    node.key().table = to;
    node.mapped().table = to;
    members.insert(std::move(node));
  }
}

}  // namespace

bool names_relation(std::string_view schema, std::string_view name, const QualifiedName& relation) {
  return name == relation.name && (schema.empty() || schema == relation.schema);
}

bool query_references(const ast::Node& node, const QualifiedName& relation) {
  if (node.get("relname") && names_relation(node.str("schemaname"), node.str("relname"), relation)) return true;
  for (const ast::Field& field : node.fields()) {
    if (query_references(field.value, relation)) return true;
  }
  for (const ast::Node& item : node.items()) {
    if (query_references(item, relation)) return true;
  }
  return false;
}

void remove_table(Catalog& catalog, const QualifiedName& name, bool cascade) {
  catalog.tables.erase(name);
  remove_members_of(catalog, name);
  erase_where(catalog.sequences, [&](const QualifiedName&, const Sequence& s) { return s.owned_by_table == name; });
  for (auto& [other_name, table] : catalog.tables) {
    erase_where(table.constraints, [&](const std::string&, const Constraint& c) {
      return c.type == ConstraintType::foreign_key && c.referenced_table == name;
    });
    if (table.partition_of == name) table.partition_of.reset();
  }
  if (cascade) remove_dependent_views(catalog, name);
}

void remove_view(Catalog& catalog, const QualifiedName& name, bool cascade) {
  catalog.views.erase(name);
  remove_members_of(catalog, name);
  if (cascade) remove_dependent_views(catalog, name);
}

void remove_views_reading_column(Catalog& catalog, const QualifiedName& table, const std::string& column) {
  std::vector<QualifiedName> dependents;
  for (const auto& [name, view] : catalog.views) {
    if (view.query && query_references(*view.query, table) && mentions_column(*view.query, column)) dependents.push_back(name);
  }
  for (const QualifiedName& name : dependents) remove_view(catalog, name, true);
}

void remove_schema(Catalog& catalog, const std::string& schema) {
  catalog.schemas.erase(schema);
  auto in_schema = [&](const QualifiedName& name, const auto&) { return name.schema == schema; };
  erase_where(catalog.tables, in_schema);
  erase_where(catalog.views, in_schema);
  erase_where(catalog.sequences, in_schema);
  erase_where(catalog.indexes, in_schema);
  erase_where(catalog.types, in_schema);
  erase_where(catalog.routines, [&](const std::string&, const Routine& r) { return r.name.schema == schema; });
  erase_where(catalog.triggers, [&](const TableMemberKey& key, const Trigger&) { return key.table.schema == schema; });
  erase_where(catalog.policies, [&](const TableMemberKey& key, const Policy&) { return key.table.schema == schema; });
}

void rename_relation(Catalog& catalog, const QualifiedName& from, const QualifiedName& renamed) {
  auto move_key = [&](auto& map) {
    auto node = map.extract(from);
    if (!node) return;
    node.key() = renamed;
    node.mapped().name = renamed;
    map.insert(std::move(node));
  };
  move_key(catalog.tables);
  move_key(catalog.views);
  move_key(catalog.sequences);
  move_key(catalog.indexes);
  for (auto& [name, index] : catalog.indexes) {
    if (index.table == from) index.table = renamed;
  }
  for (auto& [name, sequence] : catalog.sequences) {
    if (sequence.owned_by_table == from) sequence.owned_by_table = renamed;
  }
  for (auto& [name, table] : catalog.tables) {
    if (table.partition_of == from) table.partition_of = renamed;
    for (QualifiedName& parent : table.inherits) {
      if (parent == from) parent = renamed;
    }
    for (auto& [constraint_name, constraint] : table.constraints) {
      if (constraint.referenced_table == from) constraint.referenced_table = renamed;
    }
  }
  for (auto& [name, publication] : catalog.publications) {
    for (PublishedTable& table : publication.tables) {
      if (table.table == from) table.table = renamed;
    }
    std::ranges::sort(publication.tables, {}, &PublishedTable::table);
  }
  move_members(catalog.triggers, from, renamed);
  move_members(catalog.policies, from, renamed);
  follow_relation_references(catalog, from, renamed);
}

void rename_column(Catalog& catalog, const QualifiedName& table_name, const std::string& from, const std::string& to,
                   DependentsIndex* dependents) {
  auto table = catalog.tables.find(table_name);
  if (table != catalog.tables.end()) {
    if (Column* column = table->second.find_column(from)) column->name = to;
  }
  follow_column_references(catalog, table_name, from, to, dependents);
}

}  // namespace pgdrift
