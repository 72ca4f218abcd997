#include "analyzer/interpret/table_inheritance.hpp"

#include "analyzer/interpret/table_elements.hpp"

namespace pgdrift {
namespace {

bool is_row_trigger(const Trigger& trigger) {
  const ast::Node* definition = trigger.definition;
  return definition && definition->flag("row") && !definition->flag("isconstraint");
}

std::vector<Table*> partitions_of(Context& context, const QualifiedName& parent) {
  std::vector<Table*> partitions;
  for (auto& [name, table] : context.catalog.tables) {
    if (table.partition_of == parent) partitions.push_back(&table);
  }
  return partitions;
}

void copy_constraint(Table& partition, const Constraint& constraint) {
  if (partition.constraints.contains(constraint.name)) return;
  Constraint copy = constraint;
  copy.inherited = true;
  copy.meta.comment.reset();
  partition.constraints[copy.name] = std::move(copy);
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

}  // namespace

void inherit_from_parent(Context& context, Table& child, const QualifiedName& parent_name) {
  auto found = context.catalog.tables.find(parent_name);
  if (found == context.catalog.tables.end()) return;
  const Table& parent = found->second;
  for (const Column& column : parent.columns) {
    if (child.find_column(column.name)) continue;
    Column copy = column;
    copy.is_local = false;
    copy.identity = 0;
    copy.meta = ObjectMeta{};
    copy.meta.defined_at = context.here();
    child.columns.push_back(std::move(copy));
  }
  for (const auto& [name, constraint] : parent.constraints) {
    if (constraint.type == ConstraintType::check && !constraint.no_inherit) copy_constraint(child, constraint);
  }
}

void clone_partition_members(Context& context, Table& partition) {
  auto found = context.catalog.tables.find(*partition.partition_of);
  if (found == context.catalog.tables.end()) return;
  const Table& parent = found->second;
  for (const auto& [name, constraint] : parent.constraints) {
    if (constraint.type == ConstraintType::foreign_key) clone_constraint_to_partitions(context, parent, constraint);
  }
  for (const auto& [key, trigger] : context.catalog.triggers) {
    if (key.table == parent.name && is_row_trigger(trigger)) copy_trigger(context, partition, trigger);
  }
}

void clone_constraint_to_partitions(Context& context, const Table& parent, const Constraint& constraint) {
  if (parent.kind != TableKind::partitioned) return;
  for (Table* partition : partitions_of(context, parent.name)) {
    copy_constraint(*partition, constraint);
    clone_constraint_to_partitions(context, *partition, constraint);
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
