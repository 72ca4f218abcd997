#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace pgdrift {

// The names PostgreSQL chooses for objects created without one (ChooseConstraintName,
// ChooseRelationName): "orders_pkey", "orders_customer_id_fkey", "orders_total_check",
// "orders_email_idx", "orders_id_seq" — truncated to 63 bytes the way PostgreSQL does,
// and numbered ("orders_total_check1") while `taken` says the name is in use.
std::string choose_generated_name(std::string_view table, const std::vector<std::string>& columns,
                                  std::string_view label,
                                  const std::function<bool(const std::string&)>& taken);

}  // namespace pgdrift
