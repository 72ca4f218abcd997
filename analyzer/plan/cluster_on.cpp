#include "analyzer/plan/cluster_on.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "analyzer/plan/sql_text.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

// On an index of its own or on the index of one of its keys.
bool clustered_in(const Catalog& catalog, const QualifiedName& relation) {
  for (const auto& [name, index] : catalog.indexes) {
    if (index.table == relation && index.clustered) return true;
  }
  auto table = catalog.tables.find(relation);
  if (table == catalog.tables.end()) return false;
  return std::any_of(table->second.constraints.begin(), table->second.constraints.end(),
                     [](const auto& entry) { return entry.second.clustered; });
}

}  // namespace

void plan_cluster_on(PlanContext& context, const std::string& node, const QualifiedName& relation,
                     const std::string& index_name, bool clustered) {
  if (clustered) {
    context.add(StepPhase::create, node,
                fmt::format("ALTER TABLE {} CLUSTER ON {};", sql_name(relation),
                            quote_identifier(index_name)));
  } else if (!clustered_in(context.new_catalog, relation)) {
    context.add(StepPhase::create, node,
                fmt::format("ALTER TABLE {} SET WITHOUT CLUSTER;", sql_name(relation)));
  }
}

}  // namespace pgdrift
