#include "analyzer/lint/api_access.hpp"

#include <algorithm>

#include "analyzer/interpret/acl_changes.hpp"
#include "analyzer/lint/schema_subject.hpp"

namespace pgdrift {

bool role_has_privilege(const ObjectMeta& meta, std::string_view object_type, std::string_view role,
                        std::string_view privilege) {
  AclEntries entries = effective_acl(meta, object_type);
  return std::any_of(entries.begin(), entries.end(), [&](const AclEntry& entry) {
    return (entry.grantee == role || entry.grantee == "PUBLIC") && entry.privilege == privilege;
  });
}

bool api_roles_can_read(const ObjectMeta& meta) {
  return role_has_privilege(meta, "OBJECT_TABLE", "anon", "SELECT") ||
         role_has_privilege(meta, "OBJECT_TABLE", "authenticated", "SELECT");
}

}  // namespace pgdrift

namespace pgdrift {

std::vector<const Routine*> callable_security_definers(const SchemaSubject& subject,
                                                       std::string_view role) {
  std::vector<const Routine*> callable;
  if (!subject.options().api_roles || !subject.exposed()) return callable;
  for (const Routine* routine : subject.routines()) {
    if (routine->kind != RoutineKind::function || !routine->security_definer) continue;
    if (routine->return_type == "trigger" || routine->return_type == "event_trigger") continue;
    if (role_has_privilege(routine->meta, "OBJECT_FUNCTION", role, "EXECUTE"))
      callable.push_back(routine);
  }
  return callable;
}

}  // namespace pgdrift
