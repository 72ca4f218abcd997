#include <fmt/format.h>

#include "analyzer/interpret/acl_changes.hpp"
#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/handlers.hpp"

namespace pgdrift {

void create_schema(Context& context, const ast::Node& statement) {
  std::string name(statement.str("schemaname"));
  if (name.empty()) name = role_name(statement.get("authrole"));
  auto existing = context.catalog.schemas.find(name);
  if (existing != context.catalog.schemas.end() && existing->second.builtin) return;  // "public"
  if (existing != context.catalog.schemas.end()) {
    if (!statement.flag("if_not_exists"))
      context.error(fmt::format(error_form::schema_exists, name), {"duplicate_schema", {name}});
    return;
  }
  Schema& schema = context.catalog.schemas[name];
  schema.name = name;
  schema.meta = context.new_object_meta("schemas", "");
  if (const ast::Node* owner = statement.get("authrole")) schema.meta.owner = role_name(owner);
  if (!statement.list("schemaElts").empty()) {
    std::vector<std::string> saved = context.search_path;
    context.search_path.insert(context.search_path.begin(), name);
    for (const ast::Node& element : statement.list("schemaElts")) {
      if (element.is("CreateStmt")) create_table(context, element);
      else if (element.is("ViewStmt")) create_view(context, element);
      else if (element.is("IndexStmt")) create_index(context, element);
      else if (element.is("CreateSeqStmt")) create_sequence(context, element);
      else if (element.is("CreateTrigStmt")) create_trigger(context, element);
      else if (element.is("GrantStmt")) grant(context, element);
    }
    context.search_path = saved;
  }
}

}  // namespace pgdrift
