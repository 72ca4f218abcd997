#include "analyzer/interpret/object_lookup.hpp"

#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/unparsed_object.hpp"
#include "analyzer/model/object_id.hpp"
#include "parser/identifier.hpp"

#include <algorithm>
#include <cctype>

namespace pgdrift {
namespace {

template <typename Map, typename Key>
ObjectMeta* meta_in(Map& map, const Key& key) {
  auto found = map.find(key);
  return found == map.end() ? nullptr : &found->second.meta;
}

QualifiedName table_of(Context& context, std::span<const ast::Node> parts) {
  return context.qualified_from_list(parts.first(parts.size() - 1), false);
}

// The index a key or exclusion constraint made, by its name (the constraint's).
ObjectMeta* constraint_index_meta(Catalog& catalog, const QualifiedName& index) {
  for (auto& [table_name, table] : catalog.tables) {
    if (table_name.schema != index.schema) continue;
    auto found = table.constraints.find(index.name);
    if (found == table.constraints.end()) continue;
    ConstraintType type = found->second.type;
    if (type == ConstraintType::check || type == ConstraintType::foreign_key) continue;
    return &found->second.index_meta;
  }
  return nullptr;
}

ObjectMeta* relation_meta(Context& context, const ast::Node& object) {
  QualifiedName name = object.is("RangeVar") || object.get("relname") ? context.resolve_relation(object)
                                                                      : context.qualified_from_list(name_parts(object), false);
  Catalog& catalog = context.catalog;
  if (ObjectMeta* meta = meta_in(catalog.tables, name)) return meta;
  if (ObjectMeta* meta = meta_in(catalog.views, name)) return meta;
  if (ObjectMeta* meta = meta_in(catalog.sequences, name)) return meta;
  if (ObjectMeta* meta = meta_in(catalog.indexes, name)) return meta;
  return constraint_index_meta(catalog, name);
}

ObjectMeta* column_meta(Context& context, std::span<const ast::Node> parts) {
  if (parts.size() < 2) return nullptr;
  QualifiedName table = table_of(context, parts);
  std::string column(parts.back().string_value());
  if (auto found = context.catalog.tables.find(table); found != context.catalog.tables.end()) {
    if (Column* c = found->second.find_column(column)) return &c->meta;
  }
  if (auto found = context.catalog.views.find(table); found != context.catalog.views.end()) {
    return &found->second.column_meta[column];
  }
  if (auto found = context.catalog.types.find(table); found != context.catalog.types.end()) {
    for (CompositeAttribute& attribute : found->second.attributes) {
      if (attribute.name == column) return &attribute.meta;
    }
  }
  return nullptr;
}

ObjectMeta* table_member_meta(Context& context, std::string_view object_type, std::span<const ast::Node> parts) {
  if (parts.size() < 2) return nullptr;
  TableMemberKey key{table_of(context, parts), std::string(parts.back().string_value())};
  if (object_type == "OBJECT_TRIGGER") return meta_in(context.catalog.triggers, key);
  if (object_type == "OBJECT_POLICY") return meta_in(context.catalog.policies, key);
  auto table = context.catalog.tables.find(key.table);
  if (table == context.catalog.tables.end()) return nullptr;
  return meta_in(table->second.constraints, key.name);
}

ObjectMeta* domain_constraint_meta(Context& context, std::span<const ast::Node> parts) {
  if (parts.size() != 2 || !parts[0].is("TypeName")) return nullptr;
  auto type = context.catalog.types.find(context.resolve_type_name(parts[0].list("names")));
  if (type == context.catalog.types.end()) return nullptr;
  return meta_in(type->second.constraints, std::string(parts[1].string_value()));
}

ObjectMeta* type_meta(Context& context, const ast::Node& object) {
  std::span<const ast::Node> parts = object.is("TypeName") ? object.list("names") : name_parts(object);
  return meta_in(context.catalog.types, context.resolve_type_name(parts));
}

std::string lower_kind(std::string_view object_type) {
  std::string kind(object_type.starts_with("OBJECT_") ? object_type.substr(7) : object_type);
  for (char& c : kind) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return kind;
}

// Where a name without a schema may be: each schema of the search_path, in order, then
// the schema objects are created in (so that an object not there yet is named as created).
std::vector<QualifiedName> schema_candidates(Context& context, std::span<const ast::Node> parts) {
  if (parts.empty()) return {};
  std::string name(parts.back().string_value());
  if (parts.size() >= 2) return {{std::string(parts[parts.size() - 2].string_value()), name}};
  std::vector<QualifiedName> candidates;
  for (const std::string& schema : context.search_path) candidates.push_back({schema, name});
  candidates.push_back({context.creation_schema(), name});
  return candidates;
}

// The ids an object kept whole may have, as a statement names it: most likely first.
std::vector<std::string> other_ids(Context& context, std::string_view kind, const ast::Node& object) {
  std::vector<std::string> ids;
  if (kind == "operator") {  // ObjectWithArgs: name (left type, right type); {} for NONE
    auto types = object.list("objargs");
    auto type_of = [&](std::size_t i) { return i < types.size() && types[i].is("TypeName") ? context.type_without_modifiers(types[i]) : "NONE"; };
    for (const QualifiedName& name : schema_candidates(context, object.list("objname"))) ids.push_back(operator_id(name, type_of(0), type_of(1)));
    return ids;
  }
  std::span<const ast::Node> parts = name_parts(object);
  if (kind == "cast" && parts.size() == 2) return {cast_id(context.type_without_modifiers(parts[0]), context.type_without_modifiers(parts[1]))};
  if (kind == "transform" && parts.size() == 2) return {transform_id(context.type_without_modifiers(parts[0]), parts[1].string_value())};
  if ((kind == "opclass" || kind == "opfamily") && parts.size() >= 2) {  // access method first, then the name
    for (const QualifiedName& name : schema_candidates(context, parts.subspan(1))) ids.push_back(access_method_object_id(name, parts[0].string_value()));
    return ids;
  }
  if (kind == "rule" && parts.size() >= 2) return {member_id(table_of(context, parts), std::string(parts.back().string_value()))};
  if (parts.size() == 1) ids.push_back(quote_identifier(parts[0].string_value()));  // a database-wide object (server, language)
  for (const QualifiedName& name : schema_candidates(context, parts)) ids.push_back(object_id(name));
  return ids;
}

// Every part of the name an object node gives (schema, table, name), unquoted.
std::vector<std::string> name_strings(const ast::Node& object) {
  if (object.is("RangeVar")) return {std::string(object.str("relname"))};
  std::span<const ast::Node> parts = object.is("TypeName")         ? object.list("names")
                                     : object.is("ObjectWithArgs") ? object.list("objname")
                                                                   : name_parts(object);
  std::vector<std::string> names;
  for (const ast::Node& part : parts) {
    if (!part.string_value().empty()) names.emplace_back(part.string_value());
  }
  return names;
}

}  // namespace

bool names_unparsed_object(Context& context, const ast::Node& object) {
  return names_unparsed_object(context.catalog, name_strings(object));
}

bool should_have_found(Context& context, std::string_view object_type, const ast::Node& object) {
  if (names_unparsed_object(context, object)) return false;
  static constexpr std::string_view kModeled[] = {
      "OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_SEQUENCE", "OBJECT_FOREIGN_TABLE", "OBJECT_COLUMN",
      "OBJECT_SCHEMA", "OBJECT_EXTENSION", "OBJECT_EVENT_TRIGGER", "OBJECT_PUBLICATION", "OBJECT_FUNCTION",
      "OBJECT_PROCEDURE", "OBJECT_ROUTINE", "OBJECT_AGGREGATE", "OBJECT_TYPE", "OBJECT_DOMAIN",
      "OBJECT_TABCONSTRAINT", "OBJECT_TRIGGER", "OBJECT_POLICY", "OBJECT_DOMCONSTRAINT", "OBJECT_INDEX",
  };
  if (std::find(std::begin(kModeled), std::end(kModeled), object_type) == std::end(kModeled)) return false;
  if (object_type != "OBJECT_INDEX") return true;
  QualifiedName name = context.qualified_from_list(name_parts(object), false);
  for (const auto& [table_name, table] : context.catalog.tables) {
    if (table_name.schema == name.schema && table.constraints.contains(name.name)) return false;
  }
  return true;
}

std::span<const ast::Node> name_parts(const ast::Node& object) {
  if (object.is("List")) return object.list("items");
  if (object.kind() == ast::Kind::list) return object.items();
  return {&object, 1};
}

std::vector<std::string> subject_names(const ast::Node& object, std::string_view object_type) {
  std::span<const ast::Node> parts = object.is("TypeName")         ? object.list("names")
                                     : object.is("ObjectWithArgs") ? object.list("objname")
                                                                   : name_parts(object);
  bool member = object_type == "OBJECT_TRIGGER" || object_type == "OBJECT_POLICY" || object_type == "OBJECT_RULE";
  std::size_t wanted = std::min<std::size_t>(parts.size(), member ? 2 : 1);
  std::vector<std::string> names;
  for (const ast::Node& part : parts.subspan(parts.size() - wanted)) names.emplace_back(part.string_value());
  return names;
}

std::string routine_id_from(Context& context, const ast::Node& object_with_args, bool aggregate) {
  QualifiedName name = context.resolve_function_name(object_with_args.list("objname"));
  std::vector<std::string> types;
  for (const ast::Node& type : object_with_args.list("objargs")) types.push_back(context.type_without_modifiers(type));
  bool star = aggregate && types.empty() && !object_with_args.flag("args_unspecified");
  std::string id = routine_id(name, types, star);
  if (star && !context.catalog.routines.contains(id)) return routine_id(name, types, false);
  if (object_with_args.flag("args_unspecified")) {  // DROP FUNCTION f: the only one of that name
    std::string prefix = object_id(name) + "(";
    auto found = context.catalog.routines.lower_bound(prefix);
    if (found != context.catalog.routines.end() && found->first.starts_with(prefix)) return found->first;
  }
  return id;
}

UserType* find_composite_type(Context& context, const ast::Node& range_var) {
  std::string name(range_var.str("relname"));
  std::vector<std::string> schemas = context.search_path;
  if (!range_var.str("schemaname").empty()) schemas = {std::string(range_var.str("schemaname"))};
  for (const std::string& schema : schemas) {
    auto found = context.catalog.types.find({schema, name});
    if (found == context.catalog.types.end()) continue;
    return found->second.kind == UserTypeKind::composite ? &found->second : nullptr;
  }
  return nullptr;
}

ObjectMeta* find_object_meta(Context& context, std::string_view object_type, const ast::Node& object) {
  Catalog& catalog = context.catalog;
  std::span<const ast::Node> parts = name_parts(object);
  if (object_type == "OBJECT_TABLE" || object_type == "OBJECT_VIEW" || object_type == "OBJECT_MATVIEW" ||
      object_type == "OBJECT_SEQUENCE" || object_type == "OBJECT_FOREIGN_TABLE" || object_type == "OBJECT_INDEX")
    return relation_meta(context, object);
  if (object_type == "OBJECT_COLUMN") return column_meta(context, parts);
  if (object_type == "OBJECT_SCHEMA") {
    context.adopt_schema(std::string(object.string_value()));
    return meta_in(catalog.schemas, std::string(object.string_value()));
  }
  if (object_type == "OBJECT_EXTENSION") return meta_in(catalog.extensions, std::string(object.string_value()));
  if (object_type == "OBJECT_EVENT_TRIGGER") return meta_in(catalog.event_triggers, std::string(object.string_value()));
  if (object_type == "OBJECT_PUBLICATION") {
    context.adopt_publication(std::string(object.string_value()));
    return meta_in(catalog.publications, std::string(object.string_value()));
  }
  if (object_type == "OBJECT_FUNCTION" || object_type == "OBJECT_PROCEDURE" || object_type == "OBJECT_ROUTINE" ||
      object_type == "OBJECT_AGGREGATE")
    return meta_in(catalog.routines, routine_id_from(context, object, object_type == "OBJECT_AGGREGATE"));
  if (object_type == "OBJECT_TYPE" || object_type == "OBJECT_DOMAIN") return type_meta(context, object);
  if (object_type == "OBJECT_TABCONSTRAINT" || object_type == "OBJECT_TRIGGER" || object_type == "OBJECT_POLICY")
    return table_member_meta(context, object_type, parts);
  if (object_type == "OBJECT_DOMCONSTRAINT") return domain_constraint_meta(context, parts);
  OtherObject* other = find_other_object(context, object_type, object);
  return other ? &other->meta : nullptr;
}

OtherObject* find_other_object(Context& context, std::string_view object_type, const ast::Node& object) {
  std::string kind = lower_kind(object_type);
  for (const std::string& id : other_ids(context, kind, object)) {
    auto found = context.catalog.others.find(other_object_key(kind, id));
    if (found != context.catalog.others.end()) return &found->second;
  }
  return nullptr;
}

}  // namespace pgdrift
