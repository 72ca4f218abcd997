#include <fmt/format.h>

#include "analyzer/model/object_id.hpp"
#include "analyzer/plan/ddl.hpp"
#include "analyzer/plan/sql_text.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

std::string argument_sql(const RoutineArgument& argument) {
  std::string text = argument.mode_keyword();
  if (!argument.name.empty()) text += quote_identifier(argument.name) + " ";
  text += argument.type;
  if (argument.default_value) text += " DEFAULT " + sql_expression(argument.default_value);
  return text;
}

std::string returns_clause(const Routine& routine) {
  std::vector<std::string> table_columns;
  for (const RoutineArgument& argument : routine.arguments) {
    if (argument.mode == 't') table_columns.push_back(quote_identifier(argument.name) + " " + argument.type);
  }
  if (!table_columns.empty()) return fmt::format("RETURNS TABLE({})", fmt::join(table_columns, ", "));
  return "RETURNS " + routine.return_type;
}

// SET name TO 'a', '' or SET name FROM CURRENT.
std::string setting_clause(const std::string& name, const std::vector<std::string>& values) {
  if (values == std::vector<std::string>{"FROM CURRENT"}) return fmt::format("SET {} FROM CURRENT", name);
  std::vector<std::string> parts;
  for (const std::string& value : values) parts.push_back(quote_literal(value));
  return fmt::format("SET {} TO {}", name, fmt::join(parts, ", "));
}

std::string number_text(double value) { return fmt::format("{}", value); }

std::vector<std::string> attributes(const Routine& routine) {
  std::vector<std::string> list{"LANGUAGE " + quote_identifier(routine.language)};
  bool function = routine.kind == RoutineKind::function;
  if (routine.window) list.push_back("WINDOW");
  if (function && routine.volatility == 'i') list.push_back("IMMUTABLE");
  if (function && routine.volatility == 's') list.push_back("STABLE");
  if (routine.leakproof) list.push_back("LEAKPROOF");
  if (function && routine.strict) list.push_back("STRICT");
  if (routine.security_definer) list.push_back("SECURITY DEFINER");
  if (function && routine.parallel == 's') list.push_back("PARALLEL SAFE");
  if (function && routine.parallel == 'r') list.push_back("PARALLEL RESTRICTED");
  if (routine.cost) list.push_back("COST " + number_text(*routine.cost));
  if (routine.rows) list.push_back("ROWS " + number_text(*routine.rows));
  if (!routine.support.empty()) list.push_back("SUPPORT " + routine.support);
  for (const auto& [name, value] : routine.settings) {
    if (name == "TRANSFORM") continue;
    list.push_back(setting_clause(name, value));
  }
  return list;
}

// BEGIN ATOMIC ... END or RETURN ..., written from the tree (its text is out of date once
// a rename it follows has rewritten the tree).
std::string sql_standard_body(const Routine& routine) {
  const ast::Node& body = *routine.sql_body;
  if (body.is("ReturnStmt")) return "RETURN " + sql_expression(body.get("returnval"));
  std::string text = "BEGIN ATOMIC\n";
  for (const ast::Node& block : body.elements()) {
    for (const ast::Node& statement : block.elements()) text += "  " + sql_statement(&statement) + ";\n";
  }
  return text + "END";
}

std::string body_clause(const Routine& routine) {
  if (routine.sql_body) return sql_standard_body(routine);
  if (!routine.link_symbol.empty()) return fmt::format("AS {}, {}", quote_literal(routine.body), quote_literal(routine.link_symbol));
  if (routine.language == "c" || routine.language == "internal") return "AS " + quote_literal(routine.body);
  return "AS " + dollar_quoted(routine.body);
}

// A SQL-standard body (BEGIN ATOMIC / RETURN) as its CREATE statement was written.
std::string statement_as_written(const Routine& routine, bool or_replace) {
  std::string text(routine.sql_body_statement);
  while (!text.empty() && (text.back() == ';' || text.back() == '\n' || text.back() == ' ')) text.pop_back();
  if (or_replace && text.starts_with("CREATE ") && !text.starts_with("CREATE OR REPLACE ")) text.insert(7, "OR REPLACE ");
  return text;
}

}  // namespace

std::string routine_keyword(const Routine& routine) {
  switch (routine.kind) {
    case RoutineKind::procedure: return "PROCEDURE";
    case RoutineKind::aggregate: return "AGGREGATE";
    default: return "FUNCTION";
  }
}

std::string routine_signature(const Routine& routine) { return routine_id(routine); }

std::string alter_routine_setting_sql(const Routine& routine, const std::string& name) {
  auto setting = routine.settings.find(name);
  if (setting == routine.settings.end()) {
    return fmt::format("ALTER {} {} RESET {}", routine_keyword(routine), routine_signature(routine), name);
  }
  return fmt::format("ALTER {} {} {}", routine_keyword(routine), routine_signature(routine), setting_clause(name, setting->second));
}

std::string create_routine_sql(const Routine& routine, bool or_replace) {
  if (routine.kind == RoutineKind::aggregate) return sql_statement(routine.aggregate_definition);
  if (routine.sql_body && !routine.sql_body_statement.empty()) return statement_as_written(routine, or_replace);
  std::vector<std::string> arguments;
  for (const RoutineArgument& argument : routine.arguments) {
    if (argument.mode != 't') arguments.push_back(argument_sql(argument));
  }
  std::string text = fmt::format("CREATE {}{} {}({})", or_replace ? "OR REPLACE " : "", routine_keyword(routine),
                                 sql_name(routine.name), fmt::join(arguments, ", "));
  if (routine.kind == RoutineKind::function) text += "\n    " + returns_clause(routine);
  text += fmt::format("\n    {}\n    {}", fmt::join(attributes(routine), " "), body_clause(routine));
  return text;
}

}  // namespace pgdrift
