#include <fmt/format.h>

#include <algorithm>

#include "analyzer/diff/allowed_values.hpp"
#include "analyzer/diff/compare.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/normalize/fingerprint.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

std::string type_name(ConstraintType type) {
  switch (type) {
    case ConstraintType::primary_key: return "PRIMARY KEY";
    case ConstraintType::unique: return "UNIQUE";
    case ConstraintType::foreign_key: return "FOREIGN KEY";
    case ConstraintType::check: return "CHECK";
    case ConstraintType::exclusion: return "EXCLUDE";
  }
  return "";
}

std::string action_name(char action) {
  switch (action) {
    case 'r': return "RESTRICT";
    case 'c': return "CASCADE";
    case 'n': return "SET NULL";
    case 'd': return "SET DEFAULT";
    default: return "NO ACTION";
  }
}

std::string column_list(const std::vector<std::string>& columns) {
  std::vector<std::string> quoted;
  for (const std::string& column : columns) quoted.push_back(quote_identifier(column));
  return fmt::format("({})", fmt::join(quoted, ", "));
}

std::string references(const Constraint& c) {
  if (c.type != ConstraintType::foreign_key) return "";
  return fmt::format("{} {}", object_id(c.referenced_table), column_list(c.referenced_columns));
}

// Everything that defines a constraint except its name: two constraints with the same
// signature are the same constraint, whatever name PostgreSQL generated for each.
std::string signature(Comparison& comparison, const Constraint& c) {
  std::string text = type_name(c.type) + column_list(c.columns) + references(c);
  text += fmt::format("|{}{}{}|{}{}{}", c.on_update, c.on_delete, c.match, c.deferrable, c.initially_deferred, c.not_valid);
  if (c.check) text += fingerprint(*comparison.canonical(c.check));
  return text;
}

void compare_check(Comparison& comparison, std::vector<ChangeDetail>& details, const QualifiedName& table,
                   const Constraint& a, const Constraint& b) {
  if (comparison.same_expression(a.check, b.check, table.name) || comparison.ignored("check")) return;
  auto old_values = allowed_values(comparison.canonical(a.check));
  auto new_values = allowed_values(comparison.canonical(b.check));
  if (!old_values || !new_values || old_values->column != new_values->column) {
    comparison.compare_expression(details, "check", a.check, b.check, table.name);
    return;
  }
  ChangeDetail detail;
  detail.aspect = "allowed_values";
  detail.old_value = fmt::format("{} values", old_values->values.size());
  detail.new_value = fmt::format("{} values", new_values->values.size());
  auto contains = [](const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
  };
  for (const std::string& value : old_values->values) {
    if (!contains(new_values->values, value)) detail.only_old.push_back(value);
  }
  for (const std::string& value : new_values->values) {
    if (!contains(old_values->values, value)) detail.only_new.push_back(value);
  }
  details.push_back(std::move(detail));
}

// COMMENT ON INDEX on the index that backs the constraint.
void compare_index_comment(Comparison& comparison, std::vector<ChangeDetail>& details, const Constraint& a,
                           const Constraint& b) {
  if (a.index_meta.comment == b.index_meta.comment || comparison.ignored("comment")) return;
  ChangeDetail detail;
  detail.aspect = "index_comment";
  detail.old_value = a.index_meta.comment;
  detail.new_value = b.index_meta.comment;
  details.push_back(std::move(detail));
}

void compare_constraint(Comparison& comparison, const QualifiedName& table, const Constraint& a, const Constraint& b) {
  std::vector<ChangeDetail> details;
  // RENAME CONSTRAINT (of a key: its index too). Reported under the new name.
  comparison.compare_value(details, "name", a.name, b.name);
  comparison.compare_value(details, "type", type_name(a.type), type_name(b.type));
  comparison.compare_value(details, "columns", column_list(a.columns), column_list(b.columns));
  comparison.compare_value(details, "include", column_list(a.include), column_list(b.include));
  comparison.compare_value(details, "references", references(a), references(b));
  comparison.compare_value(details, "on_update", action_name(a.on_update), action_name(b.on_update));
  comparison.compare_value(details, "on_delete", action_name(a.on_delete), action_name(b.on_delete));
  comparison.compare_value(details, "match", std::string(1, a.match), std::string(1, b.match));
  comparison.compare_flag(details, "deferrable", a.deferrable, b.deferrable);
  comparison.compare_flag(details, "initially_deferred", a.initially_deferred, b.initially_deferred);
  comparison.compare_flag(details, "not_valid", a.not_valid, b.not_valid);
  compare_check(comparison, details, table, a, b);
  if (a.type == ConstraintType::exclusion && b.type == ConstraintType::exclusion) {
    comparison.compare_expression(details, "exclusion", a.definition ? a.definition->get("exclusions") : nullptr,
                                  b.definition ? b.definition->get("exclusions") : nullptr);
  }
  // CLUSTER ON the key's index
  comparison.compare_flag(details, "clustered", a.clustered, b.clustered);
  comparison.compare_meta(details, a.meta, b.meta, "OBJECT_TABCONSTRAINT");
  compare_index_comment(comparison, details, a, b);
  comparison.changed("constraint", member_id(table, b.name), std::move(details));
}

}  // namespace

void compare_constraints(Comparison& comparison, const Table& old_table, const Table& new_table) {
  std::vector<const Constraint*> only_old, only_new;
  compare_maps(
      old_table.constraints, new_table.constraints,
      [&](const std::string&, const Constraint& c) { only_old.push_back(&c); },
      [&](const std::string&, const Constraint& c) { only_new.push_back(&c); },
      [&](const std::string&, const Constraint& a, const Constraint& b) { compare_constraint(comparison, old_table.name, a, b); });
  // Same definition under another name: the same constraint, renamed.
  for (const Constraint* old_constraint : only_old) {
    auto match = std::find_if(only_new.begin(), only_new.end(), [&](const Constraint* candidate) {
      return candidate && signature(comparison, *candidate) == signature(comparison, *old_constraint);
    });
    if (match != only_new.end()) {
      compare_constraint(comparison, old_table.name, *old_constraint, **match);
      *match = nullptr;
      continue;
    }
    comparison.removed("constraint", member_id(old_table.name, old_constraint->name));
  }
  for (const Constraint* new_constraint : only_new) {
    if (new_constraint) comparison.added("constraint", member_id(new_table.name, new_constraint->name));
  }
}

}  // namespace pgdrift
