#include "analyzer/migrations/ledger.hpp"

#include <sstream>

namespace pgdrift {
namespace {

int column_index(const ast::Node& statement, const std::string& column, std::string_view list_field) {
  int index = 0;
  for (const ast::Node& item : statement.list(list_field)) {
    std::string_view name = item.is("ResTarget") ? item.str("name") : item.string_value();
    if (name == column) return index;
    ++index;
  }
  return -1;
}

void read_copy_rows(std::string_view data, int column, std::set<std::string>& versions) {
  std::istringstream rows{std::string(data)};
  std::string row;
  while (std::getline(rows, row)) {
    std::istringstream fields(row);
    std::string field;
    for (int i = 0; std::getline(fields, field, '\t'); ++i) {
      if (i == column && field != "\\N") versions.insert(field);
    }
  }
}

void read_insert_rows(const ast::Node& insert, int column, std::set<std::string>& versions) {
  const ast::Node* select = insert.get("selectStmt");
  if (!select) return;
  for (const ast::Node& row : select->list("valuesLists")) {
    auto values = row.elements();
    if (column < 0 || static_cast<std::size_t>(column) >= values.size()) continue;
    const ast::Node& value = values[static_cast<std::size_t>(column)];
    if (const ast::Node* text = value.get("sval")) versions.emplace(text->str("sval"));
    else if (const ast::Node* number = value.get("ival")) versions.insert(std::to_string(number->integer_or("ival", 0)));
  }
}

}  // namespace

std::optional<std::set<std::string>> recorded_migrations(const Catalog& dump) {
  if (dump.history_rows.empty()) return std::nullopt;
  std::set<std::string> versions;
  for (const HistoryRows& rows : dump.history_rows) {
    const ast::Node& statement = *rows.statement;
    if (statement.is("CopyStmt")) {
      read_copy_rows(rows.copy_data, column_index(statement, rows.version_column, "attlist"), versions);
    } else {
      read_insert_rows(statement, column_index(statement, rows.version_column, "cols"), versions);
    }
  }
  return versions;
}

}  // namespace pgdrift
