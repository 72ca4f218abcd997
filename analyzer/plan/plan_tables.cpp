// Tables and their columns: CREATE / DROP TABLE, ALTER TABLE for what changed in place.
#include <fmt/format.h>

#include <utility>

#include "analyzer/plan/ddl.hpp"
#include "analyzer/plan/hazards.hpp"
#include "analyzer/plan/inherited_columns.hpp"
#include "analyzer/plan/plan_meta.hpp"
#include "analyzer/plan/plan_nodes.hpp"
#include "analyzer/plan/planners.hpp"
#include "analyzer/plan/sql_text.hpp"
#include "analyzer/plan/type_conversion.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

std::string alter(const Table& table) {
  return fmt::format("ALTER {}TABLE {}", table.kind == TableKind::foreign ? "FOREIGN " : "", sql_name(table.name));
}

std::string alter_column(const Table& table, const Column& column) {
  return fmt::format("{} ALTER COLUMN {}", alter(table), quote_identifier(column.name));
}

ObjectRef table_ref(const Table& table) {
  std::string keyword = table.kind == TableKind::foreign ? "FOREIGN TABLE" : "TABLE";
  return {keyword, sql_name(table.name), keyword, "TABLE", sql_name(table.name), "", "OBJECT_TABLE", table.name.schema};
}

ObjectRef column_ref(const Table& table, const Column& column) {
  return {"COLUMN", sql_name(table.name) + "." + quote_identifier(column.name), "", "TABLE", sql_name(table.name),
          column.name, "OBJECT_COLUMN", ""};
}

void plan_storage_parameters(PlanContext& context, const Table& old_table, const Table& new_table) {
  std::vector<std::string> reset = options_to_reset(old_table.options, new_table.options);
  std::string node = table_node(new_table.name);
  if (!reset.empty()) context.add(StepPhase::create, node, fmt::format("{} RESET ({});", alter(new_table), fmt::join(reset, ", ")));
  if (!new_table.options.empty() && new_table.options != old_table.options) {
    context.add(StepPhase::create, node, fmt::format("{} SET ({});", alter(new_table), fmt::join(new_table.options, ", ")));
  }
}

void plan_row_security(PlanContext& context, const Table* old_table, const Table& table) {
  std::string node = table_node(table.name);
  if (table.row_security != (old_table && old_table->row_security)) {
    context.add(StepPhase::create, node,
                fmt::format("{} {} ROW LEVEL SECURITY;", alter(table), table.row_security ? "ENABLE" : "DISABLE"));
  }
  if (table.force_row_security != (old_table && old_table->force_row_security)) {
    context.add(StepPhase::create, node,
                fmt::format("{} {}FORCE ROW LEVEL SECURITY;", alter(table), table.force_row_security ? "" : "NO "));
  }
}

// Kept as PostgreSQL's code and index name: "f", "n", "d", "i name".
std::string replica_identity_sql(const std::string& identity) {
  if (identity.starts_with("f")) return "FULL";
  if (identity.starts_with("n")) return "NOTHING";
  if (identity.starts_with("i ")) return "USING INDEX " + quote_identifier(identity.substr(2));
  return "DEFAULT";
}

void plan_replica_identity(PlanContext& context, const Table* old_table, const Table& table) {
  std::string before = old_table ? old_table->replica_identity : "";
  if (replica_identity_sql(table.replica_identity) == replica_identity_sql(before)) return;
  context.add(StepPhase::create, table_node(table.name),
              fmt::format("{} REPLICA IDENTITY {};", alter(table), replica_identity_sql(table.replica_identity)));
}

// A default or statistics target set on a parent reaches its children, which
// may have their own: ONLY.
std::string alter_default(const PlanContext& context, const Table& table, const Column& column) {
  if (table.kind == TableKind::foreign || !has_children(context, table.name)) return alter_column(table, column);
  return fmt::format("ALTER TABLE ONLY {} ALTER COLUMN {}", sql_name(table.name), quote_identifier(column.name));
}

// A column's compression once the steps before have run: ALTER COLUMN TYPE (a type or
// collation change) resets it to the default.
std::string compression_before(const Column* old_column, const Column& column) {
  if (!old_column || old_column->type != column.type || old_column->collation != column.collation)
    return "";
  return old_column->compression;
}

// The statistics target and compression of a column (of a new one: when not the default),
// each column of a table tree on its own.
void plan_column_settings(PlanContext& context, const Table& table, const Column* old_column, const Column& column) {
  std::string node = column_node(table.name, column.name);
  if (old_column ? old_column->statistics != column.statistics : column.statistics.has_value()) {
    context.add(StepPhase::create, node,
                fmt::format("{} SET STATISTICS {};", alter_default(context, table, column), column.statistics.value_or(-1)));
  }
  if (compression_before(old_column, column) != column.compression) {
    context.add(
        StepPhase::create, node,
        fmt::format("{} SET COMPRESSION {};", alter_default(context, table, column),
                    column.compression.empty() ? "default" : std::string(column.compression)));
  }
}

void plan_column_extras(PlanContext& context, const Table& table, const Column* old_column, const Column& column) {
  std::string node = column_node(table.name, column.name);
  if (!column.storage.empty() && (!old_column || old_column->storage != column.storage)) {
    context.add(StepPhase::create, node, fmt::format("{} SET STORAGE {};", alter_column(table, column), column.storage));
  }
  plan_column_settings(context, table, old_column, column);
  plan_meta(context, node, column_ref(table, column), old_column ? &old_column->meta : nullptr, column.meta);
}

void create_table_steps(PlanContext& context, const Table& table) {
  std::string node = table_node(table.name);
  context.add(StepPhase::create, node, create_table_sql(table, context.identity_lookup()) + ";");
  if (table.partition_of) context.add(StepPhase::create, node, attach_partition_sql(table) + ";");
  set_inherited_column_differences(context, table);
  plan_row_security(context, nullptr, table);
  plan_replica_identity(context, nullptr, table);
  plan_meta(context, node, table_ref(table), nullptr, table.meta);
  for (const Column& column : table.columns) plan_column_extras(context, table, nullptr, column);
}

void create_table(PlanContext& context, const Table& table) {
  context.implementing(fmt::format("table {} added", object_id(table.name)));
  create_table_steps(context, table);
}

void add_drop_table_step(PlanContext& context, const Table& table) {
  PlanStep& step = context.add(StepPhase::drop, table_node(table.name),
                               fmt::format("DROP {}TABLE {};", table.kind == TableKind::foreign ? "FOREIGN " : "", sql_name(table.name)));
  step.data_loss = true;
  step.hazard = hazard::kDropTable;
}

void drop_table(PlanContext& context, const Table& table) {
  context.implementing(fmt::format("table {} removed", object_id(table.name)));
  add_drop_table_step(context, table);
}

void add_column(PlanContext& context, const Table& table, const Column& column) {
  PlanStep& step = context.add(StepPhase::create, column_node(table.name, column.name),
                               fmt::format("{} ADD COLUMN {};", alter(table), column_definition(table, column, context.identity_lookup())));
  if (column.not_null && !column.default_value && !column.identity && !column.generated) step.hazard = hazard::kAddRequiredColumn;
  else if (column.generated || column.identity || (column.default_value && has_volatile_call(column.default_value))) {
    step.hazard = hazard::kVolatileDefault;
  }
  plan_column_extras(context, table, nullptr, column);
}

void drop_column(PlanContext& context, const Table& table, const Column& column) {
  PlanStep& step = context.add(StepPhase::drop, column_node(table.name, column.name),
                               fmt::format("{} DROP COLUMN {};", alter(table), quote_identifier(column.name)));
  step.data_loss = true;
  step.hazard = hazard::kDropColumn;
}

void retype_column(PlanContext& context, const Table& table, const Column& old_column, const Column& column) {
  std::string collation = column.collation.empty() ? "" : " COLLATE " + column.collation.str();
  PlanStep& step = context.add(StepPhase::create, column_node(table.name, column.name),
                               fmt::format("{} TYPE {}{} USING {};", alter_column(table, column), column.type, collation,
                                           type_conversion(quote_identifier(column.name), old_column.type, column.type,
                                                           context.old_catalog, context.new_catalog)));
  step.hazard = hazard::kRetype;
  step.data_loss = type_change_may_lose_data(old_column.type, column.type);
}

void set_default(PlanContext& context, const Table& table, const Column& column) {
  if (!column.default_value) return;
  context.add(StepPhase::create, default_node(table.name, column.name),
              fmt::format("{} SET DEFAULT {};", alter_default(context, table, column), sql_expression(column.default_value)));
}

// The old default goes in the drop phase: what it calls may be dropped there.
void drop_default(PlanContext& context, const Table& table, const Column& old_column) {
  if (!old_column.default_value) return;
  context.add(StepPhase::drop, default_node(table.name, old_column.name),
              fmt::format("{} DROP DEFAULT;", alter_default(context, table, old_column)));
}

// SET/DROP NOT NULL reaches the children (PostgreSQL requires it of partitions); those
// NEW gives their own are put back.
void change_not_null(PlanContext& context, const Table& table, const Column& column) {
  PlanStep& step = context.add(StepPhase::create, column_node(table.name, column.name),
                               fmt::format("{} {} NOT NULL;", alter_column(table, column), column.not_null ? "SET" : "DROP"));
  if (column.not_null) step.hazard = hazard::kSetNotNull;
  restore_descendants_not_null(context, table, column);
}

void change_identity(PlanContext& context, const Table& table, const Column& old_column, const Column& column) {
  std::string node = column_node(table.name, column.name);
  if (!column.identity) {
    // In the drop phase: it drops the identity sequence, whose name a new sequence may take.
    context.add(StepPhase::drop, node, fmt::format("{} DROP IDENTITY;", alter_column(table, column)));
  } else if (!old_column.identity) {
    context.add(StepPhase::create, node,
                fmt::format("{} ADD {};", alter_column(table, column), identity_definition(table, column, context.identity_lookup())));
  } else {
    context.add(StepPhase::create, node,
                fmt::format("{} SET GENERATED {};", alter_column(table, column), column.identity == 'a' ? "ALWAYS" : "BY DEFAULT"));
  }
}

// A generated column's expression cannot be altered: the column is added again (its values
// are computed, so nothing is lost unless it was not generated before).
void regenerate_column(PlanContext& context, const Table& table, const Column& old_column, const Column& column) {
  PlanStep& drop = context.add(StepPhase::drop, column_node(table.name, column.name),
                               fmt::format("{} DROP COLUMN {};", alter(table), quote_identifier(column.name)));
  drop.data_loss = !old_column.generated;
  drop.hazard = hazard::kDropColumn;
  add_column(context, table, column);
}

void change_column(PlanContext& context, const Table& table, const Column& old_column, const Column& column,
                   const Change& change) {
  if (PlanContext::has_aspect(change, "generated")) {
    regenerate_column(context, table, old_column, column);
    return;
  }
  bool default_recreated = context.recreated(default_node(table.name, column.name));
  if (PlanContext::has_aspect(change, "type") || PlanContext::has_aspect(change, "collation")) {
    retype_column(context, table, old_column, column);
  }
  if (PlanContext::has_aspect(change, "default") && !default_recreated) {
    drop_default(context, table, old_column);
    set_default(context, table, column);
  }
  // Identity needs NOT NULL: it goes before NOT NULL is dropped, comes after it is set.
  bool identity_changed = PlanContext::has_aspect(change, "identity");
  if (identity_changed && !column.identity) change_identity(context, table, old_column, column);
  if (PlanContext::has_aspect(change, "not_null")) change_not_null(context, table, column);
  if (identity_changed && column.identity) change_identity(context, table, old_column, column);
  plan_column_extras(context, table, &old_column, column);
}

// A column the table inherits keeps its parent's type; its default, NOT NULL, statistics
// target, comment and grants are its own.
void change_inherited_column(PlanContext& context, const Table& table, const Column& old_column, const Column& column,
                             const Change& change) {
  if (PlanContext::has_aspect(change, "default") && !context.recreated(default_node(table.name, column.name))) {
    drop_default(context, table, old_column);
    set_default(context, table, column);
  }
  if (PlanContext::has_aspect(change, "not_null")) change_not_null(context, table, column);
  plan_column_settings(context, table, &old_column, column);
  plan_meta(context, column_node(table.name, column.name), column_ref(table, column), &old_column.meta, column.meta);
}

// An inherited column goes with its parent's unless the child declares it itself.
bool parent_drops_column(const PlanContext& context, const Table& old_table, const std::string& column) {
  for (const QualifiedName& parent : old_table.inherits) {
    auto before = context.old_catalog.tables.find(parent);
    auto after = context.new_catalog.tables.find(parent);
    bool had = before != context.old_catalog.tables.end() && before->second.find_column(column);
    bool has = after != context.new_catalog.tables.end() && after->second.find_column(column);
    if (had && !has) return true;
  }
  return false;
}

// Defaults dropped before what they call is replaced, and set again after.
void recreate_defaults(PlanContext& context, const Table& old_table, const Table& table) {
  for (const Column& column : table.columns) {
    const Column* old_column = old_table.find_column(column.name);
    if (!old_column || !context.recreated(default_node(table.name, column.name))) continue;
    context.implementing(fmt::format("default of column {} set again", member_id(table.name, column.name)));
    drop_default(context, table, *old_column);
    set_default(context, table, column);
  }
}

void plan_columns(PlanContext& context, const Table& old_table, const Table& table) {
  for (const Column& column : old_table.columns) {
    const Change* change = context.change("column", member_id(table.name, column.name));
    if (!change || change->type != ChangeType::removed || !column.is_local) continue;
    context.implementing(fmt::format("column {} removed", member_id(table.name, column.name)));
    drop_column(context, table, column);
  }
  for (const Column& column : table.columns) {
    const Change* change = context.change("column", member_id(table.name, column.name));
    const Column* old_column = old_table.find_column(column.name);
    if (old_column && column.generated && context.recreated(column_node(table.name, column.name))) {
      context.implementing(fmt::format("generated column {} added again around a type change", member_id(table.name, column.name)));
      regenerate_column(context, table, *old_column, column);
      continue;
    }
    if (old_column && !old_column->is_local && column.is_local && parent_drops_column(context, old_table, column.name)) {
      context.implementing(fmt::format("column {} kept while its parent drops it", member_id(table.name, column.name)));
      add_column(context, table, column);
      continue;
    }
    if (!change || (!column.is_local && change->type != ChangeType::changed)) continue;
    context.implementing(fmt::format("column {} {}", member_id(table.name, column.name), change_type_name(change->type)));
    if (change->type == ChangeType::added) add_column(context, table, column);
    else if (old_column && column.is_local) change_column(context, table, *old_column, column, *change);
    else if (old_column) change_inherited_column(context, table, *old_column, column, *change);
  }
  recreate_defaults(context, old_table, table);
}

// A partition that stops being one is detached before anything else changes: the columns
// its old parent gains from here on are not its own.
bool plan_detach(PlanContext& context, const Table& old_table, const Table& table) {
  if (!old_table.partition_of || table.partition_of) return false;
  context.add(StepPhase::drop, table_node(table.name),
              fmt::format("ALTER TABLE {} DETACH PARTITION {};", sql_name(*old_table.partition_of), sql_name(table.name)));
  return true;
}

// Table changes the plan leaves to the user: re-creating a table loses its rows (planned
// only with --allow-drops, see plan_recreate.cpp); the others need one ALTER TABLE, around
// which the columns and constraints the table gains or loses would have to be ordered.
void warn_unplanned_table_changes(PlanContext& context, const Table& table, const Change& change, bool detached) {
  static constexpr std::pair<const char*, const char*> kUnplanned[] = {
      {"partition_key", "changing partition_key needs the table dropped and created again, losing its rows (rerun with --allow-drops to plan it)"},
      {"foreign_server", "changing foreign_server needs the table dropped and created again (rerun with --allow-drops to plan it)"},
      {"partition_of", "changing partition_of (ALTER TABLE ... ATTACH PARTITION)"},
      {"inherits", "changing inherits (ALTER TABLE ... NO INHERIT / INHERIT)"},
      {"typed_as", "changing typed_as (ALTER TABLE ... NOT OF / OF)"},
      {"column_order", "column order differs (SELECT *, INSERT without a column list and COPY see it); PostgreSQL cannot reorder columns without rebuilding the table"},
  };
  for (const auto& [aspect, what] : kUnplanned) {
    if (std::string_view(aspect) == "partition_of" && detached) continue;
    if (PlanContext::has_aspect(change, aspect)) {
      context.warn(fmt::format("table {}: {}; not planned", object_id(table.name), what));
    }
  }
}

// The table is dropped and created again (plan_recreate.cpp decided it, with its members
// and the views that read it); the sequences it owns are let go of around it
// (plan_sequences.cpp).
void recreate_table(PlanContext& context, const Table& old_table, const Table& table) {
  context.implementing(fmt::format("table {} changed: dropped and created again", object_id(table.name)));
  add_drop_table_step(context, old_table);
  create_table_steps(context, table);
}

void change_table(PlanContext& context, const Table& old_table, const Table& table, const Change* change) {
  if (change) {
    context.implementing(fmt::format("table {} changed", object_id(table.name)));
    plan_row_security(context, &old_table, table);
    plan_replica_identity(context, &old_table, table);
    if (PlanContext::has_aspect(*change, "storage_parameters")) plan_storage_parameters(context, old_table, table);
    if (PlanContext::has_aspect(*change, "unlogged")) {
      context.add(StepPhase::create, table_node(table.name),
                  fmt::format("{} SET {};", alter(table), table.unlogged ? "UNLOGGED" : "LOGGED"));
    }
    warn_unplanned_table_changes(context, table, *change, plan_detach(context, old_table, table));
    plan_meta(context, table_node(table.name), table_ref(table), &old_table.meta, table.meta);
  }
  plan_columns(context, old_table, table);
}

}  // namespace

void plan_tables(PlanContext& context) {
  for (const auto& [name, table] : context.old_catalog.tables) {
    const Change* change = context.change("table", object_id(name));
    if (change && change->type == ChangeType::removed) drop_table(context, table);
  }
  for (const auto& [name, table] : context.new_catalog.tables) {
    const Change* change = context.change("table", object_id(name));
    auto old_table = context.old_catalog.tables.find(name);
    if (change && change->type == ChangeType::added) create_table(context, table);
    else if (old_table == context.old_catalog.tables.end()) continue;
    else if (context.recreated(table_node(name))) recreate_table(context, old_table->second, table);
    else change_table(context, old_table->second, table, change);
  }
}

}  // namespace pgdrift
