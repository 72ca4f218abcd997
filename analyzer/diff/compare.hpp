#pragma once

#include "analyzer/diff/comparison.hpp"

namespace pgdrift {

// One function per kind of object; each adds what differs to the comparison.
void compare_schemas(Comparison&);
void compare_extensions(Comparison&);
void compare_tables(Comparison&);  // with their columns and constraints
void compare_constraints(Comparison&, const Table& old_table, const Table& new_table);
void compare_indexes(Comparison&);
void compare_views(Comparison&);
void compare_sequences(Comparison&);
void compare_routines(Comparison&);
void compare_triggers(Comparison&);
void compare_event_triggers(Comparison&);
void compare_policies(Comparison&);
void compare_types(Comparison&);
void compare_publications(Comparison&);
void compare_default_privileges(Comparison&);
void compare_other_objects(Comparison&);
void compare_extension_members(Comparison&);

}  // namespace pgdrift
