#include "analyzer/diff/routine_body.hpp"

#include <fmt/format.h>
#include <pg_query.h>
#include <simdjson.h>

#include <sstream>

#include "analyzer/model/object_id.hpp"
#include "analyzer/normalize/expression_normalizer.hpp"
#include "analyzer/normalize/fingerprint.hpp"
#include "parser/deparser.hpp"
#include "parser/identifier.hpp"
#include "parser/script_reader.hpp"

namespace pgdrift {
namespace {

// Lines without indentation, trailing blanks, blank lines and -- comment lines.
std::vector<std::string> layout_free_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::istringstream in{std::string(text)};
  std::string line;
  while (std::getline(in, line)) {
    std::size_t start = line.find_first_not_of(" \t");
    if (start == std::string::npos) continue;
    std::size_t end = line.find_last_not_of(" \t");
    std::string trimmed = line.substr(start, end - start + 1);
    if (trimmed.starts_with("--")) continue;
    lines.push_back(trimmed);
  }
  return lines;
}

std::string collapsed(std::string_view text) {
  std::vector<std::string> lines = layout_free_lines(text);
  return fmt::format("{}", fmt::join(lines, " "));
}

// The canonical fingerprint of SQL text (statements or an expression), if it parses.
std::optional<std::string> sql_fingerprint(const std::string& sql) {
  for (const std::string& candidate : {sql, "SELECT " + sql}) {
    try {
      ParsedScript parsed = read_script_text("body", candidate);
      if (!parsed.diagnostics.empty() || parsed.statements.empty()) continue;
      ast::Arena arena;
      ExpressionNormalizer normalizer(arena);
      std::string print;
      for (const ParsedStatement& statement : parsed.statements) {
        if (!statement.tree) return std::nullopt;
        print += fingerprint(*normalizer.normalize(statement.tree)) + ";";
      }
      return print;
    } catch (const std::exception&) {
    }
  }
  return std::nullopt;
}

// libpg_query's PL/pgSQL tree, without line numbers, embedded SQL compared parsed.
void plpgsql_fingerprint(simdjson::dom::element element, std::string& out) {
  switch (element.type()) {
    case simdjson::dom::element_type::OBJECT: {
      out += '{';
      simdjson::dom::object object = element.get_object().value_unsafe();
      for (auto field : object) {
        if (field.key == "lineno") continue;
        out += field.key;
        out += ':';
        std::string_view text;
        if (field.key == "query" && field.value.get_string().get(text) == simdjson::SUCCESS) {
          out += sql_fingerprint(std::string(text)).value_or(collapsed(text));
        } else {
          plpgsql_fingerprint(field.value, out);
        }
        out += ',';
      }
      out += '}';
      return;
    }
    case simdjson::dom::element_type::ARRAY: {
      out += '[';
      simdjson::dom::array array = element.get_array().value_unsafe();
      for (auto item : array) {
        plpgsql_fingerprint(item, out);
        out += ',';
      }
      out += ']';
      return;
    }
    default:
      out += simdjson::minify(element);
  }
}

// A CREATE FUNCTION statement around the body, for libpg_query's PL/pgSQL parser.
std::string plpgsql_statement(const Routine& routine) {
  std::vector<std::string> arguments, table_columns;
  for (const RoutineArgument& argument : routine.arguments) {
    std::string text = (argument.name.empty() ? "" : quote_identifier(argument.name) + " ") + argument.type;
    if (argument.mode == 't') table_columns.push_back(text);
    else arguments.push_back(argument.mode_keyword() + text);
  }
  std::string returns;
  if (routine.kind == RoutineKind::function) {
    returns = table_columns.empty() ? " RETURNS " + routine.return_type
                                    : fmt::format(" RETURNS TABLE({})", fmt::join(table_columns, ", "));
  }
  return fmt::format("CREATE {} {}({}){} LANGUAGE plpgsql AS $pgdrift_body${}$pgdrift_body$",
                     routine.kind == RoutineKind::procedure ? "PROCEDURE" : "FUNCTION", object_id(routine.name),
                     fmt::join(arguments, ", "), returns, routine.body);
}

std::optional<std::string> plpgsql_fingerprint(const Routine& routine) {
  std::string statement = plpgsql_statement(routine);
  PgQueryPlpgsqlParseResult result = pg_query_parse_plpgsql(statement.c_str());
  std::optional<std::string> print;
  if (!result.error && result.plpgsql_funcs) {
    simdjson::dom::parser parser;
    simdjson::dom::element document;
    if (parser.parse(std::string_view(result.plpgsql_funcs)).get(document) == simdjson::SUCCESS) {
      std::string out;
      plpgsql_fingerprint(document, out);
      print = out;
    }
  }
  pg_query_free_plpgsql_parse_result(result);
  return print;
}

}  // namespace

NormalizedBody normalized_body(const Routine& routine) {
  NormalizedBody body;
  if (routine.sql_body) {
    ast::Arena arena;
    ExpressionNormalizer normalizer(arena);
    // Parameters may be qualified by the function's name (touch_session.p_key).
    body.fingerprint = fingerprint(*normalizer.normalize(routine.sql_body, routine.name.name));
    body.lines = layout_free_lines(deparse_statement(*routine.sql_body).value_or(""));
    return body;
  }
  body.lines = layout_free_lines(routine.body);
  std::optional<std::string> print;
  if (routine.language == "sql") print = sql_fingerprint(routine.body);
  if (routine.language == "plpgsql") print = plpgsql_fingerprint(routine);
  body.fingerprint = print ? routine.language + ":" + *print : "text:" + collapsed(routine.body);
  return body;
}

}  // namespace pgdrift
