#include "analyzer/lint/touched_subjects.hpp"

namespace pgdrift {
namespace {

using Changes = std::vector<SubjectChange>;

SubjectChange same(SubjectKind kind, const QualifiedName& name) {
  return {{kind, name}, {kind, name}};
}

bool is_relation_kind(std::string_view object_type) {
  return object_type == "OBJECT_TABLE" || object_type == "OBJECT_VIEW" ||
         object_type == "OBJECT_MATVIEW" || object_type == "OBJECT_FOREIGN_TABLE";
}

bool is_routine_kind(std::string_view object_type) {
  return object_type == "OBJECT_FUNCTION" || object_type == "OBJECT_PROCEDURE" ||
         object_type == "OBJECT_ROUTINE";
}

QualifiedName routine_name(const ast::Node* object_with_args, const Context& session) {
  if (!object_with_args) return {};
  return session.resolve_function_name(object_with_args->list("objname"));
}

Changes relation(const ast::Node* range_var, const Context& session) {
  if (!range_var) return {};
  return {same(SubjectKind::relation, session.resolve_relation(*range_var))};
}

Changes created_relation(const ast::Node* range_var, const Context& session) {
  if (!range_var) return {};
  return {same(SubjectKind::relation, session.name_for_creation(*range_var))};
}

Changes renamed(const ast::Node& statement, const Context& session) {
  std::string_view type = statement.str("renameType");
  std::string new_name(statement.str("newname"));
  if (is_relation_kind(type) && statement.get("relation")) {
    QualifiedName old_name = session.resolve_relation(*statement.get("relation"));
    return {
        {{SubjectKind::relation, old_name}, {SubjectKind::relation, {old_name.schema, new_name}}}};
  }
  if (is_routine_kind(type)) {
    QualifiedName old_name = routine_name(statement.get("object"), session);
    return {
        {{SubjectKind::routine, old_name}, {SubjectKind::routine, {old_name.schema, new_name}}}};
  }
  if (type == "OBJECT_COLUMN" || type == "OBJECT_TABCONSTRAINT" || type == "OBJECT_POLICY")
    return relation(statement.get("relation"), session);
  return {};
}

Changes moved(const ast::Node& statement, const Context& session) {
  std::string_view type = statement.str("objectType");
  std::string schema(statement.str("newschema"));
  if (is_relation_kind(type) && statement.get("relation")) {
    QualifiedName old_name = session.resolve_relation(*statement.get("relation"));
    return {{{SubjectKind::relation, old_name}, {SubjectKind::relation, {schema, old_name.name}}}};
  }
  if (is_routine_kind(type)) {
    QualifiedName old_name = routine_name(statement.get("object"), session);
    return {{{SubjectKind::routine, old_name}, {SubjectKind::routine, {schema, old_name.name}}}};
  }
  if (type == "OBJECT_EXTENSION" && statement.get("object"))
    return {
        same(SubjectKind::extension, {"", std::string(statement.get("object")->string_value())})};
  return {};
}

// DROP POLICY and DROP INDEX change what is said of the table they were on.
Changes dropped(const ast::Node& statement, const Context& session) {
  std::string_view type = statement.str("removeType");
  Changes changes;
  for (const ast::Node& object : statement.list("objects")) {
    auto names = object.elements();
    if (type == "OBJECT_POLICY" && names.size() >= 2) {
      changes.push_back(same(SubjectKind::relation,
                             session.resolve_relation_name(
                                 names.size() >= 3 ? names[names.size() - 3].string_value() : "",
                                 names[names.size() - 2].string_value())));
    } else if (type == "OBJECT_INDEX" && !names.empty()) {
      auto index = session.catalog.indexes.find(session.qualified_from_list(names, false));
      if (index != session.catalog.indexes.end())
        changes.push_back(same(SubjectKind::relation, index->second.table));
    }
  }
  return changes;
}

// GRANT and REVOKE change who may read a table or view and who may run a routine.
Changes granted(const ast::Node& statement, const Context& session) {
  std::string_view type = statement.str("objtype");
  Changes changes;
  if (statement.str("targtype") == "ACL_TARGET_ALL_IN_SCHEMA") {
    for (const ast::Node& schema_node : statement.list("objects")) {
      std::string schema(schema_node.string_value());
      if (is_relation_kind(type)) {
        for (const auto& [name, table] : session.catalog.tables)
          if (name.schema == schema) changes.push_back(same(SubjectKind::relation, name));
        for (const auto& [name, view] : session.catalog.views)
          if (name.schema == schema) changes.push_back(same(SubjectKind::relation, name));
      } else if (is_routine_kind(type)) {
        for (const auto& [id, routine] : session.catalog.routines)
          if (routine.name.schema == schema)
            changes.push_back(same(SubjectKind::routine, routine.name));
      }
    }
    return changes;
  }
  for (const ast::Node& object : statement.list("objects")) {
    if (is_relation_kind(type) && object.is("RangeVar")) {
      changes.push_back(same(SubjectKind::relation, session.resolve_relation(object)));
    } else if (is_routine_kind(type)) {
      changes.push_back(same(SubjectKind::routine, routine_name(&object, session)));
    }
  }
  return changes;
}

Changes created_routine(const ast::Node& statement, const Context& session) {
  auto names = statement.list("funcname");
  if (names.empty()) return {};
  QualifiedName name =
      names.size() >= 2
          ? QualifiedName{std::string(names[names.size() - 2].string_value()),
                          std::string(names.back().string_value())}
          : QualifiedName{session.creation_schema(), std::string(names.back().string_value())};
  return {same(SubjectKind::routine, name)};
}

}  // namespace

std::optional<std::vector<SubjectChange>> touched_subjects(const ast::Node& statement,
                                                           const Context& session) {
  if (statement.is("DoStmt")) return std::nullopt;
  if (statement.is("CreateSchemaStmt") && !statement.list("schemaElts").empty())
    return std::nullopt;
  if (statement.is("CreateStmt")) return created_relation(statement.get("relation"), session);
  if (statement.is("ViewStmt")) return created_relation(statement.get("view"), session);
  if (statement.is("CreateTableAsStmt"))
    return statement.get("into") ? created_relation(statement.get("into")->get("rel"), session)
                                 : Changes{};
  if (statement.is("AlterTableStmt") || statement.is("IndexStmt"))
    return relation(statement.get("relation"), session);
  if (statement.is("CreatePolicyStmt") || statement.is("AlterPolicyStmt"))
    return relation(statement.get("table"), session);
  if (statement.is("RenameStmt")) return renamed(statement, session);
  if (statement.is("AlterObjectSchemaStmt")) return moved(statement, session);
  if (statement.is("DropStmt")) return dropped(statement, session);
  if (statement.is("GrantStmt")) return granted(statement, session);
  if (statement.is("CreateFunctionStmt")) return created_routine(statement, session);
  if (statement.is("AlterFunctionStmt"))
    return Changes{same(SubjectKind::routine, routine_name(statement.get("func"), session))};
  if (statement.is("CreateExtensionStmt") || statement.is("AlterExtensionStmt"))
    return Changes{same(SubjectKind::extension, {"", std::string(statement.str("extname"))})};
  return Changes{};
}

}  // namespace pgdrift
