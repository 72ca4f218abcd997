#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "analyzer/diff/compare.hpp"
#include "analyzer/diff/view_columns.hpp"
#include "analyzer/model/object_id.hpp"
#include "parser/deparser.hpp"

namespace pgdrift {
namespace {

struct Clause {
  const char* field;
  const char* aspect;
  const char* keyword;  // what the deparser writes before it
};

constexpr Clause kClauses[] = {
    {"withClause", "with", "WITH"},          {"distinctClause", "distinct", "DISTINCT"},
    {"fromClause", "from", "FROM"},          {"whereClause", "where", "WHERE"},
    {"groupClause", "group_by", "GROUP BY"}, {"havingClause", "having", "HAVING"},
    {"windowClause", "window", "WINDOW"},    {"sortClause", "order_by", "ORDER BY"},
    {"limitCount", "limit", "LIMIT"},        {"limitOffset", "offset", "OFFSET"},
    {"larg", "union_left", ""},              {"rarg", "union_right", ""},
};

// The SQL of one clause: a SELECT holding only that clause, deparsed, without what precedes it.
std::string clause_text(const ast::Node& query, const char* field, const char* keyword) {
  const ast::Node* value = query.get(field);
  if (!value) return "";
  if (std::string_view(keyword).empty()) {  // a UNION branch: a SelectStmt written without its tag
    ast::Arena arena;
    return deparse_statement(ast::make_object(arena, "SelectStmt", std::vector<ast::Field>(value->fields().begin(), value->fields().end())))
        .value_or("");
  }
  ast::Arena arena;
  std::vector<ast::Field> fields{{std::string_view(field), *value}, {"op", ast::make_string(arena, "SETOP_NONE")}};
  if (std::string_view(field) == "distinctClause" || std::string_view(field) == "limitOffset") {
    fields.push_back({"targetList", ast::make_list(arena, {})});
  }
  auto text = deparse_statement(ast::make_object(arena, "SelectStmt", fields));
  if (!text) return Comparison::show(value);
  std::size_t at = text->find(keyword);
  return at == std::string::npos ? *text : text->substr(at);
}

std::string option_text(const View& view) {
  std::vector<std::string> options = view.options;
  if (!view.check_option.empty()) options.push_back("check_option=" + view.check_option);
  return fmt::format("{}", fmt::join(options, ", "));
}

void compare_output_columns(Comparison& comparison, std::vector<ChangeDetail>& details, const View& a, const View& b) {
  auto old_columns = output_columns(a, comparison.canonical(a.query));
  auto new_columns = output_columns(b, comparison.canonical(b.query));
  ChangeDetail detail;
  detail.aspect = "output_columns";
  auto find = [](const std::vector<OutputColumn>& columns, const std::string& name) {
    return std::find_if(columns.begin(), columns.end(), [&](const OutputColumn& c) { return c.name == name; });
  };
  for (const OutputColumn& column : old_columns) {
    auto other = find(new_columns, column.name);
    if (other == new_columns.end()) detail.removed.push_back(column.name);
    else if (!(column.expression && other->expression && *column.expression == *other->expression)) detail.changed.push_back(column.name);
  }
  for (const OutputColumn& column : new_columns) {
    if (find(old_columns, column.name) == old_columns.end()) detail.added.push_back(column.name);
  }
  detail.old_value = fmt::format("{} columns", old_columns.size());
  detail.new_value = fmt::format("{} columns", new_columns.size());
  if (!detail.added.empty() || !detail.removed.empty() || !detail.changed.empty()) details.push_back(std::move(detail));
}

// The same output columns in another order: SELECT * and INSERT without a column list see
// them differently, and CREATE OR REPLACE VIEW cannot reorder them.
void compare_output_column_order(Comparison& comparison, std::vector<ChangeDetail>& details, const View& a, const View& b) {
  if (comparison.ignored("output_column_order")) return;
  auto names = [](const std::vector<OutputColumn>& columns) {
    std::vector<std::string> list;
    for (const OutputColumn& column : columns) list.push_back(column.name);
    return list;
  };
  std::vector<std::string> old_names = names(output_columns(a, comparison.canonical(a.query)));
  std::vector<std::string> new_names = names(output_columns(b, comparison.canonical(b.query)));
  if (old_names == new_names || !std::is_permutation(old_names.begin(), old_names.end(), new_names.begin(), new_names.end())) return;
  details.push_back({"output_column_order", fmt::format("{}", fmt::join(old_names, ", ")), fmt::format("{}", fmt::join(new_names, ", ")),
                     {}, {}, {}, {}, {}, ""});
}

void compare_clauses(Comparison& comparison, std::vector<ChangeDetail>& details, const View& a, const View& b) {
  const ast::Node* old_query = comparison.canonical(a.query);
  const ast::Node* new_query = comparison.canonical(b.query);
  if (!old_query || !new_query || !a.query || !b.query) return;
  for (const Clause& clause : kClauses) {
    const ast::Node* old_clause = old_query->get(clause.field);
    const ast::Node* new_clause = new_query->get(clause.field);
    if ((!old_clause && !new_clause) || (old_clause && new_clause && *old_clause == *new_clause)) continue;
    std::string aspect = std::string("query.") + clause.aspect;
    if (comparison.ignored(aspect) || comparison.ignored("query")) continue;
    ChangeDetail detail;
    detail.aspect = aspect;
    if (old_clause) detail.old_value = clause_text(*a.query, clause.field, clause.keyword);
    if (new_clause) detail.new_value = clause_text(*b.query, clause.field, clause.keyword);
    details.push_back(std::move(detail));
  }
}

Expr column_default(const View& view, const std::string& column) {
  auto found = view.column_defaults.find(column);
  return found == view.column_defaults.end() ? nullptr : found->second;
}

// A materialized view's statistics targets (ALTER COLUMN ... SET STATISTICS), column by column.
void compare_column_statistics(Comparison& comparison, std::vector<ChangeDetail>& details,
                               const View& a, const View& b) {
  if (comparison.ignored("statistics")) return;
  std::map<std::string, int> columns = a.column_statistics;
  columns.insert(b.column_statistics.begin(), b.column_statistics.end());
  auto target = [](const View& view, const std::string& column) {
    auto found = view.column_statistics.find(column);
    return found == view.column_statistics.end() ? std::string() : std::to_string(found->second);
  };
  for (const auto& [column, ignored] : columns) {
    comparison.compare_value(details, "column " + column + ": statistics", target(a, column),
                             target(b, column));
  }
}

void compare_view(Comparison& comparison, const View& a, const View& b) {
  std::vector<ChangeDetail> details;
  std::string kind = a.materialized ? "materialized_view" : "view";
  if (a.materialized != b.materialized) {
    comparison.removed(kind, object_id(a.name));
    comparison.added(b.materialized ? "materialized_view" : "view", object_id(b.name));
    return;
  }
  bool same_query = a.query && b.query && *a.query == *b.query && a.column_names == b.column_names;
  if (!same_query) {
    if (!comparison.ignored("query")) {
      compare_output_columns(comparison, details, a, b);
      compare_output_column_order(comparison, details, a, b);
    }
    compare_clauses(comparison, details, a, b);
  }
  comparison.compare_value(details, "options", option_text(a), option_text(b));
  if (a.materialized) comparison.compare_flag(details, "with_data", a.with_data, b.with_data);
  comparison.compare_meta(details, a.meta, b.meta, "OBJECT_VIEW");
  std::map<std::string, ObjectMeta> columns = a.column_meta;
  for (const auto& [column, meta] : b.column_meta) columns.try_emplace(column);
  for (const auto& [column, value] : a.column_defaults) columns.try_emplace(column);
  for (const auto& [column, value] : b.column_defaults) columns.try_emplace(column);
  for (const auto& [column, meta] : columns) {
    auto other = b.column_meta.find(column);
    std::vector<ChangeDetail> column_details;
    comparison.compare_expression(column_details, "default", column_default(a, column),
                                  column_default(b, column));
    comparison.compare_meta(column_details, meta, other == b.column_meta.end() ? ObjectMeta{} : other->second, "OBJECT_COLUMN");
    for (ChangeDetail& detail : column_details) {
      detail.aspect = "column " + column + ": " + detail.aspect;
      details.push_back(std::move(detail));
    }
  }
  compare_column_statistics(comparison, details, a, b);
  comparison.changed(kind, object_id(a.name), std::move(details));
}

}  // namespace

void compare_views(Comparison& comparison) {
  compare_maps(
      comparison.old_catalog.views, comparison.new_catalog.views,
      [&](const QualifiedName& name, const View& v) { comparison.removed(v.materialized ? "materialized_view" : "view", object_id(name)); },
      [&](const QualifiedName& name, const View& v) { comparison.added(v.materialized ? "materialized_view" : "view", object_id(name)); },
      [&](const QualifiedName&, const View& a, const View& b) { compare_view(comparison, a, b); });
}

}  // namespace pgdrift
