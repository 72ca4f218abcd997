#include "parser/plpgsql_parser.hpp"

#include <pg_query.h>

#include "parser/json_to_ast.hpp"
#include "parser/libpg_query_json.hpp"
#include "parser/parser_thread.hpp"
#include "parser/stack_thread.hpp"
#include "parser/statement_parser.hpp"

namespace pgdrift {
namespace {

struct PlpgsqlResultGuard {
  PgQueryPlpgsqlParseResult result;
  ~PlpgsqlResultGuard() { pg_query_free_plpgsql_parse_result(result); }
};

// libpg_query parses PL/pgSQL only as the body of a CREATE FUNCTION statement; the body is
// dollar-quoted with a tag it does not contain. Nothing precedes it on its first line, so
// the tree's line numbers are the body's.
std::string function_around(std::string_view body, std::string_view header) {
  std::string tag = "$pgdrift$";
  for (int n = 0; body.find(tag) != std::string_view::npos; ++n) tag = "$pgdrift" + std::to_string(n) + "$";
  return "CREATE FUNCTION " + std::string(header) + " LANGUAGE plpgsql AS " + tag + std::string(body) + tag;
}

PlpgsqlParse parse_here(std::string_view body, ast::Arena& arena, std::string_view header) {
  PlpgsqlParse parse;
  std::string statement = function_around(body, header);
  PlpgsqlResultGuard guard{pg_query_parse_plpgsql(statement.c_str())};
  if (guard.result.error) {
    parse.error = guard.result.error->message;
    return parse;
  }
  simdjson::dom::element document;
  if (!guard.result.plpgsql_funcs ||
      thread_json_parser().parse(std::string_view(guard.result.plpgsql_funcs)).get(document) != simdjson::SUCCESS) {
    parse.error = "cannot read libpg_query's PL/pgSQL tree (nested too deeply?)";
    return parse;
  }
  try {
    ast::Node functions = ast::from_json(document, arena, statement);
    if (functions.items().size() != 1 || !functions.items()[0].is("PLpgSQL_function")) {
      parse.error = "libpg_query's PL/pgSQL tree is not one function";
      return parse;
    }
    parse.function = arena.make(functions.items()[0]);
  } catch (const ast::NestingTooDeep&) {
    parse.error = "statements nested too deeply (more than " + std::to_string(ast::kMaxNesting) + " levels)";
  }
  return parse;
}

}  // namespace

PlpgsqlParse parse_plpgsql_body(std::string_view body, ast::Arena& arena, std::string_view header) {
  PlpgsqlParse parse;
  auto work = [&] { parse = parse_here(body, arena, header); };
  std::size_t stack = parse_stack_size(body.size() + header.size() + 128);
  if (!run_on_parser_thread(stack, work)) StackThread thread(stack, work);
  return parse;
}

}  // namespace pgdrift
