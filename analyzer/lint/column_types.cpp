#include "analyzer/lint/column_types.hpp"

#include "analyzer/lint/statement_shapes.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/types/type_name.hpp"

namespace pgdrift {

std::vector<ColumnType> column_types(const StatementContext& statement) {
  std::vector<ColumnType> typed;
  std::vector<DeclaredColumn> columns = declared_columns(statement.tree());
  if (columns.empty()) return typed;
  QualifiedName table = statement.relation(*statement.tree().get("relation"));
  for (const DeclaredColumn& column : columns) {
    std::optional<std::string> serial = serial_base_type(*column.type_name);
    typed.push_back({member_id(table, column.name),
                     serial ? *serial : statement.type(*column.type_name), serial.has_value()});
  }
  return typed;
}

}  // namespace pgdrift
