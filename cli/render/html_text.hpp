#pragma once

#include <string>
#include <string_view>

namespace pgdrift {

// Text made safe for HTML element content and quoted attribute values: &, <, >, " and '
// become character references, so a name like x<script> is shown, never parsed.
std::string html_text(std::string_view text);

// A name in a <code> element: escaped, with each line break shown as a visible ↵ so a
// name that holds one stays on one line and its break is not lost.
std::string html_name(std::string_view name);

// Escaped text whose line breaks are kept as <br> (a comment or a message of many lines).
std::string html_lines(std::string_view text);

}  // namespace pgdrift
