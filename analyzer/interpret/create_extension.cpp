#include <fmt/format.h>

#include "analyzer/interpret/def_elem.hpp"
#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/extension_schema.hpp"
#include "analyzer/interpret/handlers.hpp"

namespace pgdrift {

void create_extension(Context& context, const ast::Node& statement) {
  std::string name(statement.str("extname"));
  if (context.catalog.extensions.contains(name)) {
    if (!statement.flag("if_not_exists"))
      context.error(fmt::format(error_form::extension_exists, name), {"duplicate_object", {name}});
    return;
  }
  Extension& extension = context.catalog.extensions[name];
  extension.name = name;
  extension.meta.defined_at = context.here();
  extension.builtin = name == "plpgsql";
  for (const ast::Node& option : statement.list("options")) {
    std::string_view option_name = option.str("defname");
    if (option_name == "schema") extension.schema = def_elem_value(option.get("arg"));
    if (option_name == "new_version") extension.version = def_elem_value(option.get("arg"));
  }
  if (extension.schema.empty()) extension.schema = std::string(fixed_extension_schema(name));
  if (extension.schema.empty()) extension.schema = context.creation_schema();  // as PostgreSQL chooses it
  context.adopt_extension_objects(name);
}

}  // namespace pgdrift
