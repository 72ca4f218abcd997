#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pgdrift {

// An interval literal in one canonical spelling ("0 mons 0 days 1800000000 us"), so that
// '30 minutes', '00:30:00' and '0.5 hours' compare equal, as PostgreSQL stores them.
// Nothing when the text is not a form this understands.
std::optional<std::string> canonical_interval(std::string_view text);

}  // namespace pgdrift
