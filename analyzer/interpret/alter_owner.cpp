#include <fmt/format.h>

#include "analyzer/interpret/acl_changes.hpp"
#include "analyzer/interpret/extension_members.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/object_lookup.hpp"

namespace pgdrift {

void alter_owner(Context& context, const ast::Node& statement) {
  const ast::Node* object = statement.get("object");
  if (!object) return;
  std::string_view object_type = statement.str("objectType");
  ObjectMeta* meta = find_object_meta(context, object_type, *object);
  if (!meta) meta = extension_member_meta(context, object_type, *object);
  if (!meta) {
    if (!should_have_found(context, object_type, *object)) return;
    context.warn(fmt::format("ALTER ... OWNER on {} which is not in the schema", object_type.substr(7)));
    return;
  }
  meta->owner = role_name(statement.get("newowner"));
}

}  // namespace pgdrift
