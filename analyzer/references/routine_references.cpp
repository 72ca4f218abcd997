#include "analyzer/references/routine_references.hpp"

#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "parser/identifier.hpp"

#include "parser/plpgsql_parser.hpp"
#include "parser/statement_parser.hpp"

namespace pgdrift {
namespace {

using TreeVisitor = std::function<void(const ast::Node&)>;

bool visit_parsed(std::string_view sql, ast::Arena& arena, const TreeVisitor& visit) {
  StatementParse parse = parse_statement(sql, arena);
  if (parse.error) parse = parse_statement("SELECT " + std::string(sql), arena);  // an expression
  for (const ast::Node* tree : parse.trees) visit(*tree);
  return !parse.error;
}

// A statement, an expression, or a PL/pgSQL assignment `target := value`, which PostgreSQL 14
// and later keep whole: its target (NEW.column, a record's field) and its value are read apart.
void visit_sql(std::string_view sql, ast::Arena& arena, const TreeVisitor& visit) {
  if (visit_parsed(sql, arena, visit)) return;
  std::size_t assign = sql.find(":=");
  if (assign == std::string_view::npos) return;
  visit_parsed(sql.substr(0, assign), arena, visit);
  visit_parsed(sql.substr(assign + 2), arena, visit);
}

// Every PLpgSQL_expr below a PL/pgSQL tree: the SQL of its statements and expressions.
void visit_plpgsql(const ast::Node& node, ast::Arena& arena, const TreeVisitor& visit) {
  if (node.is("PLpgSQL_expr")) {
    visit_sql(node.str("query"), arena, visit);
    return;
  }
  for (const ast::Field& field : node.fields()) visit_plpgsql(field.value, arena, visit);
  for (const ast::Node& item : node.items()) visit_plpgsql(item, arena, visit);
}

// CREATE FUNCTION's words before AS for a routine: its parameters are variables its body may
// assign, and a trigger function has NEW and OLD.
std::string function_header(const Routine& routine) {
  std::vector<std::string> arguments;
  for (const RoutineArgument& argument : routine.arguments) {
    std::string mode = argument.mode == 't' ? "OUT " : argument.mode_keyword();
    std::string name = argument.name.empty() ? "" : quote_identifier(argument.name) + " ";
    arguments.push_back(mode + name + argument.type);
  }
  std::string returns = routine.return_type.empty() ? "void" : routine.return_type;
  return fmt::format("pg_temp.pgdrift_routine({}) RETURNS {}", fmt::join(arguments, ", "), returns);
}

PlpgsqlParse parse_routine_body(const Routine& routine, ast::Arena& arena) {
  PlpgsqlParse parse = parse_plpgsql_body(routine.body, arena, function_header(routine));
  return parse.function ? parse : parse_plpgsql_body(routine.body, arena);
}

}  // namespace

void for_each_body_tree(const Routine& routine, ast::Arena& arena, const TreeVisitor& visit) {
  if (routine.sql_body) {
    visit(*routine.sql_body);
  } else if (routine.language == "sql") {
    visit_sql(routine.body, arena, visit);
  } else if (routine.language == "plpgsql") {
    PlpgsqlParse parse = parse_routine_body(routine, arena);
    if (parse.function) visit_plpgsql(*parse.function, arena, visit);
  }
}

const References& routine_references(const Routine& routine) {
  // Lint rules ask for every routine's references at each statement that drops, renames or
  // retypes something: each body is parsed once per process. The key is the body's text
  // (catalogs are copied, so addresses do not last); an SQL-standard body is a tree the
  // catalogs share.
  struct Cached {
    std::string language;
    Expr sql_body;
    References references;
  };
  thread_local std::unordered_map<std::string, Cached> cache;
  auto found = cache.find(routine.body);
  if (found != cache.end() && found->second.sql_body == routine.sql_body &&
      found->second.language == routine.language)
    return found->second.references;
  References references;
  ast::Arena arena;
  for_each_body_tree(routine, arena,
                     [&](const ast::Node& tree) { collect_references(&tree, references); });
  Cached& kept = cache[routine.body];
  kept = {routine.language, routine.sql_body, std::move(references)};
  return kept.references;
}

}  // namespace pgdrift
