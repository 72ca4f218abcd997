#include "analyzer/types/type_name.hpp"

#include <fmt/format.h>

#include <array>
#include <utility>
#include <vector>

#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

// Internal names whose SQL spelling differs; format_type prints the SQL spelling.
// Keywords among them (numeric, interval, bit) are printed unquoted too.
constexpr std::array<std::pair<std::string_view, std::string_view>, 17> kSqlSpelling{{
    {"numeric", "numeric"},
    {"interval", "interval"},
    {"bit", "bit"},
    {"int2", "smallint"},
    {"int4", "integer"},
    {"int8", "bigint"},
    {"float4", "real"},
    {"float8", "double precision"},
    {"bool", "boolean"},
    {"varchar", "character varying"},
    {"bpchar", "character"},
    {"varbit", "bit varying"},
    {"timestamp", "timestamp without time zone"},
    {"timestamptz", "timestamp with time zone"},
    {"time", "time without time zone"},
    {"timetz", "time with time zone"},
    {"decimal", "numeric"},
}};

constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kSerialTypes{{
    {"serial", "integer"},   {"serial4", "integer"},  {"bigserial", "bigint"},
    {"serial8", "bigint"},   {"smallserial", "smallint"}, {"serial2", "smallint"},
}};

std::optional<std::string_view> sql_spelling(std::string_view internal) {
  for (const auto& [name, spelling] : kSqlSpelling) {
    if (name == internal) return spelling;
  }
  return std::nullopt;
}

std::vector<std::string_view> name_parts(const ast::Node& type_name) {
  std::vector<std::string_view> parts;
  for (const ast::Node& part : type_name.list("names")) parts.push_back(part.string_value());
  return parts;
}

std::vector<std::int64_t> integer_modifiers(const ast::Node& type_name, bool& all_integers) {
  std::vector<std::int64_t> values;
  all_integers = true;
  for (const ast::Node& modifier : type_name.list("typmods")) {
    const ast::Node* integer = modifier.is("A_Const") ? modifier.get("ival") : nullptr;
    if (!integer) {
      all_integers = false;
      continue;
    }
    values.push_back(integer->integer_or("ival", 0));
  }
  return values;
}

// Interval typmods carry a field mask (PostgreSQL's INTERVAL_MASK bits) and a precision.
std::string interval_fields(std::int64_t mask) {
  constexpr std::int64_t kMonth = 1 << 1, kYear = 1 << 2, kDay = 1 << 3, kHour = 1 << 10,
                         kMinute = 1 << 11, kSecond = 1 << 12, kFullRange = 0x7FFF;
  static const std::array<std::pair<std::int64_t, std::string_view>, 13> kFields{{
      {kYear, " year"},
      {kMonth, " month"},
      {kDay, " day"},
      {kHour, " hour"},
      {kMinute, " minute"},
      {kSecond, " second"},
      {kYear | kMonth, " year to month"},
      {kDay | kHour, " day to hour"},
      {kDay | kHour | kMinute, " day to minute"},
      {kDay | kHour | kMinute | kSecond, " day to second"},
      {kHour | kMinute, " hour to minute"},
      {kHour | kMinute | kSecond, " hour to second"},
      {kMinute | kSecond, " minute to second"},
  }};
  if (mask == kFullRange) return "";
  for (const auto& [bits, text] : kFields) {
    if (bits == mask) return std::string(text);
  }
  return "";
}

std::string with_modifiers(std::string_view base, const ast::Node& type_name) {
  bool all_integers = true;
  std::vector<std::int64_t> mods = integer_modifiers(type_name, all_integers);
  if (type_name.list("typmods").empty()) return std::string(base);
  if (!all_integers) return std::string(base);  // e.g. a user type with text modifiers: keep the bare name
  if (base == "interval") {
    std::string text = "interval" + interval_fields(mods[0]);
    constexpr std::int64_t kFullPrecision = 0xFFFF;
    if (mods.size() > 1 && mods[1] != kFullPrecision) text += fmt::format("({})", mods[1]);
    return text;
  }
  if (base.starts_with("timestamp") || base.starts_with("time ")) {
    std::size_t space = base.find(' ');
    return fmt::format("{}({}){}", base.substr(0, space), mods[0], base.substr(space));
  }
  if (base == "numeric" && mods.size() == 1) return fmt::format("numeric({},0)", mods[0]);
  return fmt::format("{}({})", base, fmt::join(mods, ","));
}

std::string base_name(const ast::Node& type_name, const TypeSchemaLookup& lookup) {
  std::vector<std::string_view> parts = name_parts(type_name);
  if (parts.empty()) return "";
  if (type_name.flag("pct_type")) {
    return fmt::format("{}%TYPE", fmt::join(parts, "."));
  }
  std::string_view name = parts.back();
  bool in_pg_catalog = parts.size() >= 2 && parts[parts.size() - 2] == "pg_catalog";
  if (parts.size() >= 2 && !in_pg_catalog) {
    return quote_qualified(parts[parts.size() - 2], name);
  }
  if (auto spelling = sql_spelling(name)) return std::string(*spelling);
  if (!in_pg_catalog) {
    if (auto schema = lookup ? lookup(name) : std::nullopt) return quote_qualified(*schema, name);
  }
  return quote_identifier(name);
}

std::string array_suffix(const ast::Node& type_name) {
  return type_name.list("arrayBounds").empty() ? "" : "[]";
}

}  // namespace

std::string canonical_type(const ast::Node& type_name, const TypeSchemaLookup& lookup) {
  std::string text = with_modifiers(base_name(type_name, lookup), type_name) + array_suffix(type_name);
  return type_name.flag("setof") ? "SETOF " + text : text;
}

std::string canonical_type_without_modifiers(const ast::Node& type_name,
                                             const TypeSchemaLookup& lookup) {
  std::string text = base_name(type_name, lookup) + array_suffix(type_name);
  return type_name.flag("setof") ? "SETOF " + text : text;
}

std::string canonical_collation(const ast::Node& collate_clause) {
  auto names = collate_clause.list("collname");
  if (names.empty()) return "";
  std::string_view name = names.back().string_value();
  std::string_view schema = names.size() > 1 ? names[names.size() - 2].string_value() : std::string_view{};
  return quote_qualified(schema == "pg_catalog" ? std::string_view{} : schema, name);
}

std::optional<std::string> serial_base_type(const ast::Node& type_name) {
  std::vector<std::string_view> parts = name_parts(type_name);
  if (parts.size() != 1) return std::nullopt;
  for (const auto& [name, base] : kSerialTypes) {
    if (parts[0] == name) return std::string(base);
  }
  return std::nullopt;
}

}  // namespace pgdrift
