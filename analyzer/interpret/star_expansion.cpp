#include "analyzer/interpret/star_expansion.hpp"

#include "analyzer/normalize/expression_normalizer.hpp"

namespace pgdrift {
namespace {

struct FromRelation {
  std::string qualifier;  // alias, or the relation's name
  std::vector<std::string> columns;
};

}  // namespace

std::vector<std::string> relation_columns(const Context& context, const ast::Node& range_var) {
  QualifiedName name = context.resolve_relation(range_var);
  std::vector<std::string> columns;
  if (auto table = context.catalog.tables.find(name); table != context.catalog.tables.end()) {
    for (const Column& column : table->second.columns) columns.push_back(column.name);
  } else if (auto view = context.catalog.views.find(name); view != context.catalog.views.end() && view->second.query) {
    const ast::Node* query = view->second.query;
    while (query->get("larg") && query->list("targetList").empty()) query = query->get("larg");
    for (const ast::Node& target : query->list("targetList")) {
      std::string_view label = target.str("name");
      const ast::Node* value = target.get("val");
      columns.push_back(!label.empty() ? std::string(label) : value ? figure_column_name(*value) : "?column?");
    }
    for (std::size_t i = 0; i < columns.size() && i < view->second.column_names.size(); ++i) columns[i] = view->second.column_names[i];
  }
  return columns;
}

namespace {

void collect_relations(Context& context, const ast::Node& item, std::vector<FromRelation>& out, bool& complete) {
  if (item.is("RangeVar")) {
    const ast::Node* alias = item.get("alias");
    FromRelation relation{alias ? std::string(alias->str("aliasname")) : std::string(item.str("relname")),
                          relation_columns(context, item)};
    if (relation.columns.empty()) complete = false;
    out.push_back(std::move(relation));
  } else if (item.is("JoinExpr") && !item.get("alias") && item.list("usingClause").empty() && !item.flag("isNatural")) {
    if (const ast::Node* left = item.get("larg")) collect_relations(context, *left, out, complete);
    if (const ast::Node* right = item.get("rarg")) collect_relations(context, *right, out, complete);
  } else {
    complete = false;  // subqueries, functions, USING joins: left as written
  }
}

ast::Node column_ref(ast::Arena& arena, const std::string& qualifier, const std::string& column) {
  auto string_node = [&](const std::string& text) { return ast::make_object(arena, "String", {{"sval", ast::make_string(arena, text)}}); };
  return ast::make_object(arena, "ColumnRef", {{"fields", ast::make_list(arena, {string_node(qualifier), string_node(column)})}});
}

bool is_star(const ast::Node& target, std::string* qualifier) {
  const ast::Node* value = target.get("val");
  if (!value || !value->is("ColumnRef")) return false;
  auto fields = value->list("fields");
  if (fields.empty() || !fields.back().is("A_Star")) return false;
  if (fields.size() == 2) *qualifier = std::string(fields[0].string_value());
  return fields.size() <= 2;
}

}  // namespace

Expr expand_select_stars(Context& context, Expr query) {
  if (!query || !query->is("SelectStmt")) return query;
  std::vector<FromRelation> relations;
  bool complete = true;
  for (const ast::Node& item : query->list("fromClause")) collect_relations(context, item, relations, complete);
  ast::Arena& arena = context.catalog.tree_arena();
  std::vector<ast::Node> targets;
  bool expanded = false;
  for (const ast::Node& target : query->list("targetList")) {
    std::string qualifier;
    if (!complete || !is_star(target, &qualifier)) {
      targets.push_back(target);
      continue;
    }
    for (const FromRelation& relation : relations) {
      if (!qualifier.empty() && relation.qualifier != qualifier) continue;
      for (const std::string& column : relation.columns) {
        targets.push_back(ast::make_object(arena, "ResTarget", {{"val", column_ref(arena, relation.qualifier, column)}}));
      }
    }
    expanded = true;
  }
  if (!expanded) return query;
  std::vector<ast::Field> fields;
  for (const ast::Field& field : query->fields()) {
    fields.push_back({field.name_id(), field.name() == "targetList" ? ast::make_list(arena, targets) : field.value});
  }
  return arena.make(ast::make_object(arena, "SelectStmt", fields));
}

}  // namespace pgdrift
