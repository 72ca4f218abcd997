#pragma once

#include <string>
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

}  // namespace pgdrift
