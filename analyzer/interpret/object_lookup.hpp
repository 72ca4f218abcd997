#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/interpret/context.hpp"

namespace pgdrift {

// The parts of a name as COMMENT/GRANT/ALTER OWNER write it: a List, a list or a String.
std::span<const ast::Node> name_parts(const ast::Node& object);

// What an error about the object a DROP, RENAME, COMMENT... names is about: the object's
// name, after its table's for a trigger, policy or rule (see ErrorSubject).
std::vector<std::string> subject_names(const ast::Node& object, std::string_view object_type);

// The id of the routine an ObjectWithArgs names (its input argument types).
std::string routine_id_from(Context& context, const ast::Node& object_with_args, bool aggregate);

// The meta (owner, comment, privileges) of the object a statement names by object type
// (OBJECT_TABLE, OBJECT_COLUMN, ...) and name node; nullptr when the catalog has none.
ObjectMeta* find_object_meta(Context& context, std::string_view object_type, const ast::Node& object);

// The object kept whole (operator, cast, operator class, collation, ...) a statement names by
// object type and name node, found by its full key (argument types, access method) on the
// search_path; nullptr when the catalog has none.
OtherObject* find_other_object(Context& context, std::string_view object_type, const ast::Node& object);

// The composite type an ALTER TYPE names with a RangeVar, found on the search_path as
// PostgreSQL finds a relation; nullptr when there is none (or the type is not composite).
UserType* find_composite_type(Context& context, const ast::Node& range_var);

// Whether the object a statement names is, or belongs to, an object kept by name only because
// the grammar rejected its statement (see unparsed_object.hpp).
bool names_unparsed_object(Context& context, const ast::Node& object);

// Whether pgdrift describes objects of this type (OBJECT_TABLE, ...) one by one; a COMMENT
// or OWNER TO on an object it does not find is worth a warning only then. Indexes behind
// constraints, and what belongs to an object whose statement was rejected, count as found.
bool should_have_found(Context& context, std::string_view object_type, const ast::Node& object);

}  // namespace pgdrift
