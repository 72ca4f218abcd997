// Privileges, owners and comments on an extension's objects (extension_member.hpp): GRANT,
// REVOKE, ALTER ... OWNER and COMMENT once the extension exists, never a CREATE or a DROP
// (the extension makes and removes its objects).
#include "analyzer/plan/plan_meta.hpp"
#include "analyzer/plan/plan_nodes.hpp"
#include "analyzer/plan/planners.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

// COMMENT ON / ALTER ... OWNER keyword, and GRANT's, for each kind of member.
std::pair<std::string, std::string> keywords(std::string_view object_type) {
  if (object_type == "OBJECT_PROCEDURE") return {"PROCEDURE", "PROCEDURE"};
  if (object_type == "OBJECT_ROUTINE") return {"ROUTINE", "ROUTINE"};
  if (object_type == "OBJECT_AGGREGATE") return {"AGGREGATE", "FUNCTION"};
  if (object_type == "OBJECT_FUNCTION") return {"FUNCTION", "FUNCTION"};
  if (object_type == "OBJECT_VIEW") return {"VIEW", "TABLE"};
  if (object_type == "OBJECT_MATVIEW") return {"MATERIALIZED VIEW", "TABLE"};
  if (object_type == "OBJECT_FOREIGN_TABLE") return {"FOREIGN TABLE", "TABLE"};
  if (object_type == "OBJECT_SEQUENCE") return {"SEQUENCE", "SEQUENCE"};
  if (object_type == "OBJECT_TYPE") return {"TYPE", "TYPE"};
  if (object_type == "OBJECT_DOMAIN") return {"DOMAIN", "DOMAIN"};
  return {"TABLE", "TABLE"};
}

ObjectRef member_ref(const ExtensionMember& member) {
  auto [keyword, grant_keyword] = keywords(member.object_type);
  return {keyword, member.name, keyword, grant_keyword, member.name, "", member.object_type, member.schema};
}

}  // namespace

void plan_extension_members(PlanContext& context) {
  const ObjectMeta as_made;
  for (const auto& [key, member] : context.new_catalog.extension_members) {
    if (!context.change("extension_member", member.name)) continue;
    auto old_member = context.old_catalog.extension_members.find(key);
    const ObjectMeta& old_meta = old_member == context.old_catalog.extension_members.end() ? as_made : old_member->second.meta;
    plan_meta(context, graph_node("extension", quote_identifier(member.extension)), member_ref(member), &old_meta, member.meta);
  }
  // What only OLD says of a member goes back to what its extension gave it, if it stays.
  for (const auto& [key, member] : context.old_catalog.extension_members) {
    if (context.new_catalog.extension_members.contains(key) || !context.new_catalog.extensions.contains(member.extension)) continue;
    if (!context.change("extension_member", member.name)) continue;
    plan_meta(context, graph_node("extension", quote_identifier(member.extension)), member_ref(member), &member.meta, as_made);
  }
}

}  // namespace pgdrift
