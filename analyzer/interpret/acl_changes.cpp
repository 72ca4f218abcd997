#include "analyzer/interpret/acl_changes.hpp"

#include <algorithm>
#include <cctype>

namespace pgdrift {

std::vector<std::string> all_privileges(std::string_view object_type) {
  if (object_type == "OBJECT_TABLE" || object_type == "OBJECT_VIEW" || object_type == "OBJECT_MATVIEW" ||
      object_type == "OBJECT_FOREIGN_TABLE")
    return {"DELETE", "INSERT", "REFERENCES", "SELECT", "TRIGGER", "TRUNCATE", "UPDATE"};
  if (object_type == "OBJECT_COLUMN") return {"INSERT", "REFERENCES", "SELECT", "UPDATE"};
  if (object_type == "OBJECT_SEQUENCE") return {"SELECT", "UPDATE", "USAGE"};
  if (object_type == "OBJECT_FUNCTION" || object_type == "OBJECT_PROCEDURE" || object_type == "OBJECT_ROUTINE")
    return {"EXECUTE"};
  if (object_type == "OBJECT_SCHEMA") return {"CREATE", "USAGE"};
  if (object_type == "OBJECT_DATABASE") return {"CONNECT", "CREATE", "TEMPORARY"};
  if (object_type == "OBJECT_TABLESPACE") return {"CREATE"};
  return {"USAGE"};  // types, domains, languages, foreign data wrappers and servers
}

namespace {

std::string upper(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return out;
}

}  // namespace

std::string role_name(const ast::Node* role_spec) {
  if (!role_spec) return "";
  std::string_view type = role_spec->str("roletype");
  if (type == "ROLESPEC_PUBLIC") return "PUBLIC";
  if (type == "ROLESPEC_CURRENT_USER") return "CURRENT_USER";
  if (type == "ROLESPEC_SESSION_USER") return "SESSION_USER";
  if (type == "ROLESPEC_CURRENT_ROLE") return "CURRENT_ROLE";
  return std::string(role_spec->str("rolename"));
}

std::vector<std::string> policy_roles(std::span<const ast::Node> role_specs) {
  std::vector<std::string> roles;
  for (const ast::Node& role : role_specs) {
    std::string name = role_name(&role);
    roles.push_back(name == "PUBLIC" ? "public" : name);
  }
  if (roles.empty()) roles.push_back("public");
  std::sort(roles.begin(), roles.end());
  return roles;
}

std::vector<std::string> granted_privileges(const ast::Node& grant, std::string_view object_type) {
  auto privileges = grant.list("privileges");
  if (privileges.empty()) return all_privileges(object_type);
  std::vector<std::string> names;
  for (const ast::Node& privilege : privileges) names.push_back(upper(privilege.str("priv_name")));
  return names;
}

AclEntries default_acl(std::string_view object_type) {
  AclEntries entries;
  for (const std::string& privilege : all_privileges(object_type)) entries.insert({Acl::kOwner, privilege, false});
  bool public_executes = object_type == "OBJECT_FUNCTION" || object_type == "OBJECT_PROCEDURE" ||
                         object_type == "OBJECT_ROUTINE";
  bool public_uses = object_type == "OBJECT_TYPE" || object_type == "OBJECT_DOMAIN" ||
                     object_type == "OBJECT_LANGUAGE";
  if (public_executes) entries.insert({"PUBLIC", "EXECUTE", false});
  if (public_uses) entries.insert({"PUBLIC", "USAGE", false});
  if (object_type == "OBJECT_COLUMN") entries.clear();
  return entries;
}

AclEntries effective_acl(const ObjectMeta& meta, std::string_view object_type) {
  AclEntries entries = meta.acl.is_default ? default_acl(object_type) : meta.acl.entries;
  if (meta.owner.empty()) return entries;
  AclEntries resolved;
  for (AclEntry entry : entries) {
    if (entry.grantee == meta.owner) entry.grantee = Acl::kOwner;
    resolved.insert(entry);
  }
  return resolved;
}

void apply_grant(Acl& acl, std::string_view object_type, const std::vector<std::string>& privileges,
                 const std::vector<std::string>& grantees, bool is_grant, bool grant_option) {
  if (acl.is_default) {
    acl.entries = default_acl(object_type);
    acl.is_default = false;
  }
  for (const std::string& grantee : grantees) {
    for (const std::string& privilege : privileges) {
      if (is_grant) {
        acl.entries.erase({grantee, privilege, !grant_option});
        acl.entries.insert({grantee, privilege, grant_option});
      } else if (grant_option) {  // REVOKE GRANT OPTION FOR: the privilege stays
        if (acl.entries.erase({grantee, privilege, true})) acl.entries.insert({grantee, privilege, false});
      } else {
        acl.entries.erase({grantee, privilege, false});
        acl.entries.erase({grantee, privilege, true});
      }
    }
  }
}

}  // namespace pgdrift
