#include <fmt/format.h>

#include "analyzer/interpret/extension_members.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/object_lookup.hpp"

namespace pgdrift {

void comment_on(Context& context, const ast::Node& statement) {
  const ast::Node* object = statement.get("object");
  if (!object) return;
  std::string_view object_type = statement.str("objtype");
  ObjectMeta* meta = find_object_meta(context, object_type, *object);
  if (!meta) meta = extension_member_meta(context, object_type, *object);
  if (!meta) {
    if (!should_have_found(context, object_type, *object)) return;
    context.warn(fmt::format("COMMENT ON {} names an object that is not in the schema", object_type.substr(7)));
    return;
  }
  const ast::Node* text = statement.get("comment");
  if (text && text->kind() == ast::Kind::string && !text->text().empty()) {
    meta->comment = std::string(text->text());
  } else {
    meta->comment.reset();  // COMMENT ... IS NULL or IS '' removes it
  }
}

}  // namespace pgdrift
