#pragma once

#include <string>

namespace pgdrift {

// The parser library pgdrift was built with, and the PostgreSQL grammar it carries, as
// "libpg_query 15-4.0 (PostgreSQL 15.1 grammar)": what `--version` names, since the grammar
// decides which SQL pgdrift reads.
std::string grammar_version();

}  // namespace pgdrift
