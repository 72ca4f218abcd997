#include <algorithm>

#include "analyzer/interpret/acl_changes.hpp"
#include "analyzer/interpret/handlers.hpp"

namespace pgdrift {
namespace {

std::string lower_object_type(std::string_view objtype) {
  if (objtype == "OBJECT_TABLE") return "tables";
  if (objtype == "OBJECT_SEQUENCE") return "sequences";
  if (objtype == "OBJECT_FUNCTION" || objtype == "OBJECT_ROUTINE") return "functions";
  if (objtype == "OBJECT_TYPE") return "types";
  if (objtype == "OBJECT_SCHEMA") return "schemas";
  return std::string(objtype);
}

// What every new object has without ALTER DEFAULT PRIVILEGES (the owner's privileges, PUBLIC's
// EXECUTE on functions and USAGE on types): granting it changes nothing, and nor does revoking
// anything else. Defaults for one schema only add to the global ones: nothing is built in there.
bool built_in(const Context& context, const std::string& role, const std::string& schema, std::string_view objtype,
              const std::string& grantee, const std::string& privilege) {
  if (!schema.empty()) return false;
  std::string owner = role.empty() ? context.session_role : role;
  std::string who = !owner.empty() && grantee == owner ? Acl::kOwner : grantee;
  return default_acl(objtype).contains({who, privilege, false});
}

}  // namespace

void alter_default_privileges(Context& context, const ast::Node& statement) {
  std::vector<std::string> roles{""}, schemas{""};
  for (const ast::Node& option : statement.list("options")) {
    std::string_view name = option.str("defname");
    const ast::Node* argument = option.get("arg");
    if (!argument) continue;
    std::vector<std::string>& target = name == "roles" ? roles : schemas;
    target.clear();
    for (const ast::Node& item : argument->elements()) {
      target.push_back(item.is("RoleSpec") ? role_name(&item) : std::string(item.string_value()));
    }
  }
  const ast::Node* action = statement.get("action");
  if (!action) return;
  std::string_view objtype = action->str("objtype");
  std::vector<std::string> privileges = granted_privileges(*action, objtype);
  auto& defaults = context.catalog.default_privileges;
  for (const std::string& role : roles) {
    for (const std::string& schema : schemas) {
      for (const ast::Node& grantee_node : action->list("grantees")) {
        for (const std::string& privilege : privileges) {
          DefaultPrivilege entry{role, schema, lower_object_type(objtype),
                                 {role_name(&grantee_node), privilege, action->flag("grant_option")}, false};
          std::erase_if(defaults, [&](const DefaultPrivilege& d) {
            return d.role == entry.role && d.schema == entry.schema && d.object_type == entry.object_type &&
                   d.entry.grantee == entry.entry.grantee && d.entry.privilege == entry.entry.privilege;
          });
          entry.revoked = !action->flag("is_grant");
          bool changes_default = built_in(context, role, schema, objtype, entry.entry.grantee, privilege)
                                     ? entry.revoked || entry.entry.grantable
                                     : !entry.revoked;
          if (changes_default) defaults.push_back(entry);
        }
      }
    }
  }
  std::sort(defaults.begin(), defaults.end());
}

}  // namespace pgdrift
