#include "analyzer/plan/enum_swap.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "analyzer/diff/enum_labels.hpp"
#include "analyzer/plan/ddl.hpp"
#include "analyzer/plan/hazards.hpp"
#include "analyzer/plan/plan_nodes.hpp"
#include "analyzer/references/tree_references.hpp"
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
  // Without --allow-drops, tables and columns NEW drops stay (their DROP is held back).
  bool drops = context.options.allow_drops;
  for (const auto& [name, table] : context.old_catalog.tables) {
    auto now = context.new_catalog.tables.find(name);
    bool table_stays = now != context.new_catalog.tables.end() || !drops;
    if (!table_stays || context.recreated(table_node(name))) continue;
    for (const Column& column : table.columns) {
      bool column_stays = !drops || now->second.find_column(column.name);
      if (!names_type(column.type, type) || !column_stays) continue;
      if (converted_with_parent(context.old_catalog, table, column.name)) continue;
      columns.emplace_back(&table, &column);
    }
  }
  return columns;
}

namespace {

bool built_on(const UserType& candidate, const QualifiedName& type) {
  bool uses = names_type(candidate.base_type, type);
  for (const CompositeAttribute& attribute : candidate.attributes) uses |= names_type(attribute.type, type);
  if (candidate.definition) {  // a range's SUBTYPE = ...
    References references;
    collect_references(candidate.definition, references);
    uses |= references.types.contains(type);
  }
  return uses;
}

// A domain over the enum that NEW still has as a domain: dropped and created again with it.
bool swapped_domain(const PlanContext& context, const UserType& candidate, const QualifiedName& type) {
  auto now = context.new_catalog.types.find(candidate.name);
  return candidate.kind == UserTypeKind::domain && names_type(candidate.base_type, type) && now != context.new_catalog.types.end() &&
         now->second.kind == UserTypeKind::domain;
}

std::vector<const UserType*> domains_swapped_with(const PlanContext& context, const QualifiedName& type) {
  std::vector<const UserType*> domains;
  for (const auto& [name, candidate] : context.old_catalog.types) {
    if (swapped_domain(context, candidate, type)) domains.push_back(&candidate);
  }
  return domains;
}

}  // namespace

std::vector<std::string> types_built_on(const PlanContext& context, const QualifiedName& type) {
  std::vector<const UserType*> domains = domains_swapped_with(context, type);
  std::vector<std::string> users;
  for (const auto& [name, candidate] : context.old_catalog.types) {
    bool uses = built_on(candidate, type) && !swapped_domain(context, candidate, type);
    for (const UserType* domain : domains) uses |= built_on(candidate, domain->name);
    if (uses) users.push_back(object_id(name));
  }
  return users;
}

namespace {

// A foreign key whose two sides hold the enum cannot stand while one side has the new
// type and the other the old: it is dropped before the swap and added after it.
void recreate_foreign_keys_between(PlanContext& context, const std::set<std::string>& columns, std::set<std::string>& roots) {
  for (const auto& [name, table] : context.old_catalog.tables) {
    for (const auto& [constraint_name, constraint] : table.constraints) {
      if (constraint.type != ConstraintType::foreign_key) continue;
      bool touches = false;
      for (const std::string& column : constraint.columns) touches |= columns.contains(column_node(name, column));
      for (const std::string& column : constraint.referenced_columns) {
        touches |= columns.contains(column_node(constraint.referenced_table, column));
      }
      std::string node = constraint_node(name, constraint_name);
      if (!touches || !context.new_graph.contains(node)) continue;
      context.recreate(node);
      roots.insert(node);
    }
  }
}

}  // namespace

bool enum_swap_planned(const PlanContext& context, const QualifiedName& type) {
  auto before = context.old_catalog.types.find(type);
  auto now = context.new_catalog.types.find(type);
  if (before == context.old_catalog.types.end() || now == context.new_catalog.types.end()) return false;
  return needs_enum_swap(before->second, now->second) && types_built_on(context, type).empty();
}

std::optional<QualifiedName> enum_under_swapped_domain(const PlanContext& context, const UserType& domain) {
  if (domain.kind != UserTypeKind::domain) return std::nullopt;
  std::optional<QualifiedName> base = user_type_of(domain.base_type);
  auto old_domain = context.old_catalog.types.find(domain.name);
  if (!base || old_domain == context.old_catalog.types.end() || !swapped_domain(context, old_domain->second, *base)) return std::nullopt;
  if (!enum_swap_planned(context, *base)) return std::nullopt;
  return base;
}

void mark_enum_swaps(PlanContext& context, std::set<std::string>& roots, std::set<std::string>& retyped_columns) {
  for (const auto& [name, old_type] : context.old_catalog.types) {
    if (!enum_swap_planned(context, name)) continue;
    // Held back: the type stays, and so does what depends on it.
    if (swap_removes_labels(context, name) && !context.options.allow_drops) continue;
    std::vector<QualifiedName> swapped = {name};
    for (const UserType* domain : domains_swapped_with(context, name)) swapped.push_back(domain->name);
    std::set<std::string> columns;
    for (const QualifiedName& type : swapped) {
      roots.insert(type_node(type));
      for (const auto& [table, column] : columns_of_type(context, type)) columns.insert(column_node(table->name, column->name));
    }
    recreate_foreign_keys_between(context, columns, roots);
    retyped_columns.insert(columns.begin(), columns.end());
  }
}

bool swap_removes_labels(const PlanContext& context, const QualifiedName& type) {
  auto before = context.old_catalog.types.find(type);
  auto now = context.new_catalog.types.find(type);
  if (before == context.old_catalog.types.end() || now == context.new_catalog.types.end()) return false;
  return !enum_label_changes(before->second.labels, now->second.labels).removed.empty();
}

namespace {

std::string alter_column_type(const Table& table, const Column& column, const std::string& target, const std::string& via) {
  std::string column_name = quote_identifier(column.name);
  // A foreign table's rows are elsewhere: there is nothing to convert (and no USING).
  if (table.kind == TableKind::foreign) {
    return fmt::format("ALTER FOREIGN TABLE {} ALTER COLUMN {} TYPE {};", sql_name(table.name), column_name, target);
  }
  return fmt::format("ALTER TABLE {} ALTER COLUMN {} TYPE {} USING {}{}::{};", sql_name(table.name), column_name, target, column_name,
                     via, target);
}

}  // namespace

void convert_domain_columns_back(PlanContext& context, const UserType& domain) {
  bool removes = false;
  if (std::optional<QualifiedName> base = enum_under_swapped_domain(context, domain)) removes = swap_removes_labels(context, *base);
  for (const auto& [table, column] : columns_of_type(context, domain.name)) {
    std::string suffix = array_suffix(column->type);
    PlanStep& step = context.add(StepPhase::create, type_node(domain.name),
                                 alter_column_type(*table, *column, sql_name(domain.name) + suffix, ""));
    step.data_loss = removes;
    step.hazard = hazard::kRetype;
  }
}

void swap_enum(PlanContext& context, const UserType& old_type, const UserType& type) {
  std::string node = type_node(type.name);
  bool removes = swap_removes_labels(context, type.name);
  UserType swapped = type;
  swapped.name = swap_name(type.name);
  std::string temporary = sql_name(swapped.name);
  auto add = [&](std::string sql, const char* hazard) {
    PlanStep& step = context.add(StepPhase::create, node, std::move(sql));
    step.data_loss = removes;
    step.hazard = hazard;
  };
  add(create_type_sql(swapped) + ";", "");
  for (const auto& [table, column] : columns_of_type(context, type.name)) {
    std::string suffix = array_suffix(column->type);
    add(alter_column_type(*table, *column, temporary + suffix, "::text" + suffix), removes ? hazard::kDropEnumValue : hazard::kRetype);
  }
  // A domain's CHECK and DEFAULT name the enum: the domain is created again after the
  // swap (plan_types.cpp), its columns held as text meanwhile.
  std::vector<const UserType*> domains = domains_swapped_with(context, type.name);
  for (const UserType* domain : domains) {
    for (const auto& [table, column] : columns_of_type(context, domain->name)) {
      std::string suffix = array_suffix(column->type);
      add(alter_column_type(*table, *column, "text" + suffix, "::text" + suffix), removes ? hazard::kDropEnumValue : hazard::kRetype);
    }
    add(fmt::format("DROP DOMAIN {};", sql_name(domain->name)), "");
  }
  add(fmt::format("DROP TYPE {};", sql_name(old_type.name)), "");
  add(fmt::format("ALTER TYPE {} RENAME TO {};", temporary, quote_identifier(type.name.name)), "");
}

}  // namespace pgdrift
