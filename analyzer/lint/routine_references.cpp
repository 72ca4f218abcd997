#include "analyzer/lint/routine_references.hpp"

#include <string>

#include "parser/plpgsql_parser.hpp"
#include "parser/statement_parser.hpp"

namespace pgdrift {
namespace {

void collect_sql(std::string_view sql, ast::Arena& arena, References& references) {
  StatementParse parse = parse_statement(sql, arena);
  if (parse.error) parse = parse_statement("SELECT " + std::string(sql), arena);  // an expression
  for (const ast::Node* tree : parse.trees) collect_references(tree, references);
}

// Every PLpgSQL_expr below a PL/pgSQL tree: the SQL of its statements and expressions.
void collect_plpgsql(const ast::Node& node, ast::Arena& arena, References& references) {
  if (node.is("PLpgSQL_expr")) {
    collect_sql(node.str("query"), arena, references);
    return;
  }
  for (const ast::Field& field : node.fields()) collect_plpgsql(field.value, arena, references);
  for (const ast::Node& item : node.items()) collect_plpgsql(item, arena, references);
}

}  // namespace

References routine_references(const Routine& routine) {
  References references;
  if (routine.sql_body) {
    collect_references(routine.sql_body, references);
    return references;
  }
  ast::Arena arena;
  if (routine.language == "sql") {
    collect_sql(routine.body, arena, references);
  } else if (routine.language == "plpgsql") {
    PlpgsqlParse parse = parse_plpgsql_body(routine.body, arena);
    if (parse.function) collect_plpgsql(*parse.function, arena, references);
  }
  return references;
}

}  // namespace pgdrift
