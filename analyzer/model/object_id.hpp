#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "analyzer/model/qualified_name.hpp"
#include "analyzer/model/routine.hpp"

namespace pgdrift {

// Stable, human-readable ids (part of the JSON contract): identifiers are double-quoted
// only where SQL needs it.
std::string object_id(const QualifiedName& name);                            // schema.name
std::string member_id(const QualifiedName& table, const std::string& name);  // schema.table.name
std::string routine_id(const QualifiedName& name, const std::vector<std::string>& input_types,
                       bool star = false);                                    // schema.f(integer, text)
std::string routine_id(const Routine& routine);

// Kinds PostgreSQL keys by more than a schema and a name:
std::string operator_id(const QualifiedName& name, const std::string& left_type,
                        const std::string& right_type);  // schema.<(integer, integer); NONE: no left argument
std::string access_method_object_id(const QualifiedName& name,
                                    std::string_view access_method);  // schema.name USING btree
std::string cast_id(const std::string& source_type, const std::string& target_type);  // (integer AS text)
std::string transform_id(const std::string& type, std::string_view language);  // FOR hstore LANGUAGE plpython3u

}  // namespace pgdrift
