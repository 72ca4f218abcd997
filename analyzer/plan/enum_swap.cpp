#include "analyzer/plan/enum_swap.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "analyzer/diff/enum_labels.hpp"
#include "analyzer/plan/ddl.hpp"
#include "analyzer/plan/hazards.hpp"
#include "analyzer/plan/plan_nodes.hpp"
#include "analyzer/plan/references.hpp"
#include "analyzer/plan/sql_text.hpp"
#include "analyzer/plan/type_reference.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

bool names_type(const std::string& type_text, const QualifiedName& type) {
  std::optional<QualifiedName> name = user_type_of(type_text);
  return name && *name == type;
}

// "public.mood[]" -> "[]"
std::string array_suffix(const std::string& type_text) {
  std::size_t at = type_text.find('[');
  return at == std::string::npos ? "" : type_text.substr(at);
}

// A column a parent passes down: ALTER COLUMN ... TYPE on the parent converts it.
bool converted_with_parent(const Catalog& catalog, const Table& table, const std::string& column) {
  std::vector<QualifiedName> parents = table.inherits;
  if (table.partition_of) parents.push_back(*table.partition_of);
  for (const QualifiedName& parent : parents) {
    auto found = catalog.tables.find(parent);
    if (found != catalog.tables.end() && found->second.find_column(column)) return true;
  }
  return false;
}

// The temporary name, within PostgreSQL's 63 bytes.
QualifiedName swap_name(const QualifiedName& type) {
  std::size_t cut = std::min<std::size_t>(type.name.size(), 48);
  while (cut > 0 && cut < type.name.size() && (static_cast<unsigned char>(type.name[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return {type.schema, type.name.substr(0, cut) + "__pgdrift_swap"};
}

}  // namespace

bool needs_enum_swap(const UserType& old_type, const UserType& new_type) {
  if (old_type.kind != UserTypeKind::enum_type || new_type.kind != UserTypeKind::enum_type) return false;
  EnumLabelChanges changes = enum_label_changes(old_type.labels, new_type.labels);
  return !changes.removed.empty() || changes.reordered;
}

std::vector<std::pair<const Table*, const Column*>> columns_of_type(const PlanContext& context, const QualifiedName& type) {
  std::vector<std::pair<const Table*, const Column*>> columns;
  for (const auto& [name, table] : context.old_catalog.tables) {
    auto now = context.new_catalog.tables.find(name);
    if (now == context.new_catalog.tables.end() || context.recreated(table_node(name))) continue;
    for (const Column& column : table.columns) {
      if (!names_type(column.type, type) || !now->second.find_column(column.name)) continue;
      if (converted_with_parent(context.old_catalog, table, column.name)) continue;
      columns.emplace_back(&table, &column);
    }
  }
  return columns;
}

std::vector<std::string> types_built_on(const Catalog& catalog, const QualifiedName& type) {
  std::vector<std::string> users;
  for (const auto& [name, candidate] : catalog.types) {
    bool uses = names_type(candidate.base_type, type);
    for (const CompositeAttribute& attribute : candidate.attributes) uses |= names_type(attribute.type, type);
    if (candidate.definition) {  // a range's SUBTYPE = ...
      References references;
      collect_references(candidate.definition, references);
      uses |= references.types.contains(type);
    }
    if (uses) users.push_back(object_id(name));
  }
  return users;
}

void mark_enum_swaps(PlanContext& context, std::set<std::string>& roots, std::set<std::string>& retyped_columns) {
  for (const auto& [name, old_type] : context.old_catalog.types) {
    auto now = context.new_catalog.types.find(name);
    if (now == context.new_catalog.types.end() || !needs_enum_swap(old_type, now->second)) continue;
    if (!types_built_on(context.old_catalog, name).empty()) continue;
    // Held back: the type stays, and so does what depends on it.
    bool removes = !enum_label_changes(old_type.labels, now->second.labels).removed.empty();
    if (removes && !context.options.allow_drops) continue;
    roots.insert(type_node(name));
    for (const auto& [table, column] : columns_of_type(context, name)) retyped_columns.insert(column_node(table->name, column->name));
  }
}

void swap_enum(PlanContext& context, const UserType& old_type, const UserType& type) {
  std::string node = type_node(type.name);
  bool removes = !enum_label_changes(old_type.labels, type.labels).removed.empty();
  UserType swapped = type;
  swapped.name = swap_name(type.name);
  std::string temporary = sql_name(swapped.name);
  auto add = [&](std::string sql) -> PlanStep& {
    PlanStep& step = context.add(StepPhase::create, node, std::move(sql));
    step.data_loss = removes;
    return step;
  };
  add(create_type_sql(swapped) + ";");
  for (const auto& [table, column] : columns_of_type(context, type.name)) {
    std::string target = temporary + array_suffix(column->type);
    std::string column_name = quote_identifier(column->name);
    // A foreign table's rows are elsewhere: there is nothing to convert (and no USING).
    std::string sql = table->kind == TableKind::foreign
                          ? fmt::format("ALTER FOREIGN TABLE {} ALTER COLUMN {} TYPE {};", sql_name(table->name), column_name, target)
                          : fmt::format("ALTER TABLE {} ALTER COLUMN {} TYPE {} USING {}::text{}::{};", sql_name(table->name),
                                        column_name, target, column_name, array_suffix(column->type).empty() ? "" : "[]", target);
    PlanStep& step = add(std::move(sql));
    step.hazard = removes ? hazard::kDropEnumValue : hazard::kRetype;
  }
  add(fmt::format("DROP TYPE {};", sql_name(old_type.name)));
  add(fmt::format("ALTER TYPE {} RENAME TO {};", temporary, quote_identifier(type.name.name)));
}

}  // namespace pgdrift
