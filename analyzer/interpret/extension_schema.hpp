#pragma once

#include <string_view>

namespace pgdrift {

// The schema an extension's control file fixes (pgsodium, pg_graphql's graphql, pg_cron's
// pg_catalog, ...): PostgreSQL installs it there whatever the search_path; empty when the
// extension goes where CREATE EXTENSION says, or to the first schema of the search_path.
std::string_view fixed_extension_schema(std::string_view extension);

}  // namespace pgdrift
