#include "analyzer/interpret/table_inheritance.hpp"
#include "analyzer/interpret/error_forms.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "analyzer/interpret/table_elements.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/naming/generated_names.hpp"

namespace pgdrift {
namespace {

bool is_row_trigger(const Trigger& trigger) {
  const ast::Node* definition = trigger.definition;
  return definition && definition->flag("row");
}

std::vector<Table*> partitions_of(Context& context, const QualifiedName& parent) {
  std::vector<Table*> partitions;
  for (auto& [name, table] : context.catalog.tables) {
    if (table.partition_of == parent) partitions.push_back(&table);
  }
  return partitions;
}

// Key constraints are backed by an index of the partition's own, named for the partition;
// foreign keys keep the parent's name.
std::string partition_constraint_name(Context& context, const Table& partition, const Constraint& constraint) {
  if (!constraint.has_index()) return constraint.name;
  auto taken = [&](const std::string& name) { return context.catalog.relation_exists({partition.name.schema, name}); };
  if (constraint.type == ConstraintType::primary_key) return choose_generated_name(partition.name.name, {}, "pkey", taken);
  return choose_generated_name(partition.name.name, constraint.columns,
                               constraint.type == ConstraintType::unique ? "key" : "excl", taken);
}

Constraint* equivalent_in(Table& partition, const Constraint& constraint) {
  for (auto& [name, existing] : partition.constraints) {
    if (name == constraint.name) return &existing;
    if (constraint.has_index() && existing.type == constraint.type && existing.columns == constraint.columns) return &existing;
  }
  return nullptr;
}

void copy_constraint(Context& context, Table& partition, const Constraint& constraint) {
  if (Constraint* existing = equivalent_in(partition, constraint)) {
    // A partition's own copy merges with its parent's and is no longer its own; a classic
    // inheritance child keeps its copy as its own too.
    if (partition.partition_of) existing->inherited = true;
    return;
  }
  Constraint copy = constraint;
  copy.name = partition_constraint_name(context, partition, constraint);
  copy.inherited = true;
  copy.clustered = false;
  copy.meta.comment.reset();
  copy.index_meta = {};
  partition.constraints[copy.name] = std::move(copy);
}

bool same_trees(std::span<const ast::Node> a, std::span<const ast::Node> b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end());
}

// Whether two indexes are built the same way (PostgreSQL's CompareIndexInfo): method,
// uniqueness, keys with their operator classes and orderings, INCLUDE columns, predicate.
bool built_alike(const Index& a, const Index& b) {
  if (a.unique != b.unique || a.nulls_not_distinct != b.nulls_not_distinct || a.method != b.method ||
      a.key_columns != b.key_columns || !a.definition || !b.definition)
    return false;
  if (!same_trees(a.definition->list("indexParams"), b.definition->list("indexParams")) ||
      !same_trees(a.definition->list("indexIncludingParams"), b.definition->list("indexIncludingParams")))
    return false;
  return (!a.where && !b.where) || (a.where && b.where && *a.where == *b.where);
}

void copy_index(Context& context, const Table& partition, const Index& index) {
  for (const auto& [name, existing] : context.catalog.indexes) {
    if (existing.table == partition.name && existing.attached_to == index.name) return;
  }
  // An index the partition already has, built the same way, is attached rather than built
  // again (a dump of PostgreSQL 10, which had no partitioned indexes, creates the
  // partitions' indexes before the parent's).
  for (auto& [name, existing] : context.catalog.indexes) {
    if (existing.table != partition.name || existing.attached_to || !built_alike(existing, index)) continue;
    existing.attached_to = index.name;
    return;
  }
  Index copy = index;
  auto taken = [&](const std::string& name) { return context.catalog.relation_exists({partition.name.schema, name}); };
  std::vector<std::string> columns;
  for (const std::string& column : index.key_columns) columns.push_back(column.empty() ? "expr" : column);
  copy.name = {partition.name.schema, choose_generated_name(partition.name.name, columns, "idx", taken)};
  copy.table = partition.name;
  copy.attached_to = index.name;
  copy.meta.comment.reset();
  QualifiedName name = copy.name;
  context.catalog.indexes[name] = std::move(copy);
}

void copy_trigger(Context& context, const Table& partition, const Trigger& trigger) {
  TableMemberKey key{partition.name, trigger.name};
  if (context.catalog.triggers.contains(key)) return;
  Trigger copy = trigger;
  copy.table = partition.name;
  copy.inherited = true;
  copy.meta.comment.reset();
  context.catalog.triggers[key] = std::move(copy);
}

// Whether `descendant` is `ancestor` or inherits from it, at any depth.
bool descends_from(const Catalog& catalog, const QualifiedName& descendant, const QualifiedName& ancestor) {
  std::vector<QualifiedName> pending{descendant};
  std::set<QualifiedName> seen;
  while (!pending.empty()) {
    QualifiedName name = std::move(pending.back());
    pending.pop_back();
    if (name == ancestor) return true;
    auto found = catalog.tables.find(name);
    if (!seen.insert(name).second || found == catalog.tables.end()) continue;
    pending.insert(pending.end(), found->second.inherits.begin(), found->second.inherits.end());
    if (found->second.partition_of) pending.push_back(*found->second.partition_of);
  }
  return false;
}

// ATTACH PARTITION: the partition must have each of its parent's CHECKs already (pg_dump
// writes them in its CREATE TABLE); they become the parent's.
void merge_parent_check(Context& context, Table& partition, const Constraint& check) {
  auto existing = partition.constraints.find(check.name);
  if (existing == partition.constraints.end() || existing->second.type != ConstraintType::check) {
    context.error(fmt::format(error_form::child_lacks_constraint, check.name),
                  {"datatype_mismatch", {partition.name.name, check.name}});
    return;
  }
  existing->second.inherited = true;
}

}  // namespace

std::vector<Table*> children_of(Context& context, const QualifiedName& parent) {
  std::vector<Table*> children;
  for (auto& [name, table] : context.catalog.tables) {
    bool inherits =
        std::find(table.inherits.begin(), table.inherits.end(), parent) != table.inherits.end();
    if (inherits || table.partition_of == parent) children.push_back(&table);
  }
  return children;
}

bool may_inherit(Context& context, const QualifiedName& child, const QualifiedName& parent) {
  if (!descends_from(context.catalog, parent, child)) return true;
  context.error(fmt::format(error_form::circular_inheritance, object_id(parent), object_id(child)));
  return false;
}

void inherit_from_parent(Context& context, Table& child, const QualifiedName& parent_name) {
  auto found = context.catalog.tables.find(parent_name);
  if (found == context.catalog.tables.end()) return;
  const Table& parent = found->second;
  for (const Column& column : parent.columns) {
    if (child.find_column(column.name)) continue;
    Column copy = column;
    copy.is_local = false;
    copy.identity = 0;
    // A child starts with the default statistics target; its compression is its parent's.
    copy.statistics.reset();
    copy.meta = ObjectMeta{};
    copy.meta.defined_at = context.here();
    child.columns.push_back(std::move(copy));
  }
  for (const auto& [name, constraint] : parent.constraints) {
    if (constraint.type == ConstraintType::check && !constraint.no_inherit) copy_constraint(context, child, constraint);
  }
}

void clone_partition_members(Context& context, Table& partition) {
  auto found = context.catalog.tables.find(*partition.partition_of);
  if (found == context.catalog.tables.end()) return;
  const Table& parent = found->second;
  for (const auto& [name, constraint] : parent.constraints) {
    if (constraint.type == ConstraintType::foreign_key || constraint.has_index()) {
      clone_constraint_to_partitions(context, parent, constraint);
    }
    if (constraint.type == ConstraintType::check && !constraint.no_inherit) merge_parent_check(context, partition, constraint);
  }
  std::vector<const Index*> parent_indexes;
  for (const auto& [name, index] : context.catalog.indexes) {
    if (index.table == parent.name) parent_indexes.push_back(&index);
  }
  for (const Index* index : parent_indexes) clone_index_to_partitions(context, parent, *index);
  for (const auto& [key, trigger] : context.catalog.triggers) {
    if (key.table == parent.name && is_row_trigger(trigger)) copy_trigger(context, partition, trigger);
  }
}

void clone_constraint_to_partitions(Context& context, const Table& parent, const Constraint& constraint) {
  if (parent.kind != TableKind::partitioned) return;
  for (Table* partition : partitions_of(context, parent.name)) {
    copy_constraint(context, *partition, constraint);
    clone_constraint_to_partitions(context, *partition, constraint);
  }
}

void clone_check_to_children(Context& context, const Table& parent, const Constraint& constraint) {
  if (constraint.type != ConstraintType::check || constraint.no_inherit) return;
  for (Table* child : children_of(context, parent.name)) {
    copy_constraint(context, *child, constraint);
    clone_check_to_children(context, *child, constraint);
  }
}

void set_default_in_children(Context& context, const Table& parent, const std::string& column,
                             Expr default_value) {
  for (Table* child : children_of(context, parent.name)) {
    Column* inherited = child->find_column(column);
    if (!inherited) continue;
    inherited->default_value = default_value;
    set_default_in_children(context, *child, column, default_value);
  }
}

void clone_index_to_partitions(Context& context, const Table& parent, const Index& index) {
  if (parent.kind != TableKind::partitioned) return;
  for (Table* partition : partitions_of(context, parent.name)) {
    copy_index(context, *partition, index);
    for (const auto& [name, child] : context.catalog.indexes) {
      if (child.table == partition->name && child.attached_to == index.name) {
        Index child_copy = child;  // the map may grow while recursing
        clone_index_to_partitions(context, *partition, child_copy);
        break;
      }
    }
  }
}

void clone_trigger_to_partitions(Context& context, const Table& parent, const Trigger& trigger) {
  if (parent.kind != TableKind::partitioned || !is_row_trigger(trigger)) return;
  for (Table* partition : partitions_of(context, parent.name)) {
    copy_trigger(context, *partition, trigger);
    clone_trigger_to_partitions(context, *partition, trigger);
  }
}

}  // namespace pgdrift
