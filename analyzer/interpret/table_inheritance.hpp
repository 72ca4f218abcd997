#pragma once

#include <vector>

#include "analyzer/interpret/context.hpp"

namespace pgdrift {

// What a child table or partition receives from its parent, as PostgreSQL does it.

// Whether `parent` may become a parent (or partitioned parent) of `child`; if not (it is
// `child` or one of its descendants), reports PostgreSQL's error. The copies below recurse
// down the inheritance tree, so it must stay a tree.
bool may_inherit(Context& context, const QualifiedName& child, const QualifiedName& parent);

// Columns and inheritable CHECK constraints of `parent`, ahead of the child's own.
void inherit_from_parent(Context& context, Table& child, const QualifiedName& parent);

// A partition gets a copy of its parent's foreign keys and row triggers (recursively).
void clone_partition_members(Context& context, Table& partition);

// After a foreign key, key constraint, index or row trigger is added to a partitioned table
// (without ONLY), its partitions get it too: key constraints and indexes under the names
// PostgreSQL generates for the partition ("events_2024_pkey", "events_2024_kind_idx").
void clone_constraint_to_partitions(Context& context, const Table& parent, const Constraint& constraint);
void clone_trigger_to_partitions(Context& context, const Table& parent, const Trigger& trigger);
void clone_index_to_partitions(Context& context, const Table& parent, const Index& index);
// A CHECK added to a parent later reaches its inheritance children and partitions.
void clone_check_to_children(Context& context, const Table& parent, const Constraint& constraint);
// ALTER TABLE parent ALTER COLUMN c SET / DROP DEFAULT (without ONLY) reaches the column in
// every child and partition below it.
void set_default_in_children(Context& context, const Table& parent, const std::string& column,
                             Expr default_value);

// The inheritance children and partitions of `parent` (one level down).
std::vector<Table*> children_of(Context& context, const QualifiedName& parent);

}  // namespace pgdrift
