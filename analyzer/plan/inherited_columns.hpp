#pragma once

#include "analyzer/plan/plan_context.hpp"

namespace pgdrift {

// Columns down an inheritance or partition tree. ALTER COLUMN ... SET/DROP DEFAULT and
// SET/DROP NOT NULL reach a table's children unless ONLY is written, and a child made with
// INHERITS takes its parent's default and NOT NULL at that moment: a child whose own
// differ is set apart.

// Whether the table has inheritance children or partitions in OLD or NEW.
bool has_children(const PlanContext& context, const QualifiedName& table);

// After SET/DROP NOT NULL on `table` (which reaches its children), puts back the NOT NULL
// of each descendant that NEW gives another state and that the plan does not create.
void restore_descendants_not_null(PlanContext& context, const Table& table, const Column& column);

// For a classic inheritance child the plan creates: the defaults and NOT NULL of its
// inherited columns that differ from what its parent gives it.
void set_inherited_column_differences(PlanContext& context, const Table& child);

}  // namespace pgdrift
