#pragma once

#include <string>

#include "analyzer/model/catalog.hpp"

namespace pgdrift {

// What a statement does to a live database beyond changing the schema: the lock it takes,
// whether it rewrites or scans the table. Shown as "-- hazard:" comments in the plan.
namespace hazard {
inline constexpr const char* kDropTable = "drops the table and its data (ACCESS EXCLUSIVE lock)";
inline constexpr const char* kDropColumn = "drops the column and its data (ACCESS EXCLUSIVE lock; no rewrite)";
inline constexpr const char* kRetype = "rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (unless the types are binary-compatible)";
inline constexpr const char* kSetNotNull = "scans the whole table under an ACCESS EXCLUSIVE lock; fails if a row has NULL";
inline constexpr const char* kAddRequiredColumn = "fails if the table has rows (NOT NULL without a default)";
inline constexpr const char* kVolatileDefault = "the default is volatile: adding the column rewrites the table under an ACCESS EXCLUSIVE lock";
inline constexpr const char* kValidate = "scans the table to validate (SHARE UPDATE EXCLUSIVE lock: reads and writes continue)";
inline constexpr const char* kAddKey = "builds a unique index under an ACCESS EXCLUSIVE lock";
inline constexpr const char* kCreateMaterializedView = "runs the view's query to fill it";
inline constexpr const char* kDropEnumValue = "re-creates the enum type: values no longer allowed make the conversion fail";
}  // namespace hazard

// "blocks writes to the table while it builds; or run instead, outside a transaction: ..."
std::string create_index_hazard(const std::string& concurrent_statement);

// Whether changing a column from `from` to `to` can lose data (narrowing, or any change but
// the well-known widenings).
bool type_change_may_lose_data(const std::string& from, const std::string& to);

// Whether an expression calls a volatile function PostgreSQL cannot evaluate once for all rows.
bool has_volatile_call(Expr expression);

}  // namespace pgdrift
