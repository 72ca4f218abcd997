#include "analyzer/plan/plan_meta.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "analyzer/interpret/acl_changes.hpp"
#include "analyzer/plan/sql_text.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

using Privileges = std::map<std::pair<std::string, bool>, std::vector<std::string>>;  // (grantee, grantable) -> privileges

std::string grantee_sql(const std::string& grantee, const ObjectMeta& meta) {
  if (grantee != Acl::kOwner) return sql_role(grantee);
  return meta.owner.empty() ? "CURRENT_USER" : sql_role(meta.owner.str());
}

std::string target(const ObjectRef& ref) { return ref.grant_keyword + " " + ref.grant_name; }

std::string privilege_list(const std::vector<std::string>& privileges, const ObjectRef& ref) {
  std::string list = fmt::format("{}", fmt::join(privileges, ", "));
  if (ref.column.empty()) return list;
  std::vector<std::string> with_column;
  for (const std::string& privilege : privileges) with_column.push_back(privilege + " (" + quote_identifier(ref.column) + ")");
  return fmt::format("{}", fmt::join(with_column, ", "));
}

std::string default_privilege_kind(std::string_view object_type) {
  if (object_type == "OBJECT_TABLE") return "tables";
  if (object_type == "OBJECT_SEQUENCE") return "sequences";
  if (object_type == "OBJECT_FUNCTION" || object_type == "OBJECT_PROCEDURE") return "functions";
  if (object_type == "OBJECT_TYPE" || object_type == "OBJECT_DOMAIN") return "types";
  if (object_type == "OBJECT_SCHEMA") return "schemas";
  return "";
}

// What a database gives an object the plan creates, before any GRANT: the built-in
// default, which the default privileges in force may change (those OLD and NEW share; new
// ones are set at the end). Whether they apply depends on the role that runs the plan, so
// their entries are only "possible": GRANT what NEW has unless it is certain, REVOKE what
// NEW lacks if it may be there. Both are no-ops when already true.
struct InitialAcl {
  AclEntries certain;   // there whoever runs the plan
  AclEntries possible;  // there if default privileges apply
};

InitialAcl initial_acl(const PlanContext& context, const ObjectRef& ref, const ObjectMeta& meta) {
  InitialAcl acl{default_acl(ref.object_type), default_acl(ref.object_type)};
  std::string kind = default_privilege_kind(ref.object_type);
  const auto& before = context.old_catalog.default_privileges;
  for (const DefaultPrivilege& privilege : context.new_catalog.default_privileges) {
    bool applies = privilege.object_type == kind && (privilege.schema.empty() || privilege.schema == ref.schema);
    if (!applies || std::find(before.begin(), before.end(), privilege) == before.end()) continue;
    AclEntry entry = privilege.entry;
    // FOR ROLE r ... TO r: r creates the object, so owns it.
    if (entry.grantee == meta.owner || entry.grantee == privilege.role) entry.grantee = Acl::kOwner;
    if (privilege.revoked) {
      acl.certain.erase({entry.grantee, entry.privilege, false});
      acl.certain.erase({entry.grantee, entry.privilege, true});
    } else {
      acl.possible.insert(entry);
    }
  }
  return acl;
}

// ALTER ... OWNER TO, planned before the grants, merges the privileges the new owner held
// into the owner's: they are the owner's from then on.
AclEntries after_owner_change(const AclEntries& entries, const ObjectMeta& old_meta, const ObjectMeta& new_meta) {
  if (new_meta.owner.empty() || old_meta.owner.empty() || old_meta.owner == new_meta.owner) return entries;
  AclEntries merged;
  for (AclEntry entry : entries) {
    if (entry.grantee == new_meta.owner) entry.grantee = Acl::kOwner;
    merged.insert(entry);
  }
  return merged;
}

void plan_owner(PlanContext& context, const std::string& node, const ObjectRef& ref, const ObjectMeta* old_meta,
                const ObjectMeta& new_meta) {
  if (ref.owner_keyword.empty() || new_meta.owner.empty()) return;
  if (old_meta && (old_meta->owner == new_meta.owner || old_meta->owner.empty())) return;
  context.add(StepPhase::create, node,
              fmt::format("ALTER {} {} OWNER TO {};", ref.owner_keyword, ref.name, sql_role(new_meta.owner.str())));
}

void plan_comment(PlanContext& context, const std::string& node, const ObjectRef& ref, const ObjectMeta* old_meta,
                  const ObjectMeta& new_meta) {
  if (old_meta ? old_meta->comment == new_meta.comment : !new_meta.comment) return;
  std::string text = new_meta.comment ? quote_literal(new_meta.comment->str()) : "NULL";
  context.add(StepPhase::create, node, fmt::format("COMMENT ON {} {} IS {};", ref.keyword, ref.name, text));
}

void plan_privileges(PlanContext& context, const std::string& node, const ObjectRef& ref, const ObjectMeta* old_meta,
                     const ObjectMeta& new_meta) {
  if (ref.grant_keyword.empty()) return;
  AclEntries after = effective_acl(new_meta, ref.object_type);
  InitialAcl initial = old_meta ? InitialAcl{after_owner_change(effective_acl(*old_meta, ref.object_type), *old_meta, new_meta), {}}
                                 : initial_acl(context, ref, new_meta);
  if (old_meta) initial.possible = initial.certain;
  const AclEntries& before = initial.certain;
  if (initial.possible == after && before == after) return;
  Privileges revokes, grants, revoke_grant_options;
  for (const AclEntry& entry : initial.possible) {
    if (after.contains(entry)) continue;
    if (entry.grantable && after.contains({entry.grantee, entry.privilege, false})) {
      revoke_grant_options[{entry.grantee, true}].push_back(entry.privilege);
    } else {
      revokes[{entry.grantee, false}].push_back(entry.privilege);
    }
  }
  for (const AclEntry& entry : after) {
    if (!before.contains(entry)) grants[{entry.grantee, entry.grantable}].push_back(entry.privilege);
  }
  const ObjectMeta& owner_meta = new_meta;
  for (const auto& [grantee, privileges] : revoke_grant_options) {
    context.add(StepPhase::create, node,
                fmt::format("REVOKE GRANT OPTION FOR {} ON {} FROM {};", privilege_list(privileges, ref), target(ref),
                            grantee_sql(grantee.first, owner_meta)));
  }
  for (const auto& [grantee, privileges] : revokes) {
    context.add(StepPhase::create, node,
                fmt::format("REVOKE {} ON {} FROM {};", privilege_list(privileges, ref), target(ref),
                            grantee_sql(grantee.first, owner_meta)));
  }
  for (const auto& [grantee, privileges] : grants) {
    context.add(StepPhase::create, node,
                fmt::format("GRANT {} ON {} TO {}{};", privilege_list(privileges, ref), target(ref),
                            grantee_sql(grantee.first, owner_meta), grantee.second ? " WITH GRANT OPTION" : ""));
  }
}

}  // namespace

void plan_meta(PlanContext& context, const std::string& node, const ObjectRef& ref, const ObjectMeta* old_meta,
               const ObjectMeta& new_meta) {
  plan_owner(context, node, ref, old_meta, new_meta);
  plan_comment(context, node, ref, old_meta, new_meta);
  plan_privileges(context, node, ref, old_meta, new_meta);
}

}  // namespace pgdrift
