#include <fmt/format.h>

#include "analyzer/diff/compare.hpp"
#include "analyzer/model/object_id.hpp"
#include "parser/deparser.hpp"

namespace pgdrift {
namespace {

// What a trigger does, without its name and table (which identify it).
Expr behaviour(const Trigger& trigger, ast::Arena& arena) {
  if (!trigger.definition) return nullptr;
  std::vector<ast::Field> fields;
  for (const ast::Field& field : trigger.definition->fields()) {
    if (field.name() == "trigname" || field.name() == "relation" || field.name() == "replace") continue;
    fields.push_back(field);
  }
  return arena.make(ast::make_object(arena, "CreateTrigStmt", fields));
}

std::string enabled_name(char state) {
  switch (state) {
    case 'D': return "disabled";
    case 'R': return "replica";
    case 'A': return "always";
    default: return "enabled";
  }
}

}  // namespace

void compare_triggers(Comparison& comparison) {
  ast::Arena arena;
  compare_maps(
      comparison.old_catalog.triggers, comparison.new_catalog.triggers,
      [&](const TableMemberKey& key, const Trigger&) { comparison.removed("trigger", member_id(key.table, key.name)); },
      [&](const TableMemberKey& key, const Trigger&) { comparison.added("trigger", member_id(key.table, key.name)); },
      [&](const TableMemberKey& key, const Trigger& a, const Trigger& b) {
        std::vector<ChangeDetail> details;
        if (!comparison.same_expression(behaviour(a, arena), behaviour(b, arena)) && !comparison.ignored("definition")) {
          details.push_back({"definition", a.definition ? deparse_statement(*a.definition).value_or("") : "",
                             b.definition ? deparse_statement(*b.definition).value_or("") : "", {}, {}, {}, {}, {}, ""});
        }
        comparison.compare_value(details, "enabled", enabled_name(a.enabled), enabled_name(b.enabled));
        comparison.compare_meta(details, a.meta, b.meta, "OBJECT_TRIGGER");
        comparison.changed("trigger", member_id(key.table, key.name), std::move(details));
      });
}

void compare_event_triggers(Comparison& comparison) {
  compare_maps(
      comparison.old_catalog.event_triggers, comparison.new_catalog.event_triggers,
      [&](const std::string& name, const EventTrigger&) { comparison.removed("event_trigger", name); },
      [&](const std::string& name, const EventTrigger&) { comparison.added("event_trigger", name); },
      [&](const std::string& name, const EventTrigger& a, const EventTrigger& b) {
        std::vector<ChangeDetail> details;
        comparison.compare_value(details, "event", a.event, b.event);
        comparison.compare_value(details, "tags", fmt::format("{}", fmt::join(a.tags, ", ")), fmt::format("{}", fmt::join(b.tags, ", ")));
        comparison.compare_value(details, "function", object_id(a.function), object_id(b.function));
        comparison.compare_value(details, "enabled", enabled_name(a.enabled), enabled_name(b.enabled));
        comparison.compare_meta(details, a.meta, b.meta, "OBJECT_EVENT_TRIGGER");
        comparison.changed("event_trigger", name, std::move(details));
      });
}

}  // namespace pgdrift
