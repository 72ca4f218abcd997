#include "analyzer/migrations/ledger.hpp"

#include <sstream>

#include "analyzer/migrations/pg_text_values.hpp"

namespace pgdrift {
namespace {

// Where each column of interest is among the values of a row; -1 when the row has none.
struct ColumnPositions {
  int version = -1;
  int name = -1;
  int statements = -1;
};

// The columns the statement lists, or, for an INSERT that lists none (pg_dump --inserts),
// the table's own columns in the dump.
std::vector<std::string> row_columns(const ast::Node& statement, const Catalog& dump) {
  std::vector<std::string> columns;
  for (const ast::Node& item : statement.list(statement.is("CopyStmt") ? "attlist" : "cols")) {
    columns.emplace_back(item.is("ResTarget") ? item.str("name") : item.string_value());
  }
  if (!columns.empty()) return columns;
  const ast::Node* relation = statement.get("relation");
  QualifiedName table{std::string(relation->str("schemaname")),
                      std::string(relation->str("relname"))};
  if (table.schema.empty()) table.schema = "public";
  auto found = dump.tables.find(table);
  if (found == dump.tables.end()) return columns;
  for (const Column& column : found->second.columns) columns.push_back(column.name);
  return columns;
}

ColumnPositions column_positions(const HistoryRows& rows, const Catalog& dump) {
  ColumnPositions positions;
  std::vector<std::string> columns = row_columns(*rows.statement, dump);
  for (std::size_t i = 0; i < columns.size(); ++i) {
    int index = static_cast<int>(i);
    if (columns[i] == rows.version_column)
      positions.version = index;
    else if (columns[i] == "name" || columns[i] == "description")
      positions.name = index;
    else if (columns[i] == "statements")
      positions.statements = index;
  }
  return positions;
}

std::vector<std::string> non_null(std::vector<std::optional<std::string>> elements) {
  std::vector<std::string> out;
  for (auto& element : elements) {
    if (element) out.push_back(std::move(*element));
  }
  return out;
}

std::optional<std::vector<std::string>> statements_of(const std::optional<std::string>& literal) {
  if (!literal) return std::nullopt;
  auto elements = parse_array_literal(*literal);
  if (!elements) return std::nullopt;
  return non_null(std::move(*elements));
}

void read_copy_rows(std::string_view data, const ColumnPositions& at, std::vector<LedgerRow>& out) {
  std::istringstream rows{std::string(data)};
  std::string row;
  while (std::getline(rows, row)) {
    std::vector<std::optional<std::string>> fields;
    std::istringstream cells(row);
    for (std::string cell; std::getline(cells, cell, '\t');)
      fields.push_back(decode_copy_field(cell));
    auto field = [&](int i) {
      return i >= 0 && static_cast<std::size_t>(i) < fields.size()
                 ? fields[static_cast<std::size_t>(i)]
                 : std::nullopt;
    };
    std::optional<std::string> version = field(at.version);
    if (!version) continue;
    out.push_back({*version, field(at.name).value_or(""), statements_of(field(at.statements))});
  }
}

// A constant's text ('x', 42, '{a,b}'::text[]); nothing for NULL or anything else.
std::optional<std::string> constant_text(const ast::Node& value) {
  if (value.is("TypeCast"))
    return value.get("arg") ? constant_text(*value.get("arg")) : std::nullopt;
  if (!value.is("A_Const")) return std::nullopt;
  if (const ast::Node* text = value.get("sval")) return std::string(text->str("sval"));
  if (const ast::Node* number = value.get("ival"))
    return std::to_string(number->integer_or("ival", 0));
  return std::nullopt;
}

// ARRAY['a', 'b'] or '{a,b}', either maybe cast to text[].
std::optional<std::vector<std::string>> array_value(const ast::Node& value) {
  if (value.is("TypeCast")) return value.get("arg") ? array_value(*value.get("arg")) : std::nullopt;
  if (!value.is("A_ArrayExpr")) return statements_of(constant_text(value));
  std::vector<std::string> elements;
  for (const ast::Node& element : value.list("elements")) {
    if (auto text = constant_text(element)) elements.push_back(std::move(*text));
  }
  return elements;
}

void read_insert_rows(const ast::Node& insert, const ColumnPositions& at,
                      std::vector<LedgerRow>& out) {
  const ast::Node* select = insert.get("selectStmt");
  if (!select) return;
  for (const ast::Node& row : select->list("valuesLists")) {
    auto values = row.elements();
    auto value = [&](int i) {
      return i >= 0 && static_cast<std::size_t>(i) < values.size()
                 ? &values[static_cast<std::size_t>(i)]
                 : nullptr;
    };
    const ast::Node* version = value(at.version);
    std::optional<std::string> version_text = version ? constant_text(*version) : std::nullopt;
    if (!version_text) continue;
    LedgerRow entry{*version_text, "", std::nullopt};
    if (const ast::Node* name = value(at.name)) entry.name = constant_text(*name).value_or("");
    if (const ast::Node* statements = value(at.statements))
      entry.statements = array_value(*statements);
    out.push_back(std::move(entry));
  }
}

}  // namespace

std::optional<std::vector<LedgerRow>> ledger_rows(const Catalog& dump) {
  if (dump.history_rows.empty()) return std::nullopt;
  std::vector<LedgerRow> rows;
  for (const HistoryRows& history : dump.history_rows) {
    ColumnPositions positions = column_positions(history, dump);
    if (history.statement->is("CopyStmt"))
      read_copy_rows(history.copy_data, positions, rows);
    else
      read_insert_rows(*history.statement, positions, rows);
  }
  return rows;
}

std::optional<std::set<std::string>> recorded_migrations(const Catalog& dump) {
  auto rows = ledger_rows(dump);
  if (!rows) return std::nullopt;
  std::set<std::string> versions;
  for (const LedgerRow& row : *rows) versions.insert(row.version);
  return versions;
}

}  // namespace pgdrift
