#pragma once

#include <string>

namespace pgdrift {

// Writes `content` to `path` through a temporary file in the same directory and a rename,
// so a failed run never leaves a half-written file where the old one stood. A symbolic link
// stays a link (its target is replaced); a device or a pipe (/dev/null) is written in place.
// "-" or empty writes to standard output. Throws InputError when the file cannot be written.
void write_output(const std::string& path, const std::string& content);

}  // namespace pgdrift
