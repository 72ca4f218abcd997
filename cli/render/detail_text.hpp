#pragma once

#include <string>

#include "analyzer/diff/change.hpp"

namespace pgdrift {

// The words around a detail's values, in the report's language.
struct DetailWords {
  std::string_view none = "(none)";
  std::string_view only_old = "only in OLD";
  std::string_view only_new = "only in NEW";
  std::string_view added = "added";
  std::string_view removed = "removed";
  std::string_view changed = "changed";
  std::string_view colon = ": ";
};

// One line saying what a detail changed, in the user's terms, shared by the text and
// Markdown renderers: "allowed_values: 14 values -> 6 values; only in OLD: a, b".
std::string describe_detail(const ChangeDetail& detail, std::string_view arrow = "→",
                            const DetailWords& words = {});

// "table", "materialized_view" -> "Tables", "Materialized views".
std::string kind_heading(const std::string& kind);

}  // namespace pgdrift
