#include "analyzer/interpret/extension_members.hpp"

#include "analyzer/interpret/object_lookup.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

bool is_routine(std::string_view object_type) {
  return object_type == "OBJECT_FUNCTION" || object_type == "OBJECT_PROCEDURE" || object_type == "OBJECT_ROUTINE" ||
         object_type == "OBJECT_AGGREGATE";
}

bool is_relation(std::string_view object_type) {
  return object_type == "OBJECT_TABLE" || object_type == "OBJECT_VIEW" || object_type == "OBJECT_MATVIEW" ||
         object_type == "OBJECT_SEQUENCE" || object_type == "OBJECT_FOREIGN_TABLE";
}

// The object's schema and its name as GRANT writes it, for the kinds extensions make.
std::optional<std::pair<std::string, std::string>> schema_and_name(Context& context, std::string_view object_type,
                                                                    const ast::Node& object) {
  if (is_routine(object_type)) {
    auto names = object.list("objname");
    if (names.size() < 2) return std::nullopt;
    return std::pair{std::string(names[names.size() - 2].string_value()),
                     routine_id_from(context, object, object_type == "OBJECT_AGGREGATE")};
  }
  if (is_relation(object_type) || object_type == "OBJECT_TYPE" || object_type == "OBJECT_DOMAIN") {
    std::span<const ast::Node> parts = object.is("TypeName") ? object.list("names") : name_parts(object);
    if (object.get("relname")) {
      if (object.str("schemaname").empty()) return std::nullopt;
      QualifiedName name{std::string(object.str("schemaname")), std::string(object.str("relname"))};
      return std::pair{name.schema, object_id(name)};
    }
    if (parts.size() != 2) return std::nullopt;
    QualifiedName name{std::string(parts[0].string_value()), std::string(parts[1].string_value())};
    return std::pair{name.schema, object_id(name)};
  }
  return std::nullopt;
}

}  // namespace

const Extension* extension_living_in(const Catalog& catalog, const std::string& schema) {
  for (const auto& [name, extension] : catalog.extensions) {
    if (extension.schema == schema) return &extension;
  }
  return nullptr;
}

ObjectMeta* extension_member_meta(Context& context, std::string_view object_type, const ast::Node& object) {
  auto named = schema_and_name(context, object_type, object);
  if (!named) return nullptr;
  const Extension* extension = extension_living_in(context.catalog, named->first);
  if (!extension) return nullptr;
  std::string key = std::string(object_type) + " " + named->second;
  auto [entry, added] = context.catalog.extension_members.try_emplace(key);
  if (added) entry->second = {std::string(object_type), named->second, named->first, extension->name, ObjectMeta{}};
  return &entry->second.meta;
}

}  // namespace pgdrift
