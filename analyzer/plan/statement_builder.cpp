#include "analyzer/plan/statement_builder.hpp"

#include "analyzer/plan/sql_text.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

ast::Node boolean(bool value) { return ast::Node::boolean_node(value); }

ast::Node range_var(ast::Arena& arena, const QualifiedName& name, bool inherited = true) {
  return ast::make_object(arena, "RangeVar",
                          {{"schemaname", ast::make_string(arena, name.schema)},
                           {"relname", ast::make_string(arena, name.name)},
                           {"inh", boolean(inherited)},
                           {"relpersistence", ast::make_string(arena, "p")}});
}

ast::Node alter_table(ast::Arena& arena, const QualifiedName& table, ast::Node command) {
  return ast::make_object(arena, "AlterTableStmt",
                          {{"relation", range_var(arena, table)},
                           {"cmds", ast::make_list(arena, {command})},
                           {"objtype", ast::make_string(arena, "OBJECT_TABLE")}});
}

// The text of `statement` from `keyword` on: the clause of interest.
std::string from_keyword(const std::string& statement, std::string_view keyword) {
  std::size_t at = statement.find(keyword);
  if (at == std::string::npos) throw UnwritableSql(std::string("no ") + std::string(keyword) + " clause in " + statement);
  return statement.substr(at);
}

}  // namespace

std::string partition_by_clause(Expr partition_spec) {
  if (!partition_spec) throw UnwritableSql("a partitioned table without its key");
  ast::Arena arena;
  ast::Node statement = ast::make_object(arena, "CreateStmt",
                                         {{"relation", range_var(arena, {"s", "t"})}, {"partspec", *partition_spec},
                                          {"oncommit", ast::make_string(arena, "ONCOMMIT_NOOP")}});
  return from_keyword(sql_statement(&statement), "PARTITION BY");
}

std::string attach_partition_statement(const QualifiedName& parent, const QualifiedName& partition, Expr bound) {
  if (!bound) throw UnwritableSql("a partition without its bound");
  ast::Arena arena;
  ast::Node command = ast::make_object(
      arena, "PartitionCmd", {{"name", range_var(arena, partition)}, {"bound", *bound}, {"concurrent", boolean(false)}});
  ast::Node alter = ast::make_object(arena, "AlterTableCmd",
                                     {{"subtype", ast::make_string(arena, "AT_AttachPartition")}, {"def", command},
                                      {"behavior", ast::make_string(arena, "DROP_RESTRICT")}});
  ast::Node statement = alter_table(arena, parent, alter);
  return sql_statement(&statement);
}

std::string exclusion_definition(Expr constraint) {
  if (!constraint) throw UnwritableSql("an exclusion constraint without its definition");
  ast::Arena arena;
  ast::Node alter = ast::make_object(arena, "AlterTableCmd",
                                     {{"subtype", ast::make_string(arena, "AT_AddConstraint")}, {"def", *constraint},
                                      {"behavior", ast::make_string(arena, "DROP_RESTRICT")}});
  ast::Node statement = alter_table(arena, {"s", "t"}, alter);
  return from_keyword(sql_statement(&statement), "EXCLUDE");
}

// libpg_query's deparser writes index and trigger names unquoted: the statement is written
// with a plain placeholder, which is then replaced by the name quoted as SQL needs.
std::string statement_with_names(const ast::Node& statement, std::string_view name_field, const std::string& name,
                                 const QualifiedName& relation) {
  static constexpr std::string_view kPlaceholder = "pgdrift_object_name_placeholder";
  ast::Arena arena;
  std::vector<ast::Field> fields;
  for (const ast::Field& field : statement.fields()) {
    if (field.name() == name_field) fields.push_back({field.name_id(), ast::make_string(arena, kPlaceholder)});
    else if (field.name() == "relation") fields.push_back({field.name_id(), range_var(arena, relation, field.value.flag("inh"))});
    else if (field.name() != "concurrent" && field.name() != "if_not_exists" && field.name() != "replace") fields.push_back(field);
  }
  if (!statement.get(name_field)) fields.push_back({name_field, ast::make_string(arena, kPlaceholder)});
  ast::Node renamed = ast::make_object(arena, statement.text(), fields);
  std::string text = sql_statement(&renamed);
  std::size_t at = text.find(kPlaceholder);
  if (at == std::string::npos) throw UnwritableSql("a statement without its object's name: " + text);
  return text.replace(at, kPlaceholder.size(), quote_identifier(name));
}

}  // namespace pgdrift
