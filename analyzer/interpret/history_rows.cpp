#include "analyzer/interpret/history_rows.hpp"

#include "analyzer/interpret/handlers.hpp"

namespace pgdrift {

std::optional<std::string> history_version_column(std::string_view table) {
  if (table == "schema_migrations") return "version";
  if (table == "flyway_schema_history") return "version";
  if (table == "_prisma_migrations") return "migration_name";
  return std::nullopt;
}

// Data changes no schema; only the rows of a migration history table are kept, for the
// ledger (see recorded_migrations).
void keep_history_rows(Context& context, const ast::Node& statement) {
  const ast::Node* relation = statement.get("relation");
  if (!relation || !history_version_column(relation->str("relname"))) return;
  HistoryRows rows;
  if (statement.is("CopyStmt")) {
    if (!context.statement || !context.statement->source->copy_data) return;  // COPY ... FROM a file
    rows.copy_data = *context.statement->source->copy_data;
  }
  rows.statement = context.keep(&statement);
  context.catalog.history_rows.push_back(rows);
}

}  // namespace pgdrift
