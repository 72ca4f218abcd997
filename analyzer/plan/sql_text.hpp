#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/model/expression.hpp"
#include "analyzer/model/qualified_name.hpp"

namespace pgdrift {

// SQL text the plan cannot write (an expression libpg_query cannot deparse): the step is
// left out and a warning says so.
struct UnwritableSql : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string sql_name(const QualifiedName& name);  // schema.name, quoted as needed
std::string sql_names(const std::vector<std::string>& names);  // "a, "B", c"
std::string sql_expression(Expr expression);  // throws UnwritableSql
std::string sql_statement(Expr statement);    // without the trailing semicolon; throws UnwritableSql
// Text between dollar quotes whose tag does not occur in it: $$...$$, $body$...$body$, ...
std::string dollar_quoted(std::string_view text);
// Options the model keeps as "name=value", written back as identifier and literal: separator
// " = " for WITH (...) of publications, " " for OPTIONS (...) of foreign objects.
std::string quoted_options(const std::vector<std::string>& options, std::string_view separator);
// The names of options set in `before` that `after` no longer sets (for RESET (...)).
std::vector<std::string> options_to_reset(const std::vector<std::string>& before, const std::vector<std::string>& after);

// A role as GRANT, OWNER TO and policies write it (PUBLIC and CURRENT_USER unquoted).
std::string sql_role(std::string_view role);

}  // namespace pgdrift
