#pragma once

#include <string>

#include "analyzer/model/qualified_name.hpp"
#include "analyzer/plan/plan_context.hpp"

namespace pgdrift {

// ALTER TABLE ... CLUSTER ON / SET WITHOUT CLUSTER for the index `index_name` of `relation`
// (a table or materialized view; the index of a key has the key's name) becoming
// (un)clustered. A relation is clustered on one index at most: the index that stops being the one
// is left alone when NEW clusters the relation on another (CLUSTER ON that one replaces it), since
// SET WITHOUT CLUSTER could run after that CLUSTER ON.
void plan_cluster_on(PlanContext& context, const std::string& node, const QualifiedName& relation,
                     const std::string& index_name, bool clustered);

}  // namespace pgdrift
