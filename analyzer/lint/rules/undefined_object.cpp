// undefined-object (pgdrift's own): the statement names an object that does not exist at
// that point of the migrations, so PostgreSQL refuses it and the migration fails at deploy
// time. The replay knows what exists before each statement; the interpreter, run strictly as
// for migrations, says what PostgreSQL would refuse.
#include "analyzer/lint/interpreter_errors.hpp"
#include "analyzer/lint/statement_context.hpp"

namespace pgdrift {
namespace {

void after(const StatementContext& statement, std::span<const Diagnostic> said) {
  for (const Diagnostic& diagnostic : said) {
    if (is_undefined_object(diagnostic)) {
      statement.report(
          diagnostic.message + ": PostgreSQL refuses the statement at this point of the migrations",
          "create it in an earlier statement or migration, or fix the name");
    }
  }
}

}  // namespace

LintRule lint_rule_undefined_object() {
  return {"undefined-object", LintLevel::error,
          "the statement names an object that does not exist at that point", nullptr, after};
}

}  // namespace pgdrift
