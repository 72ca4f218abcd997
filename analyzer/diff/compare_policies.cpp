#include <fmt/format.h>

#include "analyzer/diff/compare.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {

void compare_policies(Comparison& comparison) {
  compare_maps(
      comparison.old_catalog.policies, comparison.new_catalog.policies,
      [&](const TableMemberKey& key, const Policy&) { comparison.removed("policy", member_id(key.table, key.name)); },
      [&](const TableMemberKey& key, const Policy&) { comparison.added("policy", member_id(key.table, key.name)); },
      [&](const TableMemberKey& key, const Policy& a, const Policy& b) {
        std::vector<ChangeDetail> details;
        comparison.compare_value(details, "command", a.command, b.command);
        comparison.compare_value(details, "permissive", a.permissive ? "PERMISSIVE" : "RESTRICTIVE",
                                 b.permissive ? "PERMISSIVE" : "RESTRICTIVE");
        comparison.compare_value(details, "roles", fmt::format("{}", fmt::join(a.roles, ", ")), fmt::format("{}", fmt::join(b.roles, ", ")));
        comparison.compare_expression(details, "using", a.using_expr, b.using_expr, key.table.name);
        comparison.compare_expression(details, "with_check", a.check_expr, b.check_expr, key.table.name);
        comparison.compare_meta(details, a.meta, b.meta, "OBJECT_POLICY");
        comparison.changed("policy", member_id(key.table, key.name), std::move(details));
      });
}

}  // namespace pgdrift
