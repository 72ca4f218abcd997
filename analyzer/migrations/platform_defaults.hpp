#pragma once

#include <vector>

#include "analyzer/migrations/migration_directory.hpp"
#include "analyzer/model/catalog.hpp"

namespace pgdrift {

// What a database has before the first migration of a directory, as far as migrations can
// see it. For a Supabase project: the default privileges Supabase sets on `public`, which
// give anon, authenticated and service_role every table, sequence and function a migration
// creates (so a migration's `revoke ... from anon` is an effect, as in the real project).
// For other tools: an empty catalog.
Catalog migration_start_catalog(const std::vector<MigrationFile>& files);

}  // namespace pgdrift
