#include "analyzer/plan/inherited_columns.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "analyzer/plan/plan_nodes.hpp"
#include "analyzer/plan/sql_text.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

bool is_child_of(const Table& table, const QualifiedName& parent) {
  return table.partition_of == parent ||
         std::ranges::find(table.inherits, parent) != table.inherits.end();
}

bool has_children_in(const Catalog& catalog, const QualifiedName& parent) {
  return std::ranges::any_of(catalog.tables,
                             [&](const auto& entry) { return is_child_of(entry.second, parent); });
}

// Every table below `parent` in NEW, at any depth.
std::vector<const Table*> descendants(const Catalog& catalog, const QualifiedName& parent) {
  std::vector<const Table*> found;
  std::vector<QualifiedName> pending{parent};
  while (!pending.empty()) {
    QualifiedName name = std::move(pending.back());
    pending.pop_back();
    for (const auto& [child_name, child] : catalog.tables) {
      if (!is_child_of(child, name) || std::ranges::find(found, &child) != found.end()) continue;
      found.push_back(&child);
      pending.push_back(child_name);
    }
  }
  return found;
}

std::string default_text(const Column* column) {
  return column && column->default_value ? sql_expression(column->default_value) : "";
}

// The column as the child's first parent that has it defines it, in one catalog.
const Column* parent_column(const Catalog& catalog, const Table& child, const std::string& column) {
  for (const QualifiedName& parent : child.inherits) {
    auto found = catalog.tables.find(parent);
    if (found == catalog.tables.end()) continue;
    if (const Column* defined = found->second.find_column(column)) return defined;
  }
  return nullptr;
}

std::string alter_only(const Table& table, const Column& column) {
  return fmt::format("ALTER TABLE ONLY {} ALTER COLUMN {}", sql_name(table.name),
                     quote_identifier(column.name));
}

}  // namespace

bool has_children(const PlanContext& context, const QualifiedName& table) {
  return has_children_in(context.old_catalog, table) || has_children_in(context.new_catalog, table);
}

void restore_descendants_not_null(PlanContext& context, const Table& table, const Column& column) {
  for (const Table* child : descendants(context.new_catalog, table.name)) {
    const Column* own = child->find_column(column.name);
    bool kept = context.old_catalog.tables.contains(child->name) &&
                !context.recreated(table_node(child->name));
    if (!own || !kept || own->not_null == column.not_null) continue;
    context.add(
        StepPhase::create, column_node(table.name, column.name),
        fmt::format("{} {} NOT NULL;", alter_only(*child, *own), own->not_null ? "SET" : "DROP"));
  }
}

void set_inherited_column_differences(PlanContext& context, const Table& child) {
  if (child.partition_of) return;  // CREATE TABLE writes a partition's columns whole
  for (const Column& column : child.columns) {
    if (column.is_local) continue;
    const Column* now = parent_column(context.new_catalog, child, column.name);
    const Column* before = parent_column(context.old_catalog, child, column.name);
    if (!now) continue;
    // The parent's default and NOT NULL may change before or after the child is made.
    std::string wanted = default_text(&column);
    bool default_differs =
        wanted != default_text(now) || (before && wanted != default_text(before));
    // On the table's node, right after CREATE TABLE: a default NEW lacks has no node.
    if (default_differs) {
      context.add(StepPhase::create, table_node(child.name),
                  wanted.empty()
                      ? alter_only(child, column) + " DROP DEFAULT;"
                      : fmt::format("{} SET DEFAULT {};", alter_only(child, column), wanted));
    }
    if (column.not_null != now->not_null || (before && column.not_null != before->not_null)) {
      context.add(StepPhase::create, table_node(child.name),
                  fmt::format("{} {} NOT NULL;", alter_only(child, column),
                              column.not_null ? "SET" : "DROP"));
    }
  }
}

}  // namespace pgdrift
