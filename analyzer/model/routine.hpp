#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/model/expression.hpp"
#include "analyzer/model/object_meta.hpp"
#include "analyzer/model/qualified_name.hpp"

namespace pgdrift {

enum class RoutineKind { function, procedure, aggregate };

// "function", "procedure" or "aggregate": the object kind a routine is listed under.
std::string routine_kind_name(RoutineKind kind);

struct RoutineArgument {
  char mode = 'i';  // i IN, o OUT, b INOUT, v VARIADIC, t TABLE
  std::string name;
  std::string type;  // canonical
  Expr default_value = nullptr;

  bool is_input() const { return mode == 'i' || mode == 'b' || mode == 'v'; }
  // "OUT ", "INOUT ", "VARIADIC ", "TABLE " or "" (IN), as written before the argument.
  std::string mode_keyword() const;
};

// A function, procedure or aggregate, identified by name and input argument types.
struct Routine {
  QualifiedName name;
  RoutineKind kind = RoutineKind::function;
  std::vector<RoutineArgument> arguments;
  std::string return_type;  // canonical; "SETOF x" for sets; empty for procedures
  std::string language;
  std::string body;         // AS '...' text
  Expr sql_body = nullptr;  // BEGIN ATOMIC ... END / RETURN expr
  // The CREATE statement as written, kept for SQL-standard bodies: libpg_query cannot
  // deparse BEGIN ATOMIC, so a plan re-emits the original text.
  std::string_view sql_body_statement;
  std::string link_symbol;  // C functions: AS 'file', 'symbol'
  char volatility = 'v';    // i immutable, s stable, v volatile
  bool strict = false;
  bool security_definer = false;
  bool leakproof = false;
  bool window = false;
  char parallel = 'u';      // s safe, r restricted, u unsafe
  std::optional<double> cost;
  std::optional<double> rows;
  std::string support;
  // SET name TO value, ...: the values as strings, '' included (SET search_path TO '' is a
  // setting, not its absence); FROM CURRENT is the one value "FROM CURRENT".
  std::map<std::string, std::vector<std::string>> settings;
  Expr aggregate_definition = nullptr;           // CREATE AGGREGATE's (SFUNC = ..., ...)
  bool aggregate_star = false;                   // agg(*)
  bool ordered_set = false;
  ObjectMeta meta;

  std::vector<std::string> input_types() const;
};

}  // namespace pgdrift
