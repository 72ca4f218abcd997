#pragma once

#include <boost/container/flat_set.hpp>

#include <compare>
#include <string>

namespace pgdrift {

// One privilege a role holds on an object.
struct AclEntry {
  std::string grantee;    // role name, "PUBLIC", or kOwner
  std::string privilege;  // SELECT, INSERT, ..., EXECUTE, USAGE, ...
  bool grantable = false;

  auto operator<=>(const AclEntry&) const = default;
};

// Sorted in a vector rather than a tree: every object of a dump carries an ACL, most hold
// a few entries at most.
using AclEntries = boost::container::flat_set<AclEntry>;

// The privileges on an object. Until a GRANT or REVOKE touches it, an object has
// PostgreSQL's built-in default (owner holds everything, PUBLIC holds EXECUTE on
// functions and USAGE on types): `explicit_entries` is then unset.
struct Acl {
  static constexpr const char* kOwner = "<owner>";  // stands for whoever owns the object
  bool is_default = true;
  AclEntries entries;  // meaningful once !is_default
};

}  // namespace pgdrift
