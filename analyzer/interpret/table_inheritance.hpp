#pragma once

#include "analyzer/interpret/context.hpp"

namespace pgdrift {

// What a child table or partition receives from its parent, as PostgreSQL does it.

// Columns and inheritable CHECK constraints of `parent`, ahead of the child's own.
void inherit_from_parent(Context& context, Table& child, const QualifiedName& parent);

// A partition gets a copy of its parent's foreign keys and row triggers (recursively).
void clone_partition_members(Context& context, Table& partition);

// After a foreign key or row trigger is added to a partitioned table, its partitions get it too.
void clone_constraint_to_partitions(Context& context, const Table& parent, const Constraint& constraint);
void clone_trigger_to_partitions(Context& context, const Table& parent, const Trigger& trigger);

}  // namespace pgdrift
