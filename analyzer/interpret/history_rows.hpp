#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pgdrift {

// The column holding the version in each migration history table pgdrift knows
// (supabase_migrations.schema_migrations, flyway_schema_history, schema_migrations,
// _prisma_migrations); nothing for any other table.
std::optional<std::string> history_version_column(std::string_view table);

}  // namespace pgdrift
