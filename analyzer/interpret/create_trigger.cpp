#include <fmt/format.h>

#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/table_elements.hpp"
#include "analyzer/interpret/table_inheritance.hpp"
#include "analyzer/interpret/tree_rewrite.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

// The server binds a trigger to its function by OID, and pg_dump writes the function's name
// qualified unless it lives in pg_catalog: an unqualified name that the search_path found in
// a schema (a dump written with one, as pg_dump 9.x wrote them) is kept qualified, so that
// both spellings compare equal.
Expr with_qualified_function(Context& context, Expr definition, const QualifiedName& function) {
  if (!definition || definition->list("funcname").size() != 1 || function.schema == "pg_catalog") return definition;
  ast::Arena& arena = context.catalog.tree_arena();
  auto string_node = [&](const std::string& text) {
    return ast::make_object(arena, "String", {ast::Field("sval", ast::make_string(arena, text))});
  };
  ast::Node name = ast::make_list(arena, {string_node(function.schema), string_node(function.name)});
  return arena.make(with_field(arena, *definition, "funcname", name));
}

}  // namespace

void create_trigger(Context& context, const ast::Node& statement) {
  const ast::Node* relation = statement.get("relation");
  if (!relation) return;
  Trigger trigger;
  trigger.name = std::string(statement.str("trigname"));
  trigger.table = context.resolve_relation(*relation);
  trigger.function = context.resolve_function_name(statement.list("funcname"));
  trigger.definition = with_qualified_function(context, context.keep(&statement), trigger.function);
  trigger.meta.defined_at = context.here();
  TableMemberKey key{trigger.table, trigger.name};
  if (context.catalog.triggers.contains(key) && !statement.flag("replace")) {
    context.error(fmt::format(error_form::trigger_exists, trigger.name, object_id(trigger.table)),
                  {"duplicate_object", {trigger.table.name, trigger.name}});
    return;
  }
  if (!context.catalog.tables.contains(trigger.table) && !context.catalog.views.contains(trigger.table)) {
    context.error(fmt::format(error_form::relation_missing, object_id(trigger.table)),
                  {"undefined_table", {trigger.table.name}});
    return;
  }
  const Trigger& stored = context.catalog.triggers[key] = std::move(trigger);
  auto table = context.catalog.tables.find(key.table);
  if (table != context.catalog.tables.end()) clone_trigger_to_partitions(context, table->second, stored);
}

void create_event_trigger(Context& context, const ast::Node& statement) {
  EventTrigger trigger;
  trigger.name = std::string(statement.str("trigname"));
  trigger.event = std::string(statement.str("eventname"));
  trigger.function = context.resolve_function_name(statement.list("funcname"));
  trigger.meta.defined_at = context.here();
  for (const ast::Node& filter : statement.list("whenclause")) {
    if (const ast::Node* values = filter.get("arg")) {
      for (std::string& tag : string_list(values->is("List") ? values->list("items") : values->items())) {
        trigger.tags.push_back(std::move(tag));
      }
    }
  }
  std::sort(trigger.tags.begin(), trigger.tags.end());
  if (context.catalog.event_triggers.contains(trigger.name)) {
    context.error(fmt::format(error_form::event_trigger_exists, trigger.name),
                  {"duplicate_object", {trigger.name}});
    return;
  }
  std::string name = trigger.name;
  context.catalog.event_triggers[name] = std::move(trigger);
}

// ALTER EVENT TRIGGER name ENABLE [REPLICA | ALWAYS] | DISABLE
void alter_event_trigger(Context& context, const ast::Node& statement) {
  auto found = context.catalog.event_triggers.find(std::string(statement.str("trigname")));
  if (found == context.catalog.event_triggers.end()) {
    context.error(fmt::format(error_form::event_trigger_missing, statement.str("trigname")),
                  {"undefined_object", {std::string(statement.str("trigname"))}});
    return;
  }
  std::string_view state = statement.str("tgenabled");
  found->second.enabled = state.empty() ? 'O' : state[0];
}

}  // namespace pgdrift
