#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pgdrift {

// One field of a COPY ... FROM stdin row in text format, its backslash escapes undone
// (\n, \t, \\, \NNN octal, \xHH ...); nothing for \N, SQL NULL.
std::optional<std::string> decode_copy_field(std::string_view field);

// The elements of a one-dimensional array literal as PostgreSQL writes it ('{a,"b c",NULL}');
// a NULL element is nothing. Nothing at all when the text is not such a literal.
std::optional<std::vector<std::optional<std::string>>> parse_array_literal(std::string_view text);

}  // namespace pgdrift
