#include <fmt/format.h>

#include "analyzer/interpret/acl_changes.hpp"
#include "analyzer/interpret/extension_members.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/object_lookup.hpp"

namespace pgdrift {
namespace {

std::vector<std::string> grantees(const ast::Node& statement) {
  std::vector<std::string> roles;
  for (const ast::Node& role : statement.list("grantees")) roles.push_back(role_name(&role));
  return roles;
}

std::string object_name_text(const ast::Node& object) {
  if (object.get("relname")) return std::string(object.str("relname"));
  std::string text;
  std::span<const ast::Node> parts = object.is("ObjectWithArgs") ? object.list("objname") : name_parts(object);
  for (const ast::Node& part : parts) text += (text.empty() ? "" : ".") + std::string(part.string_value());
  return text;
}

// The ACL of a column of a table, or of an output column of a view.
Acl* column_acl(Catalog& catalog, const QualifiedName& relation, const std::string& column) {
  if (auto table = catalog.tables.find(relation); table != catalog.tables.end()) {
    Column* found = table->second.find_column(column);
    return found ? &found->meta.acl : nullptr;
  }
  if (auto view = catalog.views.find(relation); view != catalog.views.end()) return &view->second.column_meta[column].acl;
  return nullptr;
}

// GRANT SELECT (a, b) ON t: privileges on columns go to each column's own ACL.
bool grant_on_columns(Context& context, const ast::Node& statement, const ast::Node& object,
                      const std::vector<std::string>& roles) {
  bool any = false;
  for (const ast::Node& privilege : statement.list("privileges")) {
    auto columns = privilege.list("cols");
    if (columns.empty()) continue;
    any = true;
    QualifiedName relation = context.resolve_relation(object);
    std::string name(privilege.str("priv_name"));
    for (char& c : name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    // GRANT ALL (col) is every privilege a column has.
    std::vector<std::string> names = name.empty() ? all_privileges("OBJECT_COLUMN") : std::vector<std::string>{name};
    for (const ast::Node& column_name : columns) {
      Acl* acl = column_acl(context.catalog, relation, std::string(column_name.string_value()));
      if (acl) apply_grant(*acl, "OBJECT_COLUMN", names, roles, statement.flag("is_grant"), statement.flag("grant_option"));
    }
  }
  return any;
}

void grant_on(const ast::Node& statement, std::string_view object_type, ObjectMeta& meta, const std::vector<std::string>& roles) {
  std::vector<std::string> privileges = granted_privileges(statement, object_type);
  // Privileges of the owner are the owner's, whoever that is later.
  std::vector<std::string> targets = roles;
  for (std::string& role : targets) {
    if (!meta.owner.empty() && role == meta.owner) role = Acl::kOwner;
  }
  apply_grant(meta.acl, object_type, privileges, targets, statement.flag("is_grant"), statement.flag("grant_option"));
}

// What ALL <kind> IN SCHEMA covers, as PostgreSQL 15 chooses: TABLES are every relation
// but sequences and indexes (views, materialized views, foreign and partitioned tables);
// FUNCTIONS are functions and aggregates, PROCEDURES procedures, ROUTINES both.
std::vector<ObjectMeta*> objects_in_schema(Catalog& catalog, std::string_view object_type, const std::string& schema) {
  std::vector<ObjectMeta*> found;
  if (object_type == "OBJECT_TABLE") {
    for (auto& [name, table] : catalog.tables) {
      if (name.schema == schema) found.push_back(&table.meta);
    }
    for (auto& [name, view] : catalog.views) {
      if (name.schema == schema) found.push_back(&view.meta);
    }
  } else if (object_type == "OBJECT_SEQUENCE") {
    for (auto& [name, sequence] : catalog.sequences) {
      if (name.schema == schema) found.push_back(&sequence.meta);
    }
  } else {
    for (auto& [id, routine] : catalog.routines) {
      if (routine.name.schema != schema) continue;
      bool procedure = routine.kind == RoutineKind::procedure;
      if (object_type == "OBJECT_ROUTINE" || procedure == (object_type == "OBJECT_PROCEDURE")) found.push_back(&routine.meta);
    }
  }
  return found;
}

// GRANT ... ON ALL TABLES IN SCHEMA s: the objects that exist when it runs; those made
// later get only what ALTER DEFAULT PRIVILEGES gives them.
void grant_in_schemas(Context& context, const ast::Node& statement, const std::vector<std::string>& roles) {
  std::string_view object_type = statement.str("objtype");
  for (const ast::Node& schema_name : statement.list("objects")) {
    std::string schema(schema_name.string_value());
    if (!context.catalog.schemas.contains(schema)) {
      context.warn(fmt::format("GRANT/REVOKE ... IN SCHEMA {} which is not in the schema", schema));
      continue;
    }
    for (ObjectMeta* meta : objects_in_schema(context.catalog, object_type, schema)) {
      grant_on(statement, object_type, *meta, roles);
    }
  }
}

}  // namespace

void grant(Context& context, const ast::Node& statement) {
  std::string_view object_type = statement.str("objtype");
  std::vector<std::string> roles = grantees(statement);
  if (statement.str("targtype") != "ACL_TARGET_OBJECT") return grant_in_schemas(context, statement, roles);
  for (const ast::Node& object : statement.list("objects")) {
    if (grant_on_columns(context, statement, object, roles)) continue;
    ObjectMeta* meta = find_object_meta(context, object_type, object);
    if (!meta) meta = extension_member_meta(context, object_type, object);
    if (!meta) {
      if (object_type == "OBJECT_LANGUAGE" || object_type == "OBJECT_DATABASE" || object_type == "OBJECT_TABLESPACE" ||
          object_type == "OBJECT_FDW" || object_type == "OBJECT_FOREIGN_SERVER" || object_type == "OBJECT_LARGEOBJECT")
        continue;  // objects outside the schemas pgdrift compares
      if (names_unparsed_object(context, object)) continue;
      context.warn(fmt::format("GRANT/REVOKE on {} which is not in the schema", object_name_text(object)));
      continue;
    }
    grant_on(statement, object_type, *meta, roles);
  }
}

}  // namespace pgdrift
