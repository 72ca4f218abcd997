#pragma once

#include <string>
#include <vector>

#include "analyzer/model/view.hpp"

namespace pgdrift {

struct OutputColumn {
  std::string name;
  const ast::Node* expression = nullptr;  // canonical select-list expression
};

// A view's output columns, from its canonical query (names as PostgreSQL gives them,
// or the view's explicit column list).
std::vector<OutputColumn> output_columns(const View& view, const ast::Node* canonical_query);

}  // namespace pgdrift
