#include "parser/grammar_version.hpp"

#include <fmt/format.h>
#include <pg_query.h>

namespace pgdrift {

std::string grammar_version() {
  // libpg_query has no version macro; CMake reads it from the library's file name.
  return fmt::format("libpg_query {} (PostgreSQL {} grammar)", PGDRIFT_LIBPG_QUERY_VERSION,
                     PG_VERSION);
}

}  // namespace pgdrift
