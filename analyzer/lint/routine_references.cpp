#include "analyzer/lint/routine_references.hpp"

#include <string>
#include <unordered_map>

#include "parser/plpgsql_parser.hpp"
#include "parser/statement_parser.hpp"

namespace pgdrift {
namespace {

using TreeVisitor = std::function<void(const ast::Node&)>;

void visit_sql(std::string_view sql, ast::Arena& arena, const TreeVisitor& visit) {
  StatementParse parse = parse_statement(sql, arena);
  if (parse.error) parse = parse_statement("SELECT " + std::string(sql), arena);  // an expression
  for (const ast::Node* tree : parse.trees) {
    if (tree) visit(*tree);
  }
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

}  // namespace

void for_each_body_tree(const Routine& routine, const TreeVisitor& visit) {
  if (routine.sql_body) {
    visit(*routine.sql_body);
    return;
  }
  ast::Arena arena;
  if (routine.language == "sql") {
    visit_sql(routine.body, arena, visit);
  } else if (routine.language == "plpgsql") {
    PlpgsqlParse parse = parse_plpgsql_body(routine.body, arena);
    if (parse.function) visit_plpgsql(*parse.function, arena, visit);
  }
}

References routine_references(const Routine& routine) {
  // Rules ask for every routine's references at each statement that drops, renames or retypes
  // something: each body is parsed once per process. The key is the body's text (catalogs are
  // copied, so addresses do not last); an SQL-standard body is a tree the catalogs share.
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
  for_each_body_tree(routine,
                     [&](const ast::Node& tree) { collect_references(&tree, references); });
  cache[routine.body] = {routine.language, routine.sql_body, references};
  return references;
}

}  // namespace pgdrift
