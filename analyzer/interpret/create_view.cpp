#include <fmt/format.h>

#include "analyzer/interpret/def_elem.hpp"
#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/query_column_check.hpp"
#include "analyzer/interpret/star_expansion.hpp"
#include "analyzer/interpret/table_elements.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

std::string check_option(std::string_view option) {
  if (option == "LOCAL_CHECK_OPTION") return "local";
  if (option == "CASCADED_CHECK_OPTION") return "cascaded";
  return "";
}

View* install_view(Context& context, View view, bool replace) {
  QualifiedName name = view.name;
  auto existing = context.catalog.views.find(name);
  if (existing != context.catalog.views.end()) {
    if (!replace) {
      context.error(fmt::format(error_form::relation_exists, object_id(name)),
                    {"duplicate_table", {name.name}});
      return nullptr;
    }
    view.meta.owner = existing->second.meta.owner;  // CREATE OR REPLACE keeps owner, grants and comment
    view.meta.acl = existing->second.meta.acl;
    view.meta.comment = existing->second.meta.comment;
    // and what its columns had: CREATE OR REPLACE never drops a column
    view.column_meta = existing->second.column_meta;
    view.column_defaults = existing->second.column_defaults;
  } else if (context.catalog.relation_exists(name)) {
    context.error(fmt::format(error_form::relation_exists, object_id(name)),
                  {"duplicate_table", {name.name}});
    return nullptr;
  }
  return &(context.catalog.views[name] = std::move(view));
}

// Migrations only: a dump's views were accepted by the server that dumped them.
bool refuses_missing_column(Context& context, const ast::Node* query) {
  if (!context.strict || !query) return false;
  std::optional<MissingColumn> missing = missing_query_column(context, *query);
  if (!missing) return false;
  context.error(fmt::format(error_form::query_column_missing, missing->qualifier, missing->column),
                {"undefined_column", {missing->relation.name, missing->column}});
  return true;
}

}  // namespace

void create_view(Context& context, const ast::Node& statement) {
  const ast::Node* relation = statement.get("view");
  if (!relation) return;
  View view;
  view.name = context.name_for_creation(*relation);
  if (refuses_missing_column(context, statement.get("query"))) return;
  view.query = expand_select_stars(context, context.keep(statement.get("query")));
  view.column_names = string_list(statement.list("aliases"));
  view.check_option = check_option(statement.str("withCheckOption"));
  view.meta = context.new_object_meta("tables", view.name.schema);
  for (std::string& option : reloption_strings(statement.list("options"))) {
    if (option.starts_with("check_option=")) view.check_option = option.substr(13);
    else view.options.push_back(option);
  }
  install_view(context, std::move(view), statement.flag("replace"));
}

void create_table_as(Context& context, const ast::Node& statement) {
  const ast::Node* into = statement.get("into");
  const ast::Node* relation = into ? into->get("rel") : nullptr;
  if (!relation) return;
  if (statement.str("objtype") != "OBJECT_MATVIEW") {
    context.warn("CREATE TABLE ... AS: the new table's columns depend on the query's result types; not modeled yet");
    return;
  }
  View view;
  view.materialized = true;
  view.name = context.name_for_creation(*relation);
  view.query = expand_select_stars(context, context.keep(statement.get("query")));
  view.column_names = string_list(into->list("colNames"));
  view.options = reloption_strings(into->list("options"));
  view.with_data = !into->flag("skipData");
  view.tablespace = std::string(into->str("tableSpaceName"));
  view.meta = context.new_object_meta("tables", view.name.schema);
  if (context.catalog.views.contains(view.name) && statement.flag("if_not_exists")) return;
  install_view(context, std::move(view), false);
}

}  // namespace pgdrift
