#include "analyzer/diff/view_columns.hpp"

namespace pgdrift {

std::vector<OutputColumn> output_columns(const View& view, const ast::Node* query) {
  std::vector<OutputColumn> columns;
  // A UNION's columns are named by its first branch.
  while (query && query->get("larg") && query->list("targetList").empty()) query = query->get("larg");
  if (!query) return columns;
  for (const ast::Node& target : query->list("targetList")) {
    columns.push_back({std::string(target.str("name")), target.get("val")});
  }
  for (std::size_t i = 0; i < columns.size() && i < view.column_names.size(); ++i) columns[i].name = view.column_names[i];
  return columns;
}

}  // namespace pgdrift
