#include <fmt/format.h>

#include "analyzer/interpret/catalog_edits.hpp"
#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/object_lookup.hpp"
#include "analyzer/model/object_id.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

bool drop_relation(Context& context, std::string_view type, const QualifiedName& name, bool cascade) {
  Catalog& catalog = context.catalog;
  if ((type == "OBJECT_TABLE" || type == "OBJECT_FOREIGN_TABLE") && catalog.tables.contains(name)) {
    remove_table(catalog, name, cascade);
    return true;
  }
  if ((type == "OBJECT_VIEW" || type == "OBJECT_MATVIEW") && catalog.views.contains(name)) {
    remove_view(catalog, name, cascade);
    return true;
  }
  if (type == "OBJECT_SEQUENCE") return catalog.sequences.erase(name) > 0;
  if (type == "OBJECT_INDEX") return catalog.indexes.erase(name) > 0;
  return false;
}

bool drop_member(Context& context, std::string_view type, std::span<const ast::Node> parts) {
  if (parts.size() < 2) return false;
  TableMemberKey key{context.qualified_from_list(parts.first(parts.size() - 1), false), std::string(parts.back().string_value())};
  if (type == "OBJECT_TRIGGER") return context.catalog.triggers.erase(key) > 0;
  if (type == "OBJECT_POLICY") return context.catalog.policies.erase(key) > 0;
  return false;
}

bool drop_one(Context& context, std::string_view type, const ast::Node& object, bool cascade) {
  Catalog& catalog = context.catalog;
  std::span<const ast::Node> parts = name_parts(object);
  if (type == "OBJECT_TABLE" || type == "OBJECT_VIEW" || type == "OBJECT_MATVIEW" || type == "OBJECT_SEQUENCE" ||
      type == "OBJECT_INDEX" || type == "OBJECT_FOREIGN_TABLE") {
    return drop_relation(context, type, context.qualified_from_list(parts, false), cascade);
  }
  if (type == "OBJECT_FUNCTION" || type == "OBJECT_PROCEDURE" || type == "OBJECT_ROUTINE" || type == "OBJECT_AGGREGATE") {
    return catalog.routines.erase(routine_id_from(context, object, type == "OBJECT_AGGREGATE")) > 0;
  }
  if (type == "OBJECT_TYPE" || type == "OBJECT_DOMAIN") {
    return catalog.types.erase(context.resolve_type_name(object.is("TypeName") ? object.list("names") : parts)) > 0;
  }
  if (type == "OBJECT_SCHEMA") {
    std::string name(object.string_value());
    if (!catalog.schemas.contains(name)) return false;
    remove_schema(catalog, name);
    return true;
  }
  if (type == "OBJECT_TRIGGER" || type == "OBJECT_POLICY") return drop_member(context, type, parts);
  if (type == "OBJECT_EXTENSION") return catalog.extensions.erase(std::string(object.string_value())) > 0;
  if (type == "OBJECT_EVENT_TRIGGER") return catalog.event_triggers.erase(std::string(object.string_value())) > 0;
  if (type == "OBJECT_PUBLICATION") return catalog.publications.erase(std::string(object.string_value())) > 0;
  // Kinds kept whole: found by the same id they were created under.
  OtherObject* other = find_other_object(context, type, object);
  if (!other) return false;
  return catalog.others.erase(other_object_key(other->kind, other->id)) > 0;
}

std::string object_text(const ast::Node& object) {
  const ast::Node* names = object.get("objname");
  std::span<const ast::Node> parts = names                    ? names->items()
                                     : object.is("TypeName") ? object.list("names")
                                                             : name_parts(object);
  std::string text;
  for (const ast::Node& part : parts) text += (text.empty() ? "" : ".") + quote_identifier(part.string_value());
  return text;
}

// The condition PostgreSQL raises for an object to drop that does not exist.
std::string_view missing_condition(std::string_view type) {
  if (type == "OBJECT_TABLE" || type == "OBJECT_VIEW" || type == "OBJECT_MATVIEW" || type == "OBJECT_INDEX" ||
      type == "OBJECT_SEQUENCE" || type == "OBJECT_FOREIGN_TABLE") {
    return "undefined_table";
  }
  if (type == "OBJECT_FUNCTION" || type == "OBJECT_PROCEDURE" || type == "OBJECT_ROUTINE" || type == "OBJECT_AGGREGATE") {
    return "undefined_function";
  }
  if (type == "OBJECT_SCHEMA") return "invalid_schema_name";
  return "undefined_object";
}

}  // namespace

void drop_object(Context& context, const ast::Node& statement) {
  std::string_view type = statement.str("removeType");
  bool cascade = statement.str("behavior") == "DROP_CASCADE";
  for (const ast::Node& object : statement.list("objects")) {
    if (drop_one(context, type, object, cascade) || statement.flag("missing_ok")) continue;
    // An error in PostgreSQL; only a warning for dumps, because pg_dump --clean starts with
    // DROPs of objects the script creates later.
    std::string message =
        fmt::format(error_form::object_missing, type.substr(7), object_text(object));
    if (context.strict) context.error(message, {missing_condition(type), subject_names(object, type)});
    else context.warn(message);
  }
}

}  // namespace pgdrift
