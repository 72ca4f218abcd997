// Schemas, extensions, publications, event triggers, default privileges and the objects
// the model keeps whole.
#include <fmt/format.h>

#include <algorithm>

#include "analyzer/plan/ddl.hpp"
#include "analyzer/plan/plan_meta.hpp"
#include "analyzer/plan/plan_nodes.hpp"
#include "analyzer/plan/planners.hpp"
#include "analyzer/plan/sql_text.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

// Walks a map keyed by name whose objects the diff reports under `kind` with quoted ids.
template <typename Map, typename Drop, typename Create, typename Alter>
void plan_named(PlanContext& context, std::string_view kind, const Map& old_map, const Map& new_map, Drop drop, Create create,
                Alter alter) {
  for (const auto& [name, object] : old_map) {
    const Change* change = context.change(kind, quote_identifier(name));
    if (!change || change->type != ChangeType::removed) continue;
    context.implementing(fmt::format("{} {} removed", kind, quote_identifier(name)));
    drop(object);
  }
  for (const auto& [name, object] : new_map) {
    const Change* change = context.change(kind, quote_identifier(name));
    if (!change || change->type == ChangeType::removed) continue;
    context.implementing(fmt::format("{} {} {}", kind, quote_identifier(name), change_type_name(change->type)));
    if (change->type == ChangeType::added) create(object);
    else alter(old_map.at(name), object, *change);
  }
}

ObjectRef schema_ref(const Schema& schema) {
  std::string name = quote_identifier(schema.name);
  return {"SCHEMA", name, "SCHEMA", "SCHEMA", name, "", "OBJECT_SCHEMA", schema.name};
}

ObjectRef publication_ref(const Publication& publication) {
  return {"PUBLICATION", quote_identifier(publication.name), "PUBLICATION", "", "", "", "", ""};
}

ObjectRef event_trigger_ref(const EventTrigger& trigger) {
  return {"EVENT TRIGGER", quote_identifier(trigger.name), "EVENT TRIGGER", "", "", "", "", ""};
}

std::string event_trigger_state(char state) {
  switch (state) {
    case 'D': return "DISABLE";
    case 'R': return "ENABLE REPLICA";
    case 'A': return "ENABLE ALWAYS";
    default: return "ENABLE";
  }
}

void create_publication(PlanContext& context, const Publication& publication) {
  std::string node = graph_node("publication", quote_identifier(publication.name));
  context.add(StepPhase::create, node, create_publication_sql(publication) + ";");
  plan_meta(context, node, publication_ref(publication), nullptr, publication.meta);
}

void create_event_trigger(PlanContext& context, const EventTrigger& trigger) {
  std::string node = graph_node("event_trigger", quote_identifier(trigger.name));
  context.add(StepPhase::create, node, create_event_trigger_sql(trigger) + ";");
  if (trigger.enabled != 'O') {
    context.add(StepPhase::create, node,
                fmt::format("ALTER EVENT TRIGGER {} {};", quote_identifier(trigger.name), event_trigger_state(trigger.enabled)));
  }
  plan_meta(context, node, event_trigger_ref(trigger), nullptr, trigger.meta);
}

std::string default_privilege_sql(const DefaultPrivilege& privilege, bool grant) {
  std::string text = "ALTER DEFAULT PRIVILEGES";
  if (!privilege.role.empty()) text += " FOR ROLE " + sql_role(privilege.role);
  if (!privilege.schema.empty()) text += " IN SCHEMA " + quote_identifier(privilege.schema);
  std::string object_type = privilege.object_type;
  for (char& c : object_type) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  std::string grantee = privilege.entry.grantee == Acl::kOwner ? (privilege.role.empty() ? "CURRENT_USER" : sql_role(privilege.role))
                                                               : sql_role(privilege.entry.grantee);
  if (grant) {
    return fmt::format("{} GRANT {} ON {} TO {}{};", text, privilege.entry.privilege, object_type, grantee,
                       privilege.entry.grantable ? " WITH GRANT OPTION" : "");
  }
  return fmt::format("{} REVOKE {} ON {} FROM {};", text, privilege.entry.privilege, object_type, grantee);
}

bool contains(const std::vector<DefaultPrivilege>& list, const DefaultPrivilege& privilege) {
  return std::find(list.begin(), list.end(), privilege) != list.end();
}

}  // namespace

void plan_schemas_and_extensions(PlanContext& context) {
  plan_named(
      context, "schema", context.old_catalog.schemas, context.new_catalog.schemas,
      [&](const Schema& schema) {
        context.add(StepPhase::drop, schema_node(schema.name), fmt::format("DROP SCHEMA {};", quote_identifier(schema.name)));
      },
      [&](const Schema& schema) {
        context.add(StepPhase::create, schema_node(schema.name), create_schema_sql(schema) + ";");
        plan_meta(context, schema_node(schema.name), schema_ref(schema), nullptr, schema.meta);
      },
      [&](const Schema& old_schema, const Schema& schema, const Change&) {
        plan_meta(context, schema_node(schema.name), schema_ref(schema), &old_schema.meta, schema.meta);
      });
  plan_named(
      context, "extension", context.old_catalog.extensions, context.new_catalog.extensions,
      [&](const Extension& extension) {
        context.add(StepPhase::drop, graph_node("extension", quote_identifier(extension.name)),
                    fmt::format("DROP EXTENSION {};", quote_identifier(extension.name)));
      },
      [&](const Extension& extension) {
        std::string node = graph_node("extension", quote_identifier(extension.name));
        context.add(StepPhase::create, node, create_extension_sql(extension) + ";");
        if (extension.meta.comment) {
          ObjectRef ref{"EXTENSION", quote_identifier(extension.name), "", "", "", "", "", ""};
          plan_meta(context, node, ref, nullptr, extension.meta);
        }
      },
      [&](const Extension& old_extension, const Extension& extension, const Change& change) {
        std::string node = graph_node("extension", quote_identifier(extension.name));
        if (PlanContext::has_aspect(change, "schema")) {
          context.add(StepPhase::create, node,
                      fmt::format("ALTER EXTENSION {} SET SCHEMA {};", quote_identifier(extension.name), quote_identifier(extension.schema)));
        }
        if (PlanContext::has_aspect(change, "version")) {
          context.add(StepPhase::create, node,
                      fmt::format("ALTER EXTENSION {} UPDATE TO {};", quote_identifier(extension.name), quote_literal(extension.version)));
        }
        ObjectRef ref{"EXTENSION", quote_identifier(extension.name), "", "", "", "", "", ""};
        plan_meta(context, node, ref, &old_extension.meta, extension.meta);
      });
}

// Tables and schemas that join or leave a publication, one ALTER each: a publication the
// platform made (Supabase's supabase_realtime) is never dropped for a member.
void alter_publication_members(PlanContext& context, const Publication& old_publication, const Publication& publication) {
  std::string node = graph_node("publication", quote_identifier(publication.name));
  std::string name = quote_identifier(publication.name);
  std::vector<std::string> old_tables, new_tables;
  for (const PublishedTable& table : old_publication.tables) old_tables.push_back(published_table(table));
  for (const PublishedTable& table : publication.tables) new_tables.push_back(published_table(table));
  for (std::size_t i = 0; i < old_tables.size(); ++i) {
    if (std::find(new_tables.begin(), new_tables.end(), old_tables[i]) != new_tables.end()) continue;
    context.add(StepPhase::drop, node,
                fmt::format("ALTER PUBLICATION {} DROP TABLE ONLY {};", name, sql_name(old_publication.tables[i].table)));
  }
  for (const std::string& table : new_tables) {
    if (std::find(old_tables.begin(), old_tables.end(), table) != old_tables.end()) continue;
    context.add(StepPhase::create, node, fmt::format("ALTER PUBLICATION {} ADD {};", name, table));
  }
  for (const std::string& schema : old_publication.schemas) {
    if (std::find(publication.schemas.begin(), publication.schemas.end(), schema) != publication.schemas.end()) continue;
    context.add(StepPhase::drop, node, fmt::format("ALTER PUBLICATION {} DROP TABLES IN SCHEMA {};", name, quote_identifier(schema)));
  }
  for (const std::string& schema : publication.schemas) {
    if (std::find(old_publication.schemas.begin(), old_publication.schemas.end(), schema) != old_publication.schemas.end()) continue;
    context.add(StepPhase::create, node, fmt::format("ALTER PUBLICATION {} ADD TABLES IN SCHEMA {};", name, quote_identifier(schema)));
  }
  plan_meta(context, node, publication_ref(publication), &old_publication.meta, publication.meta);
}

void plan_publications(PlanContext& context) {
  plan_named(
      context, "publication", context.old_catalog.publications, context.new_catalog.publications,
      [&](const Publication& publication) {
        context.add(StepPhase::drop, graph_node("publication", quote_identifier(publication.name)),
                    fmt::format("DROP PUBLICATION {};", quote_identifier(publication.name)));
      },
      [&](const Publication& publication) { create_publication(context, publication); },
      [&](const Publication& old_publication, const Publication& publication, const Change& change) {
        if (only_meta_changed(change)) {
          plan_meta(context, graph_node("publication", quote_identifier(publication.name)), publication_ref(publication),
                    &old_publication.meta, publication.meta);
          return;
        }
        if (old_publication.all_tables == publication.all_tables && old_publication.options == publication.options) {
          alter_publication_members(context, old_publication, publication);
          return;
        }
        context.add(StepPhase::drop, graph_node("publication", quote_identifier(publication.name)),
                    fmt::format("DROP PUBLICATION {};", quote_identifier(publication.name)));
        create_publication(context, publication);
      });
}

void plan_event_triggers(PlanContext& context) {
  plan_named(
      context, "event_trigger", context.old_catalog.event_triggers, context.new_catalog.event_triggers,
      [&](const EventTrigger& trigger) {
        context.add(StepPhase::drop, graph_node("event_trigger", quote_identifier(trigger.name)),
                    fmt::format("DROP EVENT TRIGGER {};", quote_identifier(trigger.name)));
      },
      [&](const EventTrigger& trigger) { create_event_trigger(context, trigger); },
      [&](const EventTrigger& old_trigger, const EventTrigger& trigger, const Change& change) {
        std::string node = graph_node("event_trigger", quote_identifier(trigger.name));
        bool definition_changed = false;
        for (const ChangeDetail& detail : change.details) {
          definition_changed |= detail.aspect == "event" || detail.aspect == "tags" || detail.aspect == "function";
        }
        if (definition_changed) {
          context.add(StepPhase::drop, node, fmt::format("DROP EVENT TRIGGER {};", quote_identifier(trigger.name)));
          create_event_trigger(context, trigger);
          return;
        }
        if (old_trigger.enabled != trigger.enabled) {
          context.add(StepPhase::create, node,
                      fmt::format("ALTER EVENT TRIGGER {} {};", quote_identifier(trigger.name), event_trigger_state(trigger.enabled)));
        }
        plan_meta(context, node, event_trigger_ref(trigger), &old_trigger.meta, trigger.meta);
      });
}

void plan_default_privileges(PlanContext& context) {
  const auto& before = context.old_catalog.default_privileges;
  const auto& after = context.new_catalog.default_privileges;
  if (before == after) return;
  context.implementing("default privileges changed");
  // Undone before the schemas they name may be dropped; set once those schemas exist.
  for (const DefaultPrivilege& privilege : before) {
    if (!contains(after, privilege)) context.add(StepPhase::drop, "default_privileges", default_privilege_sql(privilege, privilege.revoked));
  }
  for (const DefaultPrivilege& privilege : after) {
    if (!contains(before, privilege)) context.add(StepPhase::create, "default_privileges", default_privilege_sql(privilege, !privilege.revoked));
  }
}

void plan_other_objects(PlanContext& context) {
  for (const auto& [key, other] : context.old_catalog.others) {
    const Change* change = context.change(other.kind, other.id);
    if (!change || change->type == ChangeType::added || (change->type == ChangeType::changed && only_meta_changed(*change))) continue;
    context.implementing(fmt::format("{} {} {}", other.kind, other.id, change_type_name(change->type)));
    std::optional<std::string> drop = drop_other_object_sql(other);
    std::string node = graph_node(other.kind, other.id);
    if (drop) context.add(context.drop_phase_of(node), node, *drop + ";");
    else context.warn(fmt::format("{} {} {}: dropping this kind of object is not planned", other.kind, other.id, change_type_name(change->type)));
  }
  for (const auto& [key, other] : context.new_catalog.others) {
    const Change* change = context.change(other.kind, other.id);
    if (!change || change->type == ChangeType::removed || !other.definition) continue;
    context.implementing(fmt::format("{} {} {}", other.kind, other.id, change_type_name(change->type)));
    const OtherObject* before = change->type == ChangeType::added ? nullptr : &context.old_catalog.others.at(key);
    bool only_meta = before && only_meta_changed(*change);
    bool dropped = !before || (!only_meta && drop_other_object_sql(*before).has_value());
    std::string node = graph_node(other.kind, other.id);
    if (dropped) context.add(StepPhase::create, node, sql_statement(other.definition) + ";");
    if (auto ref = other_object_ref(other); ref && (dropped || only_meta)) {
      plan_meta(context, node, *ref, dropped ? nullptr : &before->meta, other.meta);
    }
  }
}

}  // namespace pgdrift
