#pragma once

#include <set>
#include <string>

#include "analyzer/plan/plan_context.hpp"

namespace pgdrift {

// A domain whose base type or collation changes cannot be altered: it is dropped and
// created again, its columns held as text meanwhile and converted back after (the
// values must read as the new base type). What reads those columns, and what names the
// domain, is dropped before and created after, as around a column type change.
bool domain_recreated(const PlanContext& context, const UserType& domain);

// Adds such domains to `roots` and their columns to `retyped_columns` (decide_recreations).
void mark_domain_recreations(PlanContext& context, std::set<std::string>& roots, std::set<std::string>& retyped_columns);

// The columns of a domain converted to text (and arrays of it to text[]), then DROP DOMAIN:
// in the create phase at the domain's node, before it is created again.
void drop_domain_holding_columns_as_text(PlanContext& context, const UserType& old_domain, bool data_loss);

}  // namespace pgdrift
