#pragma once

#include <string>
#include <string_view>

namespace pgdrift {

// Text made safe for one cell of a Markdown table: a `|` would end the cell, and a line
// break or a carriage return the row.
std::string markdown_cell(std::string_view text);

// Text from the inputs (a value, a comment, an error message) made plain in Markdown: the
// characters that would open a code span, raw HTML, emphasis or a link are escaped with a
// backslash (an underscore only at a word's edge, where it could open emphasis).
std::string markdown_text(std::string_view text);

// A code span that holds any name: a fence longer than the longest run of backticks inside,
// padded with spaces when the name starts or ends with a backtick (CommonMark strips one
// space each side); a line break becomes a visible ↵ (a carriage return ␍), as in the HTML
// report: a real one would end a list item or a table row, and a space would lose it.
std::string code_span(std::string_view text);

// A fenced code block (```sql ... ```) that holds any text: its fence is longer than the
// longest run of backticks at the start of a line inside.
std::string code_block(std::string_view text, std::string_view language);

}  // namespace pgdrift
