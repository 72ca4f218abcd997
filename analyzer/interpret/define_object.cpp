#include <fmt/format.h>

#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

void define_aggregate(Context& context, const ast::Node& statement) {
  Routine aggregate;
  aggregate.kind = RoutineKind::aggregate;
  aggregate.name = context.qualified_from_list(statement.list("defnames"), true);
  aggregate.aggregate_definition = context.keep(&statement);
  aggregate.meta = context.new_object_meta("functions", aggregate.name.schema);
  auto args = statement.list("args");
  if (!args.empty()) {
    auto parameters = args[0].is("List") ? args[0].list("items") : std::span<const ast::Node>{};
    aggregate.aggregate_star = parameters.empty();
    for (const ast::Node& parameter : parameters) {
      RoutineArgument argument;
      argument.name = std::string(parameter.str("name"));
      if (const ast::Node* type = parameter.get("argType")) argument.type = context.type_without_modifiers(*type);
      aggregate.arguments.push_back(std::move(argument));
    }
    aggregate.ordered_set = args.size() > 1 && args[1].integer_or("ival", 0) > 0;
  } else {
    // Old-style CREATE AGGREGATE name (BASETYPE = t, ...).
    for (const ast::Node& option : statement.list("definition")) {
      if (option.str("defname") != "basetype" || !option.get("arg")) continue;
      RoutineArgument argument;
      argument.type = context.type_without_modifiers(*option.get("arg"));
      if (argument.type == "\"any\"") aggregate.aggregate_star = true;
      else aggregate.arguments.push_back(std::move(argument));
    }
  }
  std::string id = routine_id(aggregate);
  if (context.catalog.routines.contains(id) && !statement.flag("replace")) {
    context.error(fmt::format(error_form::aggregate_exists, id),
                  {"duplicate_function", {aggregate.name.name}});
    return;
  }
  context.catalog.routines[id] = std::move(aggregate);
}

void define_base_type(Context& context, const ast::Node& statement) {
  UserType type;
  type.name = context.qualified_from_list(statement.list("defnames"), true);
  type.kind = statement.list("definition").empty() ? UserTypeKind::shell : UserTypeKind::base;
  // Only a shell type (CREATE TYPE t;) is there to be completed by the base type's CREATE.
  auto existing = context.catalog.types.find(type.name);
  if (existing != context.catalog.types.end() && (existing->second.kind != UserTypeKind::shell || type.kind == UserTypeKind::shell)) {
    context.error(fmt::format(error_form::type_exists, object_id(type.name)),
                  {"duplicate_object", {type.name.name}});
    return;
  }
  type.definition = context.keep(&statement);
  type.meta.defined_at = context.here();
  QualifiedName name = type.name;
  context.catalog.types[name] = std::move(type);
}

std::string other_kind_name(std::string_view kind) {
  std::string name(kind.starts_with("OBJECT_") ? kind.substr(7) : kind);
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

// An operator is one of several of its name: the types of its arguments tell which (NONE:
// a prefix operator has no left argument).
std::string operator_argument(Context& context, const ast::Node& statement, std::string_view which) {
  for (const ast::Node& option : statement.list("definition")) {
    if (option.str("defname") == which && option.get("arg")) return context.type_without_modifiers(*option.get("arg"));
  }
  return "NONE";
}

}  // namespace

void define_object(Context& context, const ast::Node& statement) {
  std::string_view kind = statement.str("kind");
  if (kind == "OBJECT_AGGREGATE") return define_aggregate(context, statement);
  if (kind == "OBJECT_TYPE") return define_base_type(context, statement);
  OtherObject other;
  other.kind = other_kind_name(kind);
  QualifiedName name = context.qualified_from_list(statement.list("defnames"), true);
  other.id = kind == "OBJECT_OPERATOR" ? operator_id(name, operator_argument(context, statement, "leftarg"),
                                                     operator_argument(context, statement, "rightarg"))
                                       : object_id(name);
  other.definition = keep_qualified(context, statement, "defnames", name);
  other.meta.defined_at = context.here();
  install_other_object(context, std::move(other), statement, name.name);
}

}  // namespace pgdrift
