#pragma once

#include <string_view>
#include <vector>

#include "analyzer/model/object_meta.hpp"

namespace pgdrift {

// Whether `role` holds `privilege` on an object, granted to it or to PUBLIC (object_type as
// GRANT names it: "OBJECT_TABLE", "OBJECT_FUNCTION"; the built-in default when no GRANT or
// REVOKE touched the object: PUBLIC may run functions).
bool role_has_privilege(const ObjectMeta& meta, std::string_view object_type, std::string_view role,
                        std::string_view privilege);

// Whether the API's roles, anon or authenticated, may read the table or view.
bool api_roles_can_read(const ObjectMeta& meta);

}  // namespace pgdrift

namespace pgdrift {

class SchemaSubject;
struct Routine;

// The SECURITY DEFINER functions of the subject that `role` may call through the API
// (/rest/v1/rpc/name): in a schema it serves, executable by the role (PUBLIC may execute a
// function until EXECUTE is revoked from it). Trigger functions cannot be called so.
std::vector<const Routine*> callable_security_definers(const SchemaSubject& subject,
                                                       std::string_view role);

}  // namespace pgdrift
