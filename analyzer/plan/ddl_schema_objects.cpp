#include <fmt/format.h>

#include "analyzer/plan/ddl.hpp"
#include "analyzer/plan/sql_text.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
std::string published_table(const PublishedTable& table) {
  std::string text = "TABLE ONLY " + sql_name(table.table);
  if (!table.columns.empty()) text += " (" + sql_names(table.columns) + ")";
  if (table.where) text += fmt::format(" WHERE ({})", sql_expression(table.where));
  return text;
}

std::string create_schema_sql(const Schema& schema) { return "CREATE SCHEMA " + quote_identifier(schema.name); }

std::string create_extension_sql(const Extension& extension) {
  std::string text = "CREATE EXTENSION IF NOT EXISTS " + quote_identifier(extension.name);
  if (!extension.schema.empty()) text += " WITH SCHEMA " + quote_identifier(extension.schema);
  return text;
}

std::string create_publication_sql(const Publication& publication) {
  std::string text = "CREATE PUBLICATION " + quote_identifier(publication.name);
  std::vector<std::string> targets;
  for (const PublishedTable& table : publication.tables) targets.push_back(published_table(table));
  for (const std::string& schema : publication.schemas) targets.push_back("TABLES IN SCHEMA " + quote_identifier(schema));
  if (publication.all_tables) text += " FOR ALL TABLES";
  else if (!targets.empty()) text += fmt::format(" FOR {}", fmt::join(targets, ", "));
  if (!publication.options.empty()) text += fmt::format(" WITH ({})", quoted_options(publication.options, " = "));
  return text;
}

std::string create_event_trigger_sql(const EventTrigger& trigger) {
  std::string text = fmt::format("CREATE EVENT TRIGGER {} ON {}", quote_identifier(trigger.name), quote_identifier(trigger.event));
  if (!trigger.tags.empty()) {
    std::vector<std::string> tags;
    for (const std::string& tag : trigger.tags) tags.push_back(quote_literal(tag));
    text += fmt::format("\n    WHEN TAG IN ({})", fmt::join(tags, ", "));
  }
  return text + fmt::format("\n    EXECUTE FUNCTION {}()", sql_name(trigger.function));
}

}  // namespace pgdrift
