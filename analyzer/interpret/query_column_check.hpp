#pragma once

#include <optional>
#include <string>

#include "analyzer/interpret/context.hpp"

namespace pgdrift {

// A column a query names through its relation's alias (`s.cost`) that the relation lacks:
// PostgreSQL refuses the view ("column s.cost does not exist"). Only what is certain is
// reported: qualified names whose qualifier is a table or view of the catalog in scope;
// CTEs, subqueries, functions and unknown relations are left alone.
struct MissingColumn {
  std::string qualifier;
  std::string column;
  QualifiedName relation;
};

std::optional<MissingColumn> missing_query_column(const Context& context, const ast::Node& query);

}  // namespace pgdrift
