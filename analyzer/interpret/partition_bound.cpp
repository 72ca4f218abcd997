#include "analyzer/interpret/partition_bound.hpp"

#include <fmt/format.h>

#include <optional>
#include <regex>
#include <string>

#include "analyzer/interpret/tree_rewrite.hpp"

namespace pgdrift {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
long long days_from_civil(long long year, unsigned month, unsigned day) {
  year -= month <= 2;
  long long era = (year >= 0 ? year : year - 399) / 400;
  unsigned year_of_era = static_cast<unsigned>(year - era * 400);
  unsigned day_of_year = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  unsigned day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + static_cast<long long>(day_of_era) - 719468;
}

std::string civil_from_days(long long days) {
  days += 719468;
  long long era = (days >= 0 ? days : days - 146096) / 146097;
  unsigned day_of_era = static_cast<unsigned>(days - era * 146097);
  unsigned year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  long long year = static_cast<long long>(year_of_era) + era * 400;
  unsigned day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  unsigned shifted_month = (5 * day_of_year + 2) / 153;
  unsigned day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
  unsigned month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
  return fmt::format("{:04}-{:02}-{:02}", year + (month <= 2), month, day);
}

// 'YYYY-MM-DD HH:MM:SS[.fff]+HH[:MM[:SS]]' in UTC, as PostgreSQL prints it with TimeZone
// UTC; nothing for any other spelling (no offset: it depends on the session's TimeZone).
std::optional<std::string> in_utc(const std::string& text) {
  static const std::regex kTimestamp(
      R"((\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d+)?\s*([+-])(\d{1,2})(?::?(\d{2}))?(?::(\d{2}))?)");
  std::smatch m;
  if (!std::regex_match(text, m, kTimestamp)) return std::nullopt;
  auto number = [&](int group) { return m[group].matched ? std::stoll(m[group].str()) : 0LL; };
  long long offset = (number(9) * 3600 + number(10) * 60 + number(11)) * (m[8].str() == "-" ? -1 : 1);
  long long seconds = days_from_civil(number(1), static_cast<unsigned>(number(2)), static_cast<unsigned>(number(3))) * 86400 +
                      number(4) * 3600 + number(5) * 60 + number(6) - offset;
  long long days = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
  long long second_of_day = seconds - days * 86400;
  return fmt::format("{} {:02}:{:02}:{:02}{}+00", civil_from_days(days), second_of_day / 3600, second_of_day / 60 % 60,
                     second_of_day % 60, m[7].str());
}

bool keyed_by_timestamptz(const Table& parent) {
  if (!parent.partition_key) return false;
  auto parameters = parent.partition_key->list("partParams");
  if (parameters.size() != 1 || parameters[0].str("name").empty()) return false;
  const Column* column = parent.find_column(std::string(parameters[0].str("name")));
  return column && column->type.str() == "timestamp with time zone";
}

}  // namespace

Expr kept_partition_bound(Context& context, const Table& parent, const ast::Node* bound) {
  Expr kept = context.keep(bound);
  if (!kept || !keyed_by_timestamptz(parent)) return kept;
  ast::Arena& arena = context.catalog.tree_arena();
  return rewrite_tree(kept, arena, [&](const ast::Node& node) -> std::optional<ast::Node> {
    const ast::Node* value = node.is("A_Const") ? node.get("sval") : nullptr;  // {"sval": {"sval": "..."}}
    if (!value || value->kind() != ast::Kind::object || !value->get("sval")) return std::nullopt;
    std::optional<std::string> utc = in_utc(std::string(value->str("sval")));
    if (!utc) return std::nullopt;
    return with_field(arena, node, "sval", with_field(arena, *value, "sval", ast::make_string(arena, *utc)));
  });
}

}  // namespace pgdrift
