// Privileges, owners and comments changed on an extension's objects (extension_member.hpp).
// One side may say nothing of an object: there it has what the extension gave it.
#include "analyzer/diff/compare.hpp"

namespace pgdrift {
namespace {

void compare_member(Comparison& comparison, const ExtensionMember& member, const ObjectMeta& old_meta, const ObjectMeta& new_meta) {
  std::vector<ChangeDetail> details;
  comparison.compare_meta(details, old_meta, new_meta, member.object_type);
  comparison.changed("extension_member", member.name, std::move(details));
}

}  // namespace

void compare_extension_members(Comparison& comparison) {
  const ObjectMeta as_made;
  compare_maps(
      comparison.old_catalog.extension_members, comparison.new_catalog.extension_members,
      [&](const std::string&, const ExtensionMember& m) { compare_member(comparison, m, m.meta, as_made); },
      [&](const std::string&, const ExtensionMember& m) { compare_member(comparison, m, as_made, m.meta); },
      [&](const std::string&, const ExtensionMember& a, const ExtensionMember& b) { compare_member(comparison, b, a.meta, b.meta); });
}

}  // namespace pgdrift
