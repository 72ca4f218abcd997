#include "analyzer/plan/sql_text.hpp"

#include <fmt/format.h>

#include "parser/deparser.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {

std::string sql_name(const QualifiedName& name) { return quote_qualified(name.schema, name.name); }

std::string sql_names(const std::vector<std::string>& names) {
  std::vector<std::string> quoted;
  for (const std::string& name : names) quoted.push_back(quote_identifier(name));
  return fmt::format("{}", fmt::join(quoted, ", "));
}

std::string sql_expression(Expr expression) {
  if (!expression) throw UnwritableSql("an empty expression");
  std::optional<std::string> text = deparse_expression(*expression);
  if (!text) throw UnwritableSql(fmt::format("libpg_query cannot write an expression of type {}", expression->text()));
  return *text;
}

std::string sql_statement(Expr statement) {
  if (!statement) throw UnwritableSql("an empty statement");
  std::optional<std::string> text = deparse_statement(*statement);
  if (!text) throw UnwritableSql(fmt::format("libpg_query cannot write a {} statement", statement->text()));
  return *text;
}

std::string dollar_quoted(std::string_view text) {
  std::string tag = "$$";
  for (int attempt = 0; text.find(tag) != std::string_view::npos; ++attempt) {
    tag = attempt == 0 ? "$body$" : fmt::format("$body{}$", attempt);
  }
  return fmt::format("{}{}{}", tag, text, tag);
}

std::string quoted_options(const std::vector<std::string>& options, std::string_view separator) {
  std::vector<std::string> written;
  for (const std::string& option : options) {
    std::size_t equals = option.find('=');
    if (equals == std::string::npos) written.push_back(option);
    else written.push_back(quote_identifier(option.substr(0, equals)) + std::string(separator) + quote_literal(option.substr(equals + 1)));
  }
  return fmt::format("{}", fmt::join(written, ", "));
}

std::vector<std::string> options_to_reset(const std::vector<std::string>& before, const std::vector<std::string>& after) {
  auto key = [](const std::string& option) { return option.substr(0, option.find('=')); };
  std::vector<std::string> reset;
  for (const std::string& option : before) {
    bool kept = false;
    for (const std::string& other : after) kept |= key(other) == key(option);
    if (!kept) reset.push_back(key(option));
  }
  return reset;
}

std::string sql_role(std::string_view role) {
  if (role == "PUBLIC" || role == "public") return "PUBLIC";
  if (role == "CURRENT_USER" || role == "SESSION_USER" || role == "CURRENT_ROLE") return std::string(role);
  return quote_identifier(role);
}

}  // namespace pgdrift
