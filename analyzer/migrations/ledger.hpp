#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "analyzer/model/catalog.hpp"

namespace pgdrift {

// One row of a migration history table.
struct LedgerRow {
  std::string version;
  std::string name;  // Supabase's `name`, Flyway's `description`; empty when the table has none
  // Supabase's `statements`: each statement of the migration as it was applied. Nothing when
  // the table has no such column or the row holds NULL.
  std::optional<std::vector<std::string>> statements;
};

// The rows of a dump's migration history table, in the order the dump lists them, read from
// its data (COPY or INSERT into supabase_migrations.schema_migrations, flyway_schema_history,
// schema_migrations, _prisma_migrations); rows without a version are left out. Nothing when
// the dump carries no such rows.
std::optional<std::vector<LedgerRow>> ledger_rows(const Catalog& dump);

// The versions those rows record.
std::optional<std::set<std::string>> recorded_migrations(const Catalog& dump);

}  // namespace pgdrift
