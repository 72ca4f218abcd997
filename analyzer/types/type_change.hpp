#pragma once

#include <string>
#include <utility>

namespace pgdrift {

// What PostgreSQL does to the rows when a column's type changes, from canonical spellings
// ("character varying(20)", "text").

// "character varying(20)" -> {"character varying", 20}; no length modifier -> -1 (unlimited).
std::pair<std::string, long> base_and_length(const std::string& type);

// A change PostgreSQL makes without rewriting the table: to text from a text-like type, or
// to a varchar that holds at least as much.
bool binary_compatible(const std::string& from, const std::string& to);

}  // namespace pgdrift
