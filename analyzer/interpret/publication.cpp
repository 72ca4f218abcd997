#include <fmt/format.h>

#include <algorithm>

#include "analyzer/interpret/def_elem.hpp"
#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/table_elements.hpp"

namespace pgdrift {
namespace {

void add_objects(Context& context, Publication& publication, std::span<const ast::Node> objects) {
  for (const ast::Node& object : objects) {
    std::string_view type = object.str("pubobjtype");
    if (type == "PUBLICATIONOBJ_TABLE") {
      const ast::Node* table = object.get("pubtable");
      const ast::Node* relation = table ? table->get("relation") : nullptr;
      if (!relation) continue;
      PublishedTable published;
      published.table = context.resolve_relation(*relation);
      published.columns = string_list(table->list("columns"));
      published.where = context.keep(table->get("whereClause"));
      std::erase_if(publication.tables, [&](const PublishedTable& t) { return t.table == published.table; });
      publication.tables.push_back(std::move(published));
    } else if (type == "PUBLICATIONOBJ_TABLES_IN_SCHEMA") {
      publication.schemas.emplace_back(object.str("name"));
    } else if (type == "PUBLICATIONOBJ_TABLES_IN_CUR_SCHEMA") {
      publication.schemas.push_back(context.creation_schema());
    }
  }
  std::sort(publication.tables.begin(), publication.tables.end(),
            [](const PublishedTable& a, const PublishedTable& b) { return a.table < b.table; });
  std::sort(publication.schemas.begin(), publication.schemas.end());
}

}  // namespace

void create_publication(Context& context, const ast::Node& statement) {
  Publication publication;
  publication.name = std::string(statement.str("pubname"));
  publication.all_tables = statement.flag("for_all_tables");
  publication.options = option_strings(statement.list("options"));
  publication.meta.defined_at = context.here();
  add_objects(context, publication, statement.list("pubobjects"));
  if (context.catalog.publications.contains(publication.name)) {
    context.error(fmt::format(error_form::publication_exists, publication.name),
                  {"duplicate_object", {publication.name}});
    return;
  }
  std::string name = publication.name;
  context.catalog.publications[name] = std::move(publication);
}

void alter_publication(Context& context, const ast::Node& statement) {
  context.adopt_publication(std::string(statement.str("pubname")));
  auto found = context.catalog.publications.find(std::string(statement.str("pubname")));
  if (found == context.catalog.publications.end()) {
    context.error(fmt::format(error_form::publication_missing, statement.str("pubname")),
                  {"undefined_object", {std::string(statement.str("pubname"))}});
    return;
  }
  Publication& publication = found->second;
  std::string_view action = statement.str("action");
  if (!statement.list("options").empty()) publication.options = option_strings(statement.list("options"));
  if (action == "AP_SetObjects") {
    publication.tables.clear();
    publication.schemas.clear();
  }
  if (action == "AP_DropObjects") {
    for (const ast::Node& object : statement.list("pubobjects")) {
      const ast::Node* table = object.get("pubtable");
      const ast::Node* relation = table ? table->get("relation") : nullptr;
      if (relation) {
        QualifiedName name = context.resolve_relation(*relation);
        std::erase_if(publication.tables, [&](const PublishedTable& t) { return t.table == name; });
      } else {
        std::string schema(object.str("name"));
        std::erase(publication.schemas, schema);
      }
    }
    return;
  }
  add_objects(context, publication, statement.list("pubobjects"));
}

}  // namespace pgdrift
