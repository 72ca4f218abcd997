#include <fmt/format.h>

#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/table_elements.hpp"
#include "analyzer/interpret/table_inheritance.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {

void create_trigger(Context& context, const ast::Node& statement) {
  const ast::Node* relation = statement.get("relation");
  if (!relation) return;
  Trigger trigger;
  trigger.name = std::string(statement.str("trigname"));
  trigger.table = context.resolve_relation(*relation);
  trigger.definition = context.keep(&statement);
  trigger.function = context.resolve_function_name(statement.list("funcname"));
  trigger.meta.defined_at = context.here();
  TableMemberKey key{trigger.table, trigger.name};
  if (context.catalog.triggers.contains(key) && !statement.flag("replace")) {
    context.error(fmt::format("trigger \"{}\" for relation {} already exists", trigger.name, object_id(trigger.table)),
                  {"duplicate_object", {trigger.table.name, trigger.name}});
    return;
  }
  if (!context.catalog.tables.contains(trigger.table) && !context.catalog.views.contains(trigger.table)) {
    context.error(fmt::format("relation {} does not exist", object_id(trigger.table)), {"undefined_table", {trigger.table.name}});
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
    context.error(fmt::format("event trigger \"{}\" already exists", trigger.name), {"duplicate_object", {trigger.name}});
    return;
  }
  std::string name = trigger.name;
  context.catalog.event_triggers[name] = std::move(trigger);
}

// ALTER EVENT TRIGGER name ENABLE [REPLICA | ALWAYS] | DISABLE
void alter_event_trigger(Context& context, const ast::Node& statement) {
  auto found = context.catalog.event_triggers.find(std::string(statement.str("trigname")));
  if (found == context.catalog.event_triggers.end()) {
    context.error(fmt::format("event trigger \"{}\" does not exist", statement.str("trigname")),
                  {"undefined_object", {std::string(statement.str("trigname"))}});
    return;
  }
  std::string_view state = statement.str("tgenabled");
  found->second.enabled = state.empty() ? 'O' : state[0];
}

}  // namespace pgdrift
