#pragma once

#include <string>
#include <string_view>

namespace pgdrift {

// A path as a URI reference (RFC 3986): an absolute path becomes a file:// URI, a relative
// one stays relative; bytes outside the unreserved set and `/` are percent-encoded.
std::string file_uri(std::string_view path);

}  // namespace pgdrift
