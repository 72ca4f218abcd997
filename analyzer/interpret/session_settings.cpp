#include "analyzer/interpret/handlers.hpp"

namespace pgdrift {
namespace {

std::vector<std::string> split_search_path(std::string_view text) {
  std::vector<std::string> schemas;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string_view::npos) comma = text.size();
    std::string_view part = text.substr(start, comma - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (part.size() >= 2 && part.front() == '"' && part.back() == '"') part = part.substr(1, part.size() - 2);
    if (!part.empty() && part != "$user" && part != "pg_catalog") schemas.emplace_back(part);
    start = comma + 1;
  }
  return schemas;
}

}  // namespace

// SET search_path changes how later unqualified names resolve.
void set_variable(Context& context, const ast::Node& statement) {
  if (statement.str("name") != "search_path") return;
  std::string_view kind = statement.str("kind");
  if (kind == "VAR_SET_DEFAULT" || kind == "VAR_RESET") {
    context.search_path = {"public"};
    return;
  }
  std::vector<std::string> schemas;
  for (const ast::Node& argument : statement.list("args")) {
    const ast::Node* text = argument.get("sval");
    if (!text) continue;
    for (std::string& schema : split_search_path(text->str("sval"))) schemas.push_back(std::move(schema));
  }
  context.search_path = schemas;
}

// pg_dump writes SELECT pg_catalog.set_config('search_path', '', false); other queries change nothing.
void select_statement(Context& context, const ast::Node& statement) {
  for (const ast::Node& target : statement.list("targetList")) {
    const ast::Node* call = target.get("val");
    if (!call || !call->is("FuncCall")) continue;
    auto name = call->list("funcname");
    if (name.empty() || name.back().string_value() != "set_config") continue;
    auto args = call->list("args");
    if (args.size() < 2) continue;
    const ast::Node* setting = args[0].get("sval");
    const ast::Node* value = args[1].get("sval");
    if (!setting || setting->str("sval") != "search_path") continue;
    context.search_path = split_search_path(value ? value->str("sval") : "");
  }
}

}  // namespace pgdrift
