#pragma once

#include <optional>
#include <string_view>

#include "analyzer/model/qualified_name.hpp"

namespace pgdrift {

// The schema-qualified type a canonical type text names, without modifiers or array
// brackets: "app.\"Mood\"[]" -> {app, Mood}; built-in types ("integer") give nothing.
std::optional<QualifiedName> user_type_of(std::string_view type);

}  // namespace pgdrift
