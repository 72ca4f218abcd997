#include "analyzer/lint/created_later.hpp"

#include <set>

#include "analyzer/lint/statement_shapes.hpp"

namespace pgdrift {
namespace {

// The tables (with their columns) and views a script creates, renames into being or adds
// columns to, by the names it writes (unqualified ones in `schema`).
void add_created(const ParsedScript& script, const std::string& schema, Catalog& out) {
  auto name_of = [&](const ast::Node& range_var) {
    std::string_view written = range_var.str("schemaname");
    return QualifiedName{written.empty() ? schema : std::string(written),
                         std::string(range_var.str("relname"))};
  };
  auto add_column = [&](const QualifiedName& table, std::string_view column) {
    Table& created = out.tables[table];
    created.name = table;
    Column added;
    added.name = std::string(column);
    created.columns.push_back(std::move(added));
  };
  for (const ParsedStatement& statement : script.statements) {
    const ast::Node* tree = statement.tree;
    const ast::Node* relation = tree ? tree->get("relation") : nullptr;
    if (!tree) continue;
    if (tree->is("CreateStmt") && relation) {
      out.tables[name_of(*relation)].name = name_of(*relation);
      for (const ast::Node& element : tree->list("tableElts")) {
        if (element.is("ColumnDef")) add_column(name_of(*relation), element.str("colname"));
      }
    } else if (tree->is("ViewStmt") && tree->get("view")) {
      out.views[name_of(*tree->get("view"))];
    } else if (tree->is("CreateTableAsStmt") && tree->get("into") &&
               tree->get("into")->get("rel")) {
      out.views[name_of(*tree->get("into")->get("rel"))];
    } else if (tree->is("AlterTableStmt") && relation) {
      for (const ast::Node* command : alter_table_commands(*tree, "AT_AddColumn")) {
        if (const ast::Node* column = command->get("def"))
          add_column(name_of(*relation), column->str("colname"));
      }
    } else if (tree->is("RenameStmt") && relation && tree->str("renameType") == "OBJECT_COLUMN") {
      add_column(name_of(*relation), tree->str("newname"));
    } else if (tree->is("RenameStmt") && relation) {
      out.tables[{name_of(*relation).schema, std::string(tree->str("newname"))}];
    }
  }
}

}  // namespace

CreatedLater::CreatedLater(const std::vector<std::shared_ptr<ParsedScript>>& scripts,
                           std::string schema) {
  for (const std::shared_ptr<ParsedScript>& script : scripts)
    add_created(*script, schema, created_.emplace_back());
  for (std::size_t i = 1; i < created_.size(); ++i) count(created_[i], +1);
}

void CreatedLater::pass(std::size_t index) {
  for (; next_ <= index && next_ < created_.size(); ++next_) count(created_[next_], -1);
}

void CreatedLater::count(const Catalog& created, int step) {
  for (const auto& [name, table] : created.tables) {
    if ((tables_[name] += step) == step) catalog_.tables[name].name = name;
    std::set<std::string> counted;
    for (const Column& column : table.columns) {
      if (!counted.insert(column.name).second) continue;
      int now = (columns_[{name, column.name}] += step);
      std::vector<Column>& columns = catalog_.tables[name].columns;
      if (now == 1 && step > 0) columns.push_back(column);
      if (now == 0) std::erase_if(columns, [&](const Column& c) { return c.name == column.name; });
    }
    if (tables_[name] == 0) catalog_.tables.erase(name);
  }
  for (const auto& [name, view] : created.views) {
    if ((views_[name] += step) == step) catalog_.views[name];
    if (views_[name] == 0) catalog_.views.erase(name);
  }
}

}  // namespace pgdrift
