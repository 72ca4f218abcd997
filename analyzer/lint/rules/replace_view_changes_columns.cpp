// replace-view-changes-columns (pgdrift's own): CREATE OR REPLACE VIEW may only add output
// columns at the end; PostgreSQL refuses one that drops, renames or reorders the existing
// ones ("cannot drop columns from view", "cannot change name of view column"), and today that
// is found at deploy time. The schema knows the view as it stands before the statement.
#include <fmt/format.h>

#include <optional>

#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

// The name PostgreSQL gives an unnamed select-list expression (FigureColname), or nothing for
// `*`, whose columns depend on the tables.
std::optional<std::string> figured_name(const ast::Node& expression) {
  if (expression.is("ColumnRef")) {
    auto fields = expression.list("fields");
    if (fields.empty() || fields.back().is("A_Star")) return std::nullopt;
    return std::string(fields.back().string_value());
  }
  if (expression.is("FuncCall")) {
    auto names = expression.list("funcname");
    return names.empty() ? std::string("?column?") : std::string(names.back().string_value());
  }
  if (expression.is("TypeCast") && expression.get("arg")) {
    auto inner = figured_name(*expression.get("arg"));
    if (!inner || *inner != "?column?") return inner;
    auto names = expression.get("typeName") ? expression.get("typeName")->list("names")
                                            : std::span<const ast::Node>{};
    return names.empty() ? std::string("?column?") : std::string(names.back().string_value());
  }
  return std::string("?column?");
}

// The output column names of a view's query (explicit column names first), or nothing when
// a `*` makes them depend on the tables.
std::optional<std::vector<std::string>> output_names(
    const ast::Node* query, const std::vector<std::string>& explicit_names) {
  while (query && query->get("larg") && query->list("targetList").empty())
    query = query->get("larg");
  if (!query) return std::nullopt;
  std::vector<std::string> names;
  for (const ast::Node& target : query->list("targetList")) {
    if (!target.str("name").empty()) {
      names.emplace_back(target.str("name"));
      continue;
    }
    auto name = target.get("val") ? figured_name(*target.get("val")) : std::nullopt;
    if (!name) return std::nullopt;
    names.push_back(*name);
  }
  for (std::size_t i = 0; i < names.size() && i < explicit_names.size(); ++i)
    names[i] = explicit_names[i];
  return names;
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

void check(const StatementContext& statement) {
  const ast::Node& tree = statement.tree();
  if (!tree.is("ViewStmt") || !tree.flag("replace") || !tree.get("view")) return;
  QualifiedName name = statement.relation(*tree.get("view"));
  auto existing = statement.catalog().views.find(name);
  if (existing == statement.catalog().views.end() || existing->second.materialized) return;
  auto before = output_names(existing->second.query, existing->second.column_names);
  auto after = output_names(tree.get("query"), names_of(tree.list("aliases")));
  if (!before || !after) return;
  std::size_t kept = 0;
  while (kept < before->size() && kept < after->size() && (*before)[kept] == (*after)[kept]) ++kept;
  if (kept == before->size()) return;  // the old columns first, in order: new ones may follow
  std::string problem = after->size() < before->size() && kept == after->size()
                            ? fmt::format("drops output column {}", (*before)[kept])
                            : fmt::format("has {} where the view has {} (output column {})",
                                          kept < after->size() ? (*after)[kept] : "nothing",
                                          (*before)[kept], kept + 1);
  statement.report(
      fmt::format("CREATE OR REPLACE VIEW {} {}: PostgreSQL refuses it (the existing columns must "
                  "stay first, in order: {})",
                  object_id(name), problem, joined(*before)),
      "DROP VIEW and CREATE VIEW again (and the views that read it), or keep the old columns first",
      {object_id(name)});
}

}  // namespace

LintRule lint_rule_replace_view_changes_columns() {
  return {"replace-view-changes-columns", LintLevel::error,
          "CREATE OR REPLACE VIEW that drops, renames or reorders output columns fails", check};
}

}  // namespace pgdrift
