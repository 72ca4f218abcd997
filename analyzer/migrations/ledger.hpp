#pragma once

#include <optional>
#include <set>
#include <string>

#include "analyzer/model/catalog.hpp"

namespace pgdrift {

// The versions a dump's migration history table records, read from its data rows (COPY or
// INSERT into supabase_migrations.schema_migrations, flyway_schema_history,
// schema_migrations, _prisma_migrations). Nothing when the dump carries no such rows.
std::optional<std::set<std::string>> recorded_migrations(const Catalog& dump);

}  // namespace pgdrift
