#pragma once

#include <string>
#include <vector>

namespace pgdrift {

// A unified diff (hunks with @@ headers, " ", "-" and "+" lines) of two texts split in lines.
std::string unified_diff(const std::vector<std::string>& old_lines, const std::vector<std::string>& new_lines);

}  // namespace pgdrift
