#include "analyzer/migrations/dry_run.hpp"

#include "analyzer/diff/differ.hpp"
#include "analyzer/interpret/interpreter.hpp"

namespace pgdrift {
namespace {

// The grammar's complaint about a statement it rejected (read with its script).
std::string rejection(const ParsedScript& script, const ParsedStatement& statement) {
  for (const Diagnostic& d : script.diagnostics) {
    if (d.severity == Severity::error && d.where.line == statement.where.line) return d.message;
  }
  return "syntax error";
}

std::vector<const Diagnostic*> new_errors(const Diagnostics& diagnostics, std::size_t from) {
  std::vector<const Diagnostic*> errors;
  for (std::size_t i = from; i < diagnostics.size(); ++i) {
    if (diagnostics[i].severity == Severity::error) errors.push_back(&diagnostics[i]);
  }
  return errors;
}

// One migration in a session of its own, statement by statement: a statement PostgreSQL
// refuses is undone whole, as the server's statement-level rollback does.
void apply_migration(const ReplayedMigration& migration, Catalog& catalog,
                     const ReplaySession& session, std::vector<DryRunFailure>& failures) {
  const ParsedScript& script = *migration.script;
  Diagnostics diagnostics;
  Interpreter interpreter(catalog, diagnostics, /*strict=*/true, session.known);
  interpreter.set_search_path(session.search_path);
  for (const ParsedStatement& statement : script.statements) {
    if (!statement.tree) {
      failures.push_back({migration.file.version, statement.where, rejection(script, statement)});
      continue;
    }
    Catalog before = catalog;
    std::size_t seen = diagnostics.size();
    interpreter.apply(std::span<const ParsedStatement>(&statement, 1));
    std::vector<const Diagnostic*> errors = new_errors(diagnostics, seen);
    if (errors.empty()) continue;
    // PostgreSQL stops at a statement's first error.
    failures.push_back({migration.file.version, statement.where, errors.front()->message});
    catalog = std::move(before);
  }
  interpreter.keep_source(migration.script);
}

}  // namespace

DryRun dry_run(std::string side_name, const std::vector<const ReplayedMigration*>& migrations,
               const Catalog& side, const ReplaySession& session, const Catalog& other_side,
               const DiffOptions& options) {
  DryRun run;
  run.side = std::move(side_name);
  run.result = side;
  for (const ReplayedMigration* migration : migrations) {
    run.migrations.push_back(migration->file.version);
    apply_migration(*migration, run.result, session, run.failures);
  }
  run.remaining = diff_catalogs(run.result, other_side, options);
  return run;
}

}  // namespace pgdrift
