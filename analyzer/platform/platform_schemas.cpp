#include "analyzer/platform/platform_schemas.hpp"

#include <algorithm>
#include <array>

namespace pgdrift {
namespace {

constexpr std::array<std::string_view, 31> kPlatformSchemas{
    "_analytics",
    "_realtime",
    "_supavisor",
    "_timescaledb_cache",
    "_timescaledb_catalog",
    "_timescaledb_config",
    "_timescaledb_internal",
    "auth",
    "cron",
    "extensions",
    "graphql",
    "graphql_public",
    "information_schema",
    "net",
    "pg_catalog",
    "pg_toast",
    "pgbouncer",
    "pgmq",
    "pgroonga",
    "pgsodium",
    "pgsodium_masks",
    "pgtle",
    "realtime",
    "repack",
    "storage",
    "supabase_functions",
    "supabase_migrations",
    "tiger",
    "tiger_data",
    "topology",
    "vault",
};

}  // namespace

bool is_platform_schema(std::string_view schema) {
  return std::find(kPlatformSchemas.begin(), kPlatformSchemas.end(), schema) !=
         kPlatformSchemas.end();
}

}  // namespace pgdrift
