#include "analyzer/plan/hazards.hpp"

#include <fmt/format.h>

#include "analyzer/references/tree_references.hpp"
#include "analyzer/types/type_change.hpp"

namespace pgdrift {
namespace {

bool widening(const std::string& from, const std::string& to) {
  static const std::vector<std::pair<std::string, std::string>> kWidenings = {
      {"smallint", "integer"}, {"smallint", "bigint"}, {"integer", "bigint"}, {"smallint", "numeric"},
      {"integer", "numeric"}, {"bigint", "numeric"}, {"real", "double precision"},
      {"timestamp without time zone", "timestamp with time zone"}, {"character varying", "text"}, {"character", "text"},
      {"json", "jsonb"},
  };
  auto [from_base, from_length] = base_and_length(from);
  auto [to_base, to_length] = base_and_length(to);
  if (to == "text") return true;
  if (from_base == to_base) return to_length == -1 || (from_length != -1 && to_length >= from_length);
  for (const auto& [a, b] : kWidenings) {
    if (from_base == a && to_base == b && to_length == -1) return true;
  }
  return false;
}

}  // namespace

std::string create_index_hazard(const std::string& concurrent_statement) {
  return fmt::format("blocks writes to the table while the index builds; to avoid it, run instead (outside a transaction): {}",
                     concurrent_statement);
}

bool type_change_may_lose_data(const std::string& from, const std::string& to) { return !widening(from, to); }

bool has_volatile_call(Expr expression) {
  References references;
  collect_references(expression, references);
  static const std::set<std::string> kStable = {"now", "current_timestamp", "transaction_timestamp", "statement_timestamp",
                                                "current_date", "current_user", "lower", "upper", "coalesce"};
  for (const QualifiedName& function : references.functions) {
    if (!kStable.contains(function.name)) return true;
  }
  return false;
}

}  // namespace pgdrift
