#include "analyzer/diff/diff_options.hpp"

#include <fnmatch.h>

#include <array>

namespace pgdrift {
namespace {

// Schemas a Supabase project gets from the platform, not from its migrations.
constexpr std::array<const char*, 18> kSupabaseSchemas{
    "auth",          "storage",          "realtime",      "_realtime", "graphql",  "graphql_public",
    "vault",         "extensions",       "pgsodium",      "pgsodium_masks", "net", "supabase_functions",
    "supabase_migrations", "pgbouncer",  "_analytics",    "cron",      "pgtle",    "_supavisor",
};

bool matches_any(const std::vector<std::string>& globs, const std::string& schema) {
  for (const std::string& glob : globs) {
    if (::fnmatch(glob.c_str(), schema.c_str(), 0) == 0) return true;
  }
  return false;
}

}  // namespace

bool DiffOptions::schema_included(const std::string& schema) const {
  if (supabase_preset) {
    for (const char* managed : kSupabaseSchemas) {
      if (schema == managed) return false;
    }
  }
  if (!include_schemas.empty() && !matches_any(include_schemas, schema)) return false;
  return !matches_any(exclude_schemas, schema);
}

}  // namespace pgdrift
