#include "analyzer/interpret/interpreter.hpp"

#include <fmt/format.h>

#include <string_view>
#include <unordered_map>

#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/unparsed_object.hpp"
#include "parser/toc_comment.hpp"

namespace pgdrift {
namespace {

using Handler = void (*)(Context&, const ast::Node&);

const std::unordered_map<std::string_view, Handler>& handlers() {
  static const std::unordered_map<std::string_view, Handler> table{
      {"CreateSchemaStmt", create_schema},
      {"CreateExtensionStmt", create_extension},
      {"CreateStmt", create_table},
      {"CreateForeignTableStmt", create_foreign_table},
      {"AlterTableStmt", alter_table},
      {"IndexStmt", create_index},
      {"ViewStmt", create_view},
      {"CreateTableAsStmt", create_table_as},
      {"CreateSeqStmt", create_sequence},
      {"AlterSeqStmt", alter_sequence},
      {"CreateFunctionStmt", create_function},
      {"DefineStmt", define_object},
      {"CreateEnumStmt", create_enum},
      {"CompositeTypeStmt", create_composite_type},
      {"CreateRangeStmt", create_range},
      {"CreateDomainStmt", create_domain},
      {"AlterEnumStmt", alter_enum},
      {"AlterDomainStmt", alter_domain},
      {"CreateTrigStmt", create_trigger},
      {"CreateEventTrigStmt", create_event_trigger},
      {"CreatePolicyStmt", create_policy},
      {"AlterPolicyStmt", alter_policy},
      {"GrantStmt", grant},
      {"AlterDefaultPrivilegesStmt", alter_default_privileges},
      {"CommentStmt", comment_on},
      {"AlterOwnerStmt", alter_owner},
      {"CreatePublicationStmt", create_publication},
      {"AlterPublicationStmt", alter_publication},
      {"VariableSetStmt", set_variable},
      {"SelectStmt", select_statement},
      {"DropStmt", drop_object},
      {"RenameStmt", rename_object},
      {"AlterObjectSchemaStmt", alter_object_schema},
      {"AlterFunctionStmt", alter_function},
      {"DoStmt", do_block},
      {"CopyStmt", keep_history_rows},
      {"InsertStmt", keep_history_rows},
      // Objects kept whole (see other_object.hpp).
      {"CreateCastStmt", keep_other_object},
      {"CreateConversionStmt", keep_other_object},
      {"CreateFdwStmt", keep_other_object},
      {"CreateForeignServerStmt", keep_other_object},
      {"CreateUserMappingStmt", keep_other_object},
      {"CreateOpClassStmt", keep_other_object},
      {"CreateOpFamilyStmt", keep_other_object},
      {"CreateStatsStmt", keep_other_object},
      {"CreatePLangStmt", keep_other_object},
      {"CreateTransformStmt", keep_other_object},
      {"CreateAmStmt", keep_other_object},
      {"CreateSubscriptionStmt", keep_other_object},
      {"AlterEventTrigStmt", alter_event_trigger},
      {"RuleStmt", keep_other_object},
      {"SecLabelStmt", keep_other_object},
  };
  return table;
}

}  // namespace

bool changes_no_schema(std::string_view tag) {
  static constexpr std::string_view kNoSchemaChange[] = {
      "TransactionStmt", "UpdateStmt", "DeleteStmt", "VacuumStmt",
      "CheckPointStmt", "VariableShowStmt", "ExplainStmt", "DiscardStmt", "LockStmt",
      "NotifyStmt", "ListenStmt", "UnlistenStmt", "ClusterStmt", "ReindexStmt",
      "RefreshMatViewStmt", "CallStmt", "DeclareCursorStmt", "FetchStmt", "ClosePortalStmt",
      "PrepareStmt", "ExecuteStmt", "DeallocateStmt", "ConstraintsSetStmt", "LoadStmt",
      "MergeStmt", "CreateRoleStmt", "AlterRoleStmt", "AlterRoleSetStmt", "DropRoleStmt",
      "GrantRoleStmt", "CreatedbStmt", "AlterDatabaseStmt", "AlterDatabaseSetStmt",
      "DropdbStmt", "CreateTableSpaceStmt", "AlterSystemStmt",
      // Adjustments to objects kept whole (text search mappings, operator families,
      // statistics targets, extension dependencies): not compared beyond the object itself.
      "AlterTSConfigurationStmt", "AlterOpFamilyStmt", "AlterStatsStmt", "AlterObjectDependsStmt",
      "AlterSubscriptionStmt", "AlterUserMappingStmt", "AlterForeignServerStmt", "AlterFdwStmt",
  };
  for (std::string_view known : kNoSchemaChange) {
    if (known == tag) return true;
  }
  return false;
}

void apply_statement(Context& context, const ast::Node& tree) {
  auto handler = handlers().find(tree.text());
  if (handler != handlers().end()) return handler->second(context, tree);
  if (changes_no_schema(tree.text())) return;
  std::string entry;
  if (context.statement && !context.statement->source->toc_comment.empty()) {
    if (auto toc = parse_toc_comment(context.statement->source->toc_comment)) entry = fmt::format(" (pg_dump entry {} {})", toc->type, toc->name);
  }
  context.warn(fmt::format("statement {}{} is not modeled yet; it is kept but not compared", tree.text(), entry));
  keep_other_object(context, tree);
}

Interpreter::Interpreter(Catalog& catalog, Diagnostics& diagnostics, bool strict, const KnownGround* known)
    : context_(catalog, diagnostics) {
  context_.strict = strict;
  context_.known = known;
  if (strict) context_.session_role = "postgres";
}

void Interpreter::apply(std::shared_ptr<const ParsedScript> script) {
  apply(script->statements);
  keep_source(std::move(script));
}

void Interpreter::apply(std::span<const ParsedStatement> statements) {
  for (const ParsedStatement& statement : statements) {
    context_.statement = &statement;
    if (!statement.tree) {
      keep_unparsed_object(context_);
      continue;
    }
    context_.followed_unparsed = false;
    apply_statement(context_, *statement.tree);
    if (context_.followed_unparsed) keep_dependent_of_unparsed(context_);
  }
  context_.statement = nullptr;
}

void Interpreter::set_search_path(std::vector<std::string> search_path) { context_.search_path = std::move(search_path); }

void Interpreter::keep_source(std::shared_ptr<const ParsedScript> script) {
  context_.catalog.sources.push_back(std::move(script));
}

Catalog build_catalog(std::shared_ptr<const ParsedScript> script, Diagnostics& diagnostics) {
  Catalog catalog;
  Interpreter(catalog, diagnostics).apply(std::move(script));
  return catalog;
}

}  // namespace pgdrift
