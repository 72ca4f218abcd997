#pragma once

#include <string>
#include <vector>

#include "analyzer/lint/statement_context.hpp"

namespace pgdrift {

// A column whose type a statement writes (CREATE TABLE, ADD COLUMN, ALTER COLUMN TYPE), by
// its id (public.t.c) and its canonical type. A serial column has its base type
// ("integer" for serial), since that is what the table stores.
struct ColumnType {
  std::string id;
  std::string type;
  bool serial = false;
};
std::vector<ColumnType> column_types(const StatementContext& statement);

}  // namespace pgdrift
