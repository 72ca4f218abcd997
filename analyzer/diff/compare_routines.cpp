#include <fmt/format.h>

#include "analyzer/diff/compare.hpp"
#include "analyzer/diff/routine_body.hpp"
#include "analyzer/diff/unified_diff.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

// The full argument list as written: modes, names, types and defaults.
std::string signature(const Routine& routine) {
  std::vector<std::string> arguments;
  for (const RoutineArgument& argument : routine.arguments) {
    std::string text = argument.mode_keyword() + (argument.name.empty() ? "" : quote_identifier(argument.name) + " ") + argument.type;
    if (argument.default_value) text += " DEFAULT " + Comparison::show(argument.default_value);
    arguments.push_back(text);
  }
  return fmt::format("({})", fmt::join(arguments, ", "));
}

std::string volatility_name(char volatility) {
  return volatility == 'i' ? "IMMUTABLE" : volatility == 's' ? "STABLE" : "VOLATILE";
}

std::string parallel_name(char parallel) {
  return parallel == 's' ? "SAFE" : parallel == 'r' ? "RESTRICTED" : "UNSAFE";
}

std::string number_text(const std::optional<double>& value) { return value ? fmt::format("{}", *value) : ""; }

void compare_arguments(Comparison& comparison, std::vector<ChangeDetail>& details, const Routine& a, const Routine& b) {
  if (comparison.ignored("signature")) return;
  bool same = a.arguments.size() == b.arguments.size();
  for (std::size_t i = 0; same && i < a.arguments.size(); ++i) {
    const RoutineArgument& x = a.arguments[i];
    const RoutineArgument& y = b.arguments[i];
    same = x.mode == y.mode && x.name == y.name && x.type == y.type &&
           comparison.same_expression(x.default_value, y.default_value);
  }
  if (!same) details.push_back({"signature", signature(a), signature(b), {}, {}, {}, {}, {}, ""});
}

// SET search_path TO pg_catalog, '': each value as written, '' shown as such.
std::string setting_text(const std::vector<std::string>& values) {
  std::vector<std::string> shown;
  for (const std::string& value : values) shown.push_back(value.empty() ? "''" : value);
  return fmt::format("{}", fmt::join(shown, ", "));
}

// A setting one side lacks is absent there, whatever the other side's value (even '').
void compare_settings(Comparison& comparison, std::vector<ChangeDetail>& details, const Routine& a, const Routine& b) {
  std::map<std::string, std::vector<std::string>> names = a.settings;
  names.insert(b.settings.begin(), b.settings.end());
  for (const auto& [name, unused] : names) {
    auto old_value = a.settings.find(name);
    auto new_value = b.settings.find(name);
    bool in_old = old_value != a.settings.end(), in_new = new_value != b.settings.end();
    if ((in_old && in_new && old_value->second == new_value->second) || comparison.ignored("set " + name)) continue;
    ChangeDetail detail;
    detail.aspect = "set " + name;
    if (in_old) detail.old_value = setting_text(old_value->second);
    if (in_new) detail.new_value = setting_text(new_value->second);
    details.push_back(std::move(detail));
  }
}

void compare_body(Comparison& comparison, std::vector<ChangeDetail>& details, const Routine& a, const Routine& b) {
  if (comparison.ignored("body") || a.kind == RoutineKind::aggregate) return;
  // The same text is the same body: parsing it would only confirm it.
  bool same_text = a.language == b.language && a.body == b.body &&
                   ((!a.sql_body && !b.sql_body) || (a.sql_body && b.sql_body && *a.sql_body == *b.sql_body));
  if (same_text) return;
  NormalizedBody old_body = normalized_body(a);
  NormalizedBody new_body = normalized_body(b);
  if (old_body.fingerprint == new_body.fingerprint) return;
  ChangeDetail detail;
  detail.aspect = "body";
  detail.unified_diff = unified_diff(old_body.lines, new_body.lines);
  details.push_back(std::move(detail));
}

void compare_routine(Comparison& comparison, const std::string& id, const Routine& a, const Routine& b) {
  std::vector<ChangeDetail> details;
  compare_arguments(comparison, details, a, b);
  comparison.compare_value(details, "return_type", a.return_type, b.return_type);
  comparison.compare_value(details, "language", a.language, b.language);
  comparison.compare_value(details, "volatility", volatility_name(a.volatility), volatility_name(b.volatility));
  comparison.compare_flag(details, "strict", a.strict, b.strict);
  comparison.compare_flag(details, "security_definer", a.security_definer, b.security_definer);
  comparison.compare_flag(details, "leakproof", a.leakproof, b.leakproof);
  comparison.compare_value(details, "parallel", parallel_name(a.parallel), parallel_name(b.parallel));
  comparison.compare_value(details, "cost", number_text(a.cost), number_text(b.cost));
  comparison.compare_value(details, "rows", number_text(a.rows), number_text(b.rows));
  compare_settings(comparison, details, a, b);
  if (a.kind == RoutineKind::aggregate) {
    comparison.compare_expression(details, "definition", a.aggregate_definition ? a.aggregate_definition->get("definition") : nullptr,
                                  b.aggregate_definition ? b.aggregate_definition->get("definition") : nullptr);
  }
  compare_body(comparison, details, a, b);
  comparison.compare_meta(details, a.meta, b.meta, a.kind == RoutineKind::procedure ? "OBJECT_PROCEDURE" : "OBJECT_FUNCTION");
  comparison.changed(routine_kind_name(a.kind), id, std::move(details));
}

}  // namespace

void compare_routines(Comparison& comparison) {
  compare_maps(
      comparison.old_catalog.routines, comparison.new_catalog.routines,
      [&](const std::string& id, const Routine& r) { comparison.removed(routine_kind_name(r.kind), id); },
      [&](const std::string& id, const Routine& r) { comparison.added(routine_kind_name(r.kind), id); },
      [&](const std::string& id, const Routine& a, const Routine& b) { compare_routine(comparison, id, a, b); });
}

}  // namespace pgdrift
