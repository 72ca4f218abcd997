#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "analyzer/plan/plan_context.hpp"

namespace pgdrift {

// PostgreSQL cannot drop or move an enum's labels. The plan swaps the type instead: it
// creates the new type under a temporary name, converts every column of the old one (and
// arrays of it) through text, drops the old type and gives the new one its name. What
// PostgreSQL will not keep across the conversion is dropped before and created after it:
// the views, policies, triggers and defaults that read those columns, and whatever names
// the type itself (casts in defaults, CHECKs, index expressions, function signatures).

// Whether NEW's labels of an enum on both sides need the swap (labels removed or moved).
bool needs_enum_swap(const UserType& old_type, const UserType& new_type);

// The columns of OLD's tables that hold the type (or arrays of it) and stay (NEW has them,
// or their drop is held back).
std::vector<std::pair<const Table*, const Column*>> columns_of_type(const PlanContext& context, const QualifiedName& type);

// Types whose definition names the enum, other than domains that NEW keeps (composites,
// ranges, domains over those domains): the swap would have to re-create them as well,
// which the plan does not do. Empty: the swap can be planned.
std::vector<std::string> types_built_on(const PlanContext& context, const QualifiedName& type);

// Whether the enum on both sides is swapped (labels removed or moved, nothing in the way),
// and whether its swap loses the rows that hold a removed label (held back without
// --allow-drops: the conversion fails on them).
bool enum_swap_planned(const PlanContext& context, const QualifiedName& type);
bool swap_removes_labels(const PlanContext& context, const QualifiedName& type);

// For every enum to swap: adds the type and the domains over it to `roots` and their
// columns to `retyped_columns`, so that decide_recreations re-creates what depends on them.
void mark_enum_swaps(PlanContext& context, std::set<std::string>& roots, std::set<std::string>& retyped_columns);

// The swap's statements, in the create phase at the type's node: the domains over it are
// dropped there (their columns converted to text), and created again by plan_types.
void swap_enum(PlanContext& context, const UserType& old_type, const UserType& type);

// The enum a domain is built on when the domain is dropped and created again with its swap.
std::optional<QualifiedName> enum_under_swapped_domain(const PlanContext& context, const UserType& domain);
// After the domain is created again: its columns, held as text, converted back to it.
void convert_domain_columns_back(PlanContext& context, const UserType& domain);

}  // namespace pgdrift
