#include "parser/statement_parser.hpp"

#include <pg_query.h>
#include <simdjson.h>

#include <string>

#include "parser/json_to_ast.hpp"

namespace pgdrift {
namespace {

// simdjson's parser keeps its buffers between documents; one per thread avoids reallocating.
simdjson::dom::parser& thread_json_parser() {
  thread_local simdjson::dom::parser parser;
  return parser;
}

struct ParseResultGuard {
  PgQueryParseResult result;
  ~ParseResultGuard() { pg_query_free_parse_result(result); }
};

}  // namespace

StatementParse parse_statement(std::string_view sql, ast::Arena& arena) {
  std::string terminated(sql);  // libpg_query wants a NUL-terminated string
  ParseResultGuard guard{pg_query_parse(terminated.c_str())};
  StatementParse parse;
  if (guard.result.error) {
    parse.error = guard.result.error->message;
    parse.error_cursor = guard.result.error->cursorpos;
    return parse;
  }
  simdjson::dom::element document;
  std::string_view json(guard.result.parse_tree);
  if (auto status = thread_json_parser().parse(json).get(document); status != simdjson::SUCCESS) {
    parse.error = std::string("cannot read libpg_query's output: ") + simdjson::error_message(status);
    return parse;
  }
  simdjson::dom::array statements;
  if (document["stmts"].get(statements) != simdjson::SUCCESS) return parse;  // only comments
  for (auto raw : statements) {
    simdjson::dom::element stmt;
    if (raw["stmt"].get(stmt) != simdjson::SUCCESS) continue;
    parse.trees.push_back(arena.make(ast::from_json(stmt, arena, sql)));
  }
  return parse;
}

}  // namespace pgdrift
