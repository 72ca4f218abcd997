#include "parser/statement_parser.hpp"

#include <fmt/format.h>
#include <pg_query.h>
#include <simdjson.h>

#include <cctype>
#include <string>

#include "parser/json_to_ast.hpp"
#include "parser/libpg_query_json.hpp"

namespace pgdrift {
namespace {

struct ParseResultGuard {
  PgQueryParseResult result;
  ~ParseResultGuard() { pg_query_free_parse_result(result); }
};

// The value of the first "location" key from `from` on.
std::int64_t location_after(std::string_view json, std::size_t from) {
  constexpr std::string_view kKey = "\"location\":";
  std::size_t at = json.find(kKey, from);
  if (at == std::string_view::npos) return -1;
  std::int64_t location = 0;
  for (std::size_t i = at + kKey.size(); i < json.size() && std::isdigit(static_cast<unsigned char>(json[i])); ++i) {
    location = location * 10 + (json[i] - '0');
  }
  return location;
}

// PostgreSQL's error cursor: the 1-based character position of a byte offset.
int cursor_at(std::string_view sql, std::int64_t byte_offset) {
  if (byte_offset < 0) return 0;
  int cursor = 1;
  for (std::size_t i = 0; i < sql.size() && i < static_cast<std::size_t>(byte_offset); ++i) {
    if ((static_cast<unsigned char>(sql[i]) & 0xC0) != 0x80) ++cursor;
  }
  return cursor;
}

// Where JSON simdjson found too deep for it passes kMaxJsonDepth: the first node location
// after that point, which belongs to a node at least that deep.
std::int64_t location_past_depth(std::string_view json) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > kMaxJsonDepth) return location_after(json, i);
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return -1;
}

StatementParse nested_too_deeply(std::string_view sql, std::int64_t location) {
  StatementParse parse;
  parse.error = fmt::format("expressions nested too deeply (more than {} levels)", ast::kMaxNesting);
  parse.error_cursor = cursor_at(sql, location);
  return parse;
}

}  // namespace

std::size_t parse_stack_size(std::size_t statement_length) { return (8u << 20) + 128 * statement_length; }

StatementParse parse_statement(std::string_view sql, ast::Arena& arena) {
  std::string terminated(sql);  // libpg_query wants a NUL-terminated string
  ParseResultGuard guard{pg_query_parse(terminated.c_str())};
  StatementParse parse;
  if (guard.result.error) {
    parse.error = guard.result.error->message;
    parse.error_cursor = guard.result.error->cursorpos;
    // Bison's message when the grammar's stack (10,000 levels) is full.
    if (parse.error->starts_with("memory exhausted")) parse.error = "nested too deeply for PostgreSQL's grammar: " + *parse.error;
    return parse;
  }
  simdjson::dom::element document;
  std::string_view json(guard.result.parse_tree);
  if (auto status = thread_json_parser().parse(json).get(document); status != simdjson::SUCCESS) {
    if (status == simdjson::DEPTH_ERROR) return nested_too_deeply(sql, location_past_depth(json));
    parse.error = std::string("cannot read libpg_query's output: ") + simdjson::error_message(status);
    return parse;
  }
  simdjson::dom::array statements;
  if (document["stmts"].get(statements) != simdjson::SUCCESS) return parse;  // only comments
  try {
    for (auto raw : statements) {
      simdjson::dom::element stmt;
      if (raw["stmt"].get(stmt) != simdjson::SUCCESS) continue;
      parse.trees.push_back(arena.make(ast::from_json(stmt, arena, sql)));
    }
  } catch (const ast::NestingTooDeep& too_deep) {
    return nested_too_deeply(sql, too_deep.location);
  }
  return parse;
}

}  // namespace pgdrift
