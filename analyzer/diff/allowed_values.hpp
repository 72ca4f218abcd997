#pragma once

#include <optional>
#include <string>
#include <vector>

#include "parser/ast.hpp"

namespace pgdrift {

// A CHECK that restricts one column to a list of constants (col IN (...), col = ANY (ARRAY[...]),
// col = 'a' OR col = 'b'), read from its canonical form: the column and the values.
struct AllowedValues {
  std::string column;
  std::vector<std::string> values;
};

std::optional<AllowedValues> allowed_values(const ast::Node* canonical_check);

}  // namespace pgdrift
