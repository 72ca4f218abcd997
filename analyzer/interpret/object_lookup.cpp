#include "analyzer/interpret/object_lookup.hpp"

#include "analyzer/interpret/handlers.hpp"
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

ObjectMeta* other_meta(Context& context, std::string_view object_type, const ast::Node& object) {
  std::span<const ast::Node> parts = name_parts(object);
  std::string kind = lower_kind(object_type);
  if (kind == "rule" && parts.size() >= 2) {
    return meta_in(context.catalog.others, other_object_key(kind, member_id(table_of(context, parts), std::string(parts.back().string_value()))));
  }
  if (parts.size() == 1) {  // a database-wide object (server, language), or one on the search_path
    if (ObjectMeta* meta = meta_in(context.catalog.others, other_object_key(kind, quote_identifier(parts[0].string_value())))) return meta;
  }
  return meta_in(context.catalog.others, other_object_key(kind, object_id(context.qualified_from_list(parts, true))));
}

}  // namespace

bool should_have_found(Context& context, std::string_view object_type, const ast::Node& object) {
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
  return other_meta(context, object_type, object);
}

}  // namespace pgdrift
