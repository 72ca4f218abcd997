#pragma once

#include <string>

#include "analyzer/diff/change.hpp"

namespace pgdrift {

// One line saying what a detail changed, in the user's terms, shared by the text and
// Markdown renderers: "allowed_values: 14 values -> 6 values; only in OLD: a, b".
std::string describe_detail(const ChangeDetail& detail, std::string_view arrow = "→");

// "table", "materialized_view" -> "Tables", "Materialized views".
std::string kind_heading(const std::string& kind);

}  // namespace pgdrift
