#include <fmt/format.h>

#include "analyzer/interpret/def_elem.hpp"
#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/object_lookup.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

char parameter_mode(std::string_view mode) {
  if (mode == "FUNC_PARAM_OUT") return 'o';
  if (mode == "FUNC_PARAM_INOUT") return 'b';
  if (mode == "FUNC_PARAM_VARIADIC") return 'v';
  if (mode == "FUNC_PARAM_TABLE") return 't';
  return 'i';
}

std::vector<std::string> setting_value(const ast::Node& set) {
  if (set.str("kind") == "VAR_SET_CURRENT") return {"FROM CURRENT"};
  std::vector<std::string> values;
  for (const ast::Node& argument : set.list("args")) {
    if (const ast::Node* text = argument.get("sval")) values.emplace_back(text->str("sval"));
    else if (const ast::Node* integer = argument.get("ival")) values.push_back(std::to_string(integer->integer_or("ival", 0)));
    else if (const ast::Node* number = argument.get("fval")) values.emplace_back(number->str("fval"));
    else if (const ast::Node* boolean = argument.get("boolval")) values.push_back(boolean->flag("boolval") ? "true" : "false");
  }
  return values;
}

std::optional<double> number(const ast::Node* argument) {
  std::string text = def_elem_value(argument);
  try {
    return std::stod(text);
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

void apply_option(Context& context, Routine& routine, const ast::Node& option) {
  std::string_view name = option.str("defname");
  const ast::Node* argument = option.get("arg");
  if (name == "as" && argument) {
    auto parts = argument->is("List") ? argument->list("items") : std::span<const ast::Node>{};
    if (!parts.empty()) routine.body = std::string(parts[0].string_value());
    if (parts.size() > 1) routine.link_symbol = std::string(parts[1].string_value());
  } else if (name == "language") {
    routine.language = def_elem_value(argument);
  } else if (name == "volatility") {
    routine.volatility = def_elem_value(argument)[0];
  } else if (name == "strict") {
    routine.strict = def_elem_value(argument) == "true";
  } else if (name == "security") {
    routine.security_definer = def_elem_value(argument) == "true";
  } else if (name == "leakproof") {
    routine.leakproof = def_elem_value(argument) == "true";
  } else if (name == "window") {
    routine.window = def_elem_value(argument) == "true";
  } else if (name == "parallel") {
    routine.parallel = def_elem_value(argument)[0];
  } else if (name == "cost") {
    routine.cost = number(argument);
  } else if (name == "rows") {
    routine.rows = number(argument);
  } else if (name == "support") {
    routine.support = def_elem_value(argument);
  } else if (name == "transform") {
    routine.settings["TRANSFORM"] = {def_elem_value(argument)};
  } else if (name == "set" && argument) {
    if (argument->str("kind") == "VAR_RESET" || argument->str("kind") == "VAR_RESET_ALL") return;
    routine.settings[std::string(argument->str("name"))] = setting_value(*argument);
  } else {
    context.warn(fmt::format("function option {} is not modeled yet", name));
  }
}

// Without RETURNS, a function returns its one OUT argument's type, a record for several.
std::string implied_return_type(const Routine& routine) {
  std::vector<const RoutineArgument*> outputs;
  for (const RoutineArgument& argument : routine.arguments) {
    if (argument.mode == 'o' || argument.mode == 'b') outputs.push_back(&argument);
  }
  if (outputs.empty()) return "void";
  return outputs.size() == 1 ? outputs[0]->type : "record";
}

}  // namespace

void create_function(Context& context, const ast::Node& statement) {
  Routine routine;
  routine.kind = statement.flag("is_procedure") ? RoutineKind::procedure : RoutineKind::function;
  routine.name = context.qualified_from_list(statement.list("funcname"), true);
  if (statement.list("funcname").size() == 1) routine.name.schema = context.creation_schema();
  routine.meta = context.new_object_meta("functions", routine.name.schema);
  for (const ast::Node& parameter : statement.list("parameters")) {
    RoutineArgument argument;
    argument.mode = parameter_mode(parameter.str("mode"));
    argument.name = std::string(parameter.str("name"));
    if (const ast::Node* type = parameter.get("argType")) {
      argument.type = argument.is_input() ? context.type_without_modifiers(*type) : context.type(*type);
    }
    argument.default_value = context.keep(parameter.get("defexpr"));
    routine.arguments.push_back(std::move(argument));
  }
  if (const ast::Node* returns = statement.get("returnType")) routine.return_type = context.type(*returns);
  if (routine.return_type.empty() && routine.kind == RoutineKind::function) routine.return_type = implied_return_type(routine);
  for (const ast::Node& option : statement.list("options")) apply_option(context, routine, option);
  routine.sql_body = context.keep(statement.get("sql_body"));
  if (routine.sql_body && context.statement && context.statement->source) {
    routine.sql_body_statement = context.statement->source->text;
  }
  if (routine.language.empty()) routine.language = "sql";

  std::string id = routine_id(routine);
  auto existing = context.catalog.routines.find(id);
  if (existing != context.catalog.routines.end()) {
    if (!statement.flag("replace")) {
      context.error(fmt::format(error_form::function_exists, id),
                    {"duplicate_function", {routine.name.name}});
      return;
    }
    routine.meta.owner = existing->second.meta.owner;  // CREATE OR REPLACE keeps owner, grants and comment
    routine.meta.acl = existing->second.meta.acl;
    routine.meta.comment = existing->second.meta.comment;
  }
  context.catalog.routines[id] = std::move(routine);
}

// ALTER FUNCTION f(...) SET search_path = ..., STABLE, SECURITY DEFINER, ...
void alter_function(Context& context, const ast::Node& statement) {
  const ast::Node* function = statement.get("func");
  if (!function) return;
  auto found = context.catalog.routines.find(routine_id_from(context, *function, false));
  if (found == context.catalog.routines.end()) {
    QualifiedName name = context.resolve_function_name(function->list("objname"));
    context.error(
        fmt::format(error_form::function_missing, routine_id_from(context, *function, false)),
        {"undefined_function", {name.name}});
    return;
  }
  for (const ast::Node& action : statement.list("actions")) {
    const ast::Node* argument = action.get("arg");
    if (action.str("defname") == "set" && argument && (argument->str("kind") == "VAR_RESET" || argument->str("kind") == "VAR_RESET_ALL")) {
      if (argument->str("kind") == "VAR_RESET_ALL") found->second.settings.clear();
      else found->second.settings.erase(std::string(argument->str("name")));
      continue;
    }
    apply_option(context, found->second, action);
  }
}

}  // namespace pgdrift
