#pragma once

#include <span>
#include <string>
#include <vector>

#include "analyzer/model/acl.hpp"
#include "analyzer/model/object_meta.hpp"
#include "parser/ast.hpp"

namespace pgdrift {

// A RoleSpec node as a role name ("PUBLIC", "CURRENT_USER", or the role).
std::string role_name(const ast::Node* role_spec);

// The roles of a policy's TO list, sorted; "public" for PUBLIC, and when the list is empty.
std::vector<std::string> policy_roles(std::span<const ast::Node> role_specs);

// Every privilege an object of this kind can be granted: what ALL means for it.
std::vector<std::string> all_privileges(std::string_view object_type);

// The privileges a GRANT names; ALL expands to every privilege the object kind has.
std::vector<std::string> granted_privileges(const ast::Node& grant, std::string_view object_type);

// PostgreSQL's built-in privileges for a new object of this kind (owner: all; PUBLIC:
// EXECUTE on functions, USAGE on types and languages).
AclEntries default_acl(std::string_view object_type);

// The privileges an object has: its explicit ACL, or the built-in default; entries of the
// owner named in `meta` are written as Acl::kOwner, so ACLs of different owners compare.
AclEntries effective_acl(const ObjectMeta& meta, std::string_view object_type);

// Applies a GRANT (or REVOKE when `is_grant` is false) to an ACL.
void apply_grant(Acl& acl, std::string_view object_type, const std::vector<std::string>& privileges,
                 const std::vector<std::string>& grantees, bool is_grant, bool grant_option);

}  // namespace pgdrift
