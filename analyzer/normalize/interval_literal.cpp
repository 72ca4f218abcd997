#include "analyzer/normalize/interval_literal.hpp"

#include <fmt/format.h>

#include <cctype>
#include <cmath>
#include <cstdint>
#include <string>

namespace pgdrift {
namespace {

struct Interval {
  double months = 0, days = 0, microseconds = 0;
};

constexpr double kMicrosecondsPerSecond = 1e6;

bool add_unit(Interval& interval, double amount, std::string unit) {
  for (char& c : unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (unit.size() > 1 && unit.back() == 's') unit.pop_back();
  if (unit == "year" || unit == "yr" || unit == "y") interval.months += amount * 12;
  else if (unit == "mon" || unit == "month") interval.months += amount;
  else if (unit == "week" || unit == "w") interval.days += amount * 7;
  else if (unit == "day" || unit == "d") interval.days += amount;
  else if (unit == "hour" || unit == "hr" || unit == "h") interval.microseconds += amount * 3600 * kMicrosecondsPerSecond;
  else if (unit == "minute" || unit == "min" || unit == "m") interval.microseconds += amount * 60 * kMicrosecondsPerSecond;
  else if (unit == "second" || unit == "sec" || unit == "s") interval.microseconds += amount * kMicrosecondsPerSecond;
  else if (unit == "millisecond" || unit == "m") interval.microseconds += amount * 1000;
  else return false;
  return true;
}

// HH:MM[:SS[.frac]], with an optional sign.
bool add_clock(Interval& interval, std::string_view token) {
  double sign = 1;
  if (!token.empty() && (token[0] == '-' || token[0] == '+')) {
    sign = token[0] == '-' ? -1 : 1;
    token.remove_prefix(1);
  }
  double parts[3] = {0, 0, 0};
  int count = 0;
  std::size_t start = 0;
  while (start <= token.size() && count < 3) {
    std::size_t colon = token.find(':', start);
    std::string part(token.substr(start, colon == std::string_view::npos ? std::string_view::npos : colon - start));
    try {
      std::size_t used = 0;
      parts[count++] = std::stod(part, &used);
      if (used != part.size()) return false;
    } catch (const std::exception&) {
      return false;
    }
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  if (count < 2) return false;
  interval.microseconds += sign * ((parts[0] * 3600 + parts[1] * 60 + parts[2]) * kMicrosecondsPerSecond);
  return true;
}

}  // namespace

std::optional<std::string> canonical_interval(std::string_view text) {
  Interval interval;
  std::size_t at = 0;
  bool any = false;
  auto skip_spaces = [&] {
    while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
  };
  while (true) {
    skip_spaces();
    if (at >= text.size()) break;
    std::size_t start = at;
    while (at < text.size() && !std::isspace(static_cast<unsigned char>(text[at]))) ++at;
    std::string_view token = text.substr(start, at - start);
    if (token.find(':') != std::string_view::npos) {
      if (!add_clock(interval, token)) return std::nullopt;
      any = true;
      continue;
    }
    double amount = 0;
    std::size_t used = 0;
    try {
      amount = std::stod(std::string(token), &used);
    } catch (const std::exception&) {
      return std::nullopt;
    }
    std::string unit(token.substr(used));
    if (unit.empty()) {
      skip_spaces();
      std::size_t unit_start = at;
      while (at < text.size() && std::isalpha(static_cast<unsigned char>(text[at]))) ++at;
      unit = std::string(text.substr(unit_start, at - unit_start));
    }
    if (unit.empty()) unit = "second";
    if (!add_unit(interval, amount, unit)) return std::nullopt;
    any = true;
  }
  if (!any) return std::nullopt;
  return fmt::format("{} mons {} days {} us", std::llround(interval.months), std::llround(interval.days),
                     std::llround(interval.microseconds));
}

}  // namespace pgdrift
