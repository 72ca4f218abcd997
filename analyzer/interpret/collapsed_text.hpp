#pragma once

#include <string>
#include <string_view>

namespace pgdrift {

// A statement's text with each run of white space made one space and the ends trimmed: how an
// object kept by its text alone is named and compared, so layout is no difference.
std::string collapsed_text(std::string_view text);

}  // namespace pgdrift
