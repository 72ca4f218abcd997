#include <fmt/format.h>

#include "analyzer/plan/ddl.hpp"
#include "analyzer/plan/sql_text.hpp"

namespace pgdrift {

std::string create_view_sql(const View& view, bool or_replace) {
  std::string text = or_replace ? "CREATE OR REPLACE " : "CREATE ";
  text += view.materialized ? "MATERIALIZED VIEW " : "VIEW ";
  text += sql_name(view.name);
  if (!view.column_names.empty()) text += " (" + sql_names(view.column_names) + ")";
  if (!view.options.empty()) text += fmt::format(" WITH ({})", fmt::join(view.options, ", "));
  text += " AS\n" + sql_statement(view.query);
  if (!view.check_option.empty()) text += fmt::format("\n  WITH {} CHECK OPTION", view.check_option == "local" ? "LOCAL" : "CASCADED");
  if (view.materialized && !view.with_data) text += "\n  WITH NO DATA";
  return text;
}

}  // namespace pgdrift
