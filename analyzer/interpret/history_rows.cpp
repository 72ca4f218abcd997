#include <optional>
#include <string>
#include <string_view>

#include "analyzer/interpret/handlers.hpp"

namespace pgdrift {
namespace {

// The column holding the version in each migration history table pgdrift knows
// (supabase_migrations.schema_migrations, flyway_schema_history, schema_migrations,
// _prisma_migrations); nothing for any other table.
std::optional<std::string> history_version_column(std::string_view table) {
  if (table == "schema_migrations") return "version";
  if (table == "flyway_schema_history") return "version";
  if (table == "_prisma_migrations") return "migration_name";
  return std::nullopt;
}

}  // namespace

// Data changes no schema; only the rows of a migration history table are kept, for the
// ledger (see recorded_migrations).
void keep_history_rows(Context& context, const ast::Node& statement) {
  const ast::Node* relation = statement.get("relation");
  if (!relation) return;
  std::optional<std::string> version_column = history_version_column(relation->str("relname"));
  if (!version_column) return;
  HistoryRows rows;
  if (statement.is("CopyStmt")) {
    if (!context.statement || !context.statement->source->copy_data) return;  // COPY ... FROM a file
    rows.copy_data = *context.statement->source->copy_data;
  }
  rows.statement = context.keep(&statement);
  rows.version_column = std::move(*version_column);
  context.catalog.history_rows.push_back(std::move(rows));
}

}  // namespace pgdrift
