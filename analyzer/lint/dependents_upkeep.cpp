#include "analyzer/lint/dependents_upkeep.hpp"

#include <set>
#include <string_view>

namespace pgdrift {
namespace {

// Statements that add no view, routine or foreign key and rename no relation: they create or
// remove what the index does not hold, or only remove objects (the index keeps candidates, and
// a removed one is no longer found).
bool changes_nothing_indexed(const ast::Node& statement) {
  static const std::set<std::string_view> kinds{
      "CommentStmt",      "TransactionStmt", "VariableSetStmt",  "IndexStmt",
      "CreatePolicyStmt", "AlterPolicyStmt", "CreateTrigStmt",   "GrantStmt",
      "GrantRoleStmt",    "DropStmt",        "CreateSeqStmt",    "AlterSeqStmt",
      "CreateEnumStmt",   "AlterEnumStmt",   "CreateDomainStmt", "CompositeTypeStmt"};
  if (kinds.contains(statement.text())) return true;
  // A column's new name is written into the trees that read it; the relations they name stay.
  return statement.is("RenameStmt") && statement.str("renameType") == "OBJECT_COLUMN";
}

// ALTER TABLE commands that change the table's own columns and constraints and nothing else
// (attaching a partition or a parent copies constraints between tables).
bool changes_own_table_only(const ast::Node& statement) {
  static const std::set<std::string_view> subtypes{
      "AT_AddColumn",          "AT_DropColumn",         "AT_AlterColumnType",
      "AT_ColumnDefault",      "AT_AddConstraint",      "AT_DropConstraint",
      "AT_ValidateConstraint", "AT_SetNotNull",         "AT_DropNotNull",
      "AT_AddIdentity",        "AT_SetIdentity",        "AT_DropIdentity",
      "AT_ChangeOwner",        "AT_EnableRowSecurity",  "AT_DisableRowSecurity",
      "AT_ForceRowSecurity",   "AT_NoForceRowSecurity", "AT_ReplicaIdentity",
      "AT_SetStatistics",      "AT_SetStorage",         "AT_SetCompression",
      "AT_SetOptions",         "AT_SetRelOptions",      "AT_ResetRelOptions",
      "AT_ClusterOn",          "AT_DropCluster",        "AT_SetLogged",
      "AT_SetUnLogged",        "AT_EnableTrigUser",     "AT_DisableTrigUser",
      "AT_EnableAlwaysTrig",   "AT_EnableReplicaTrig"};
  for (const ast::Node& command : statement.list("cmds")) {
    if (!subtypes.contains(command.str("subtype"))) return false;
  }
  return true;
}

}  // namespace

DependentsUpkeep::DependentsUpkeep(const ast::Node* statement, const Context& session) {
  // A known ground lends objects (with their foreign keys, views and routines) to statements
  // that name them, whatever the statement.
  if (!statement || session.known) return;
  const ast::Node* relation = statement->get("relation");
  if (changes_nothing_indexed(*statement)) {
    reach_ = Reach::nothing;
  } else if (statement->is("CreateStmt") && relation) {
    reach_ = Reach::table;
    name_ = session.name_for_creation(*relation);
  } else if ((statement->is("AlterTableStmt") && relation && changes_own_table_only(*statement)) ||
             (statement->is("RenameStmt") && relation &&
              statement->str("renameType") == "OBJECT_TABCONSTRAINT")) {
    reach_ = Reach::table;
    name_ = session.resolve_relation(*relation);
  } else if (statement->is("CreateFunctionStmt")) {
    auto names = statement->list("funcname");
    reach_ = Reach::routines;
    name_ = session.qualified_from_list(names, true);
    if (names.size() == 1) name_.schema = session.creation_schema();
  } else if (statement->is("ViewStmt") || statement->is("CreateTableAsStmt")) {
    reach_ = Reach::views;
  }
}

void DependentsUpkeep::follow(DependentsIndex& index) const {
  switch (reach_) {
    case Reach::nothing:
      return;
    case Reach::table:
      return index.add_foreign_keys_of(name_);
    case Reach::routines:
      return index.add_routines_named(name_);
    case Reach::views:
      return index.forget_views();
    case Reach::everything:
      return index.forget_all();
  }
}

}  // namespace pgdrift
