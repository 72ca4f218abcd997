#pragma once

#include <string>

namespace pgdrift {

// The URL of pgdrift's docs/ folder, for links in reports (SARIF's helpUri): the build's
// PGDRIFT_DOCS_URL when it names a published copy; else the docs installed next to the running
// binary (PREFIX/share/doc/pgdrift, where `cmake --install` and the .deb put them, whatever
// the prefix); else, for a binary run from its build tree, the source tree's docs/.
std::string docs_url();

}  // namespace pgdrift
