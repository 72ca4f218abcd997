#pragma once

#include <compare>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "analyzer/model/extension_member.hpp"
#include "analyzer/model/index.hpp"
#include "analyzer/model/other_object.hpp"
#include "analyzer/model/policy.hpp"
#include "analyzer/model/publication.hpp"
#include "analyzer/model/routine.hpp"
#include "analyzer/model/schema.hpp"
#include "analyzer/model/sequence.hpp"
#include "analyzer/model/table.hpp"
#include "analyzer/model/unfollowed_statement.hpp"
#include "analyzer/model/trigger.hpp"
#include "analyzer/model/user_type.hpp"
#include "analyzer/model/view.hpp"
#include "parser/parsed_script.hpp"

namespace pgdrift {

// An object that belongs to a table: a trigger or a policy.
struct TableMemberKey {
  QualifiedName table;
  std::string name;
  auto operator<=>(const TableMemberKey&) const = default;
};

// ALTER DEFAULT PRIVILEGES [FOR ROLE r] [IN SCHEMA s] GRANT/REVOKE ... ON <object_type>
struct DefaultPrivilege {
  std::string role;         // empty: the role running the statement
  std::string schema;       // empty: all schemas
  std::string object_type;  // tables, sequences, functions, types, schemas
  AclEntry entry;
  bool revoked = false;     // a REVOKE of a built-in default
  auto operator<=>(const DefaultPrivilege&) const = default;
};

// A statement that writes rows into a migration history table: the INSERT, or the COPY and
// its data.
struct HistoryRows {
  Expr statement = nullptr;
  std::string_view copy_data;
  std::string version_column;  // the table's column that holds each migration's version
};

// Everything a schema holds, as built by the statement interpreter.
struct Catalog {
  std::map<std::string, Schema> schemas;
  std::map<std::string, Extension> extensions;
  std::map<QualifiedName, Table> tables;
  std::map<QualifiedName, View> views;
  std::map<QualifiedName, Sequence> sequences;
  std::map<QualifiedName, Index> indexes;
  std::map<std::string, Routine> routines;  // by routine id: schema.name(argtypes)
  std::map<TableMemberKey, Trigger> triggers;
  std::map<std::string, EventTrigger> event_triggers;
  std::map<TableMemberKey, Policy> policies;
  std::map<QualifiedName, UserType> types;
  std::map<std::string, Publication> publications;
  std::map<std::string, OtherObject> others;  // by "kind id"
  std::map<std::string, ExtensionMember> extension_members;  // by "OBJECT_TYPE name"
  std::vector<DefaultPrivilege> default_privileges;

  // Statements whose effects could not be followed (DO blocks), in order: the objects whose
  // names they mention may exist or not, whatever the maps above say.
  std::vector<UnfollowedStatement> unfollowed;

  // Rows of migration history tables (COPY or INSERT), for the ledger.
  std::vector<HistoryRows> history_rows;

  // The inputs read, whose texts objects point into (function bodies, COPY rows).
  std::vector<std::shared_ptr<const ParsedScript>> sources;
  // The trees the objects above point to (expressions, queries, definitions): copied out of
  // the statements that made them, or made by the interpreter (a serial column's nextval()
  // default). Copies of a catalog share them.
  std::shared_ptr<ast::Arena> trees;
  // The known grounds (see known_ground.hpp) objects were taken from: their trees and texts
  // are the grounds', and a diff compares an object one side lacks as the ground gives it.
  std::vector<std::shared_ptr<const Catalog>> grounds;
  // Schemas besides public on the search_path the statements ran with (a Supabase project's
  // migrations run with `extensions` on it): unqualified function and type names in
  // expressions may live there, so a diff does not hold their qualifier against them.
  std::vector<std::string> search_path_schemas;

  Catalog();
  bool relation_exists(const QualifiedName& name) const;
  ast::Arena& tree_arena();
};

}  // namespace pgdrift
