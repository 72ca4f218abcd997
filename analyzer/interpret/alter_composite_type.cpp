#include <fmt/format.h>

#include <vector>

#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/object_lookup.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {
namespace {

// PostgreSQL keeps a composite type's attributes in pg_attribute, and says so in its messages.
std::string missing_attribute(std::string_view name, const UserType& type) {
  return fmt::format(error_form::column_missing, name, object_id(type.name));
}

// The attribute's type and collation, as a ColumnDef writes them; without COLLATE, the
// type's default collation (none to record).
void set_type(Context& context, CompositeAttribute& attribute, const ast::Node& definition) {
  if (const ast::Node* type_name = definition.get("typeName"))
    attribute.type = context.type(*type_name);
  const ast::Node* collation = definition.get("collClause");
  attribute.collation = collation ? canonical_collation(*collation) : "";
}

void add_attribute(Context& context, UserType& type, const ast::Node& command) {
  const ast::Node* definition = command.get("def");
  if (!definition) return;
  std::string name(definition->str("colname"));
  if (type.find_attribute(name)) {
    context.error(fmt::format(error_form::column_exists, name, object_id(type.name)));
    return;
  }
  CompositeAttribute attribute;
  attribute.name = name;
  set_type(context, attribute, *definition);
  type.attributes.push_back(std::move(attribute));
}

void drop_attribute(Context& context, UserType& type, const ast::Node& command) {
  std::string_view name = command.str("name");
  auto dropped =
      std::erase_if(type.attributes, [&](const CompositeAttribute& a) { return a.name == name; });
  if (dropped == 0 && !command.flag("missing_ok")) context.error(missing_attribute(name, type));
}

void alter_attribute_type(Context& context, UserType& type, const ast::Node& command) {
  std::string_view name = command.str("name");
  CompositeAttribute* attribute = type.find_attribute(name);
  if (!attribute) return context.error(missing_attribute(name, type));
  if (const ast::Node* definition = command.get("def")) set_type(context, *attribute, *definition);
}

}  // namespace

void alter_composite_type(Context& context, const ast::Node& statement) {
  const ast::Node* relation = statement.get("relation");
  if (!relation) return;
  UserType* type = find_composite_type(context, *relation);
  if (!type) {  // PostgreSQL looks a composite type up as a relation, and says so
    context.error(
        fmt::format(error_form::relation_missing, object_id(context.resolve_relation(*relation))));
    return;
  }
  for (const ast::Node& command : statement.list("cmds")) {
    std::string_view subtype = command.str("subtype");
    if (subtype == "AT_AddColumn")
      add_attribute(context, *type, command);
    else if (subtype == "AT_DropColumn")
      drop_attribute(context, *type, command);
    else if (subtype == "AT_AlterColumnType")
      alter_attribute_type(context, *type, command);
    else
      context.warn(fmt::format("ALTER TYPE ... {} is not modeled yet; ignored", subtype.substr(3)));
  }
}

}  // namespace pgdrift
