#pragma once

#include <string>
#include <string_view>

namespace pgdrift {

// Text made safe for one cell of a Markdown table: a `|` would end the cell, and a line
// break or a carriage return the row.
std::string markdown_cell(std::string_view text);

}  // namespace pgdrift
