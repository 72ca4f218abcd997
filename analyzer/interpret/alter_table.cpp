#include <fmt/format.h>

#include "analyzer/interpret/acl_changes.hpp"
#include "analyzer/interpret/catalog_edits.hpp"
#include "analyzer/interpret/def_elem.hpp"
#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/extension_members.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/partition_bound.hpp"
#include "analyzer/interpret/sequence_options.hpp"
#include "analyzer/interpret/table_elements.hpp"
#include "analyzer/interpret/table_inheritance.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/types/type_name.hpp"

#include <algorithm>

namespace pgdrift {
namespace {

struct AlterTarget {
  QualifiedName name;
  Table* table = nullptr;
  View* view = nullptr;
  Sequence* sequence = nullptr;
  Index* index = nullptr;
  bool recurse = true;  // false for ALTER TABLE ONLY

  ObjectMeta* meta() const {
    if (table) return &table->meta;
    if (view) return &view->meta;
    if (sequence) return &sequence->meta;
    if (index) return &index->meta;
    return nullptr;
  }
};

// SET DEFAULT NULL: PostgreSQL keeps no default (pg_dump writes it for a child whose
// parent has one).
bool null_constant(const ast::Node* expression) {
  return expression && expression->is("A_Const") && expression->flag("isnull");
}

// The option list of SET (...) / OPTIONS (...), written as a List node.
std::span<const ast::Node> def_elements(const ast::Node& command) {
  const ast::Node* definition = command.get("def");
  return definition ? definition->elements() : std::span<const ast::Node>{};
}

AlterTarget find_target(Context& context, const ast::Node& relation) {
  AlterTarget target;
  target.name = context.resolve_relation(relation);
  Catalog& catalog = context.catalog;
  if (auto t = catalog.tables.find(target.name); t != catalog.tables.end()) target.table = &t->second;
  if (auto v = catalog.views.find(target.name); v != catalog.views.end()) target.view = &v->second;
  if (auto s = catalog.sequences.find(target.name); s != catalog.sequences.end()) target.sequence = &s->second;
  if (auto i = catalog.indexes.find(target.name); i != catalog.indexes.end()) target.index = &i->second;
  return target;
}

Column* find_column(Context& context, const AlterTarget& target, std::string_view name) {
  Column* column = target.table ? target.table->find_column(std::string(name)) : nullptr;
  if (!column)
    context.error(fmt::format(error_form::column_missing, name, object_id(target.name)),
                  {"undefined_column", {target.name.name, std::string(name)}});
  return column;
}

void add_column(Context& context, Table& table, const ast::Node& command) {
  const ast::Node* definition = command.get("def");
  if (!definition) return;
  std::string name(definition->str("colname"));
  if (table.find_column(name)) {
    if (!command.flag("missing_ok"))
      context.error(fmt::format(error_form::column_exists, name, object_id(table.name)),
                    {"duplicate_column", {table.name.name, name}});
    return;
  }
  std::vector<Constraint> constraints;
  table.columns.push_back(column_from_definition(context, table.name, *definition, constraints));
  for (Constraint& constraint : constraints) add_constraint(context, table, std::move(constraint));
}

void add_table_constraint(Context& context, Table& table, const ast::Node& command, bool recurse) {
  const ast::Node* definition = command.get("def");
  if (!definition) return;
  Constraint constraint = constraint_from_node(context, *definition, nullptr);
  if (!constraint.name.empty() && table.constraints.contains(constraint.name)) {
    context.error(
        fmt::format(error_form::constraint_exists, constraint.name, object_id(table.name)),
        {"duplicate_object", {table.name.name, constraint.name}});
    return;
  }
  std::string name = constraint.name;
  if (name.empty()) name = add_constraint(context, table, std::move(constraint));
  else add_constraint(context, table, std::move(constraint));
  const Constraint& added = table.constraints.at(name);
  // ALTER TABLE ONLY does not reach the partitions (pg_dump adds theirs one by one);
  // foreign keys reach them either way.
  if (recurse || added.type == ConstraintType::foreign_key) clone_constraint_to_partitions(context, table, added);
  if (recurse) clone_check_to_children(context, table, added);
}

void add_identity(Context& context, Table& table, Column& column, const ast::Node& command) {
  const ast::Node* definition = command.get("def");
  std::string_view when = definition ? definition->str("generated_when") : "";
  column.identity = when.empty() ? 'a' : when[0];
  column.not_null = true;
  create_column_sequence(context, table.name, column.name, column.type, definition, true);
}

void set_identity_options(Context& context, const Table& table, Column& column, const ast::Node& command) {
  for (auto& [name, sequence] : context.catalog.sequences) {
    if (!sequence.for_identity || sequence.owned_by_table != table.name || sequence.owned_by_column != column.name) continue;
    const ast::Node* definition = command.get("def");
    if (!definition) return;
    for (const ast::Node& option : definition->elements()) {
      if (option.str("defname") == "generated") {
        column.identity = static_cast<char>(integer_argument(option.get("arg")).value_or('a'));
      }
    }
    apply_sequence_options(context, sequence, definition->elements());
    return;
  }
}

void set_column_default(Context& context, const AlterTarget& target, const Table& table,
                        Column& column, const ast::Node& command) {
  column.default_value =
      null_constant(command.get("def")) ? nullptr : context.keep(command.get("def"));
  if (target.recurse) set_default_in_children(context, table, column.name, column.default_value);
}

void attach_partition(Context& context, Table& parent, const ast::Node& command) {
  const ast::Node* partition_command = command.get("def");
  const ast::Node* child = partition_command ? partition_command->get("name") : nullptr;
  if (!child) return;
  auto found = context.catalog.tables.find(context.resolve_relation(*child));
  if (found == context.catalog.tables.end()) {
    QualifiedName missing = context.resolve_relation(*child);
    context.error(fmt::format(error_form::relation_missing, object_id(missing)),
                  {"undefined_table", {missing.name}});
    return;
  }
  Table& partition = found->second;
  if (!may_inherit(context, partition.name, parent.name)) return;
  partition.partition_of = parent.name;
  partition.partition_bound = kept_partition_bound(context, parent, partition_command->get("bound"));
  for (Column& column : partition.columns) {
    if (parent.find_column(column.name)) column.is_local = false;
  }
  clone_partition_members(context, partition);
}

void attach_index_partition(Context& context, Index& parent, const ast::Node& command) {
  const ast::Node* partition_command = command.get("def");
  const ast::Node* child = partition_command ? partition_command->get("name") : nullptr;
  if (!child) return;
  auto found = context.catalog.indexes.find(context.resolve_relation(*child));
  if (found != context.catalog.indexes.end()) found->second.attached_to = parent.name;
}

void set_trigger_state(Context& context, const Table& table, const ast::Node& command, char state) {
  std::string name(command.str("name"));
  for (auto& [key, trigger] : context.catalog.triggers) {
    if (key.table != table.name) continue;
    if (name == "ALL" || name == "USER" || key.name == name) trigger.enabled = state;
  }
}

void drop_column(Context& context, Table& table, const ast::Node& command) {
  std::string name(command.str("name"));
  auto column = std::find_if(table.columns.begin(), table.columns.end(), [&](const Column& c) { return c.name == name; });
  if (column == table.columns.end()) {
    if (!command.flag("missing_ok"))
      context.error(fmt::format(error_form::column_missing, name, object_id(table.name)),
                    {"undefined_column", {table.name.name, name}});
    return;
  }
  table.columns.erase(column);
  // Constraints and indexes on the column go with it, as do sequences it owns.
  std::erase_if(table.constraints, [&](const auto& entry) {
    const auto& columns = entry.second.columns;
    return std::find(columns.begin(), columns.end(), name) != columns.end();
  });
  std::erase_if(context.catalog.indexes, [&](const auto& entry) {
    const auto& keys = entry.second.key_columns;
    return entry.second.table == table.name && std::find(keys.begin(), keys.end(), name) != keys.end();
  });
  std::erase_if(context.catalog.sequences, [&](const auto& entry) {
    return entry.second.owned_by_table == table.name && entry.second.owned_by_column == name;
  });
  if (command.str("behavior") == "DROP_CASCADE") remove_views_reading_column(context.catalog, table.name, name);
}

void drop_constraint(Context& context, Table& table, const ast::Node& command) {
  std::string name(command.str("name"));
  if (table.constraints.erase(name) == 0 && !command.flag("missing_ok")) {
    context.error(fmt::format(error_form::constraint_missing, name, object_id(table.name)),
                  {"undefined_object", {table.name.name, name}});
  }
}

void validate_constraint(Context& context, Table& table, const ast::Node& command) {
  auto found = table.constraints.find(std::string(command.str("name")));
  if (found == table.constraints.end()) {
    context.error(
        fmt::format(error_form::constraint_missing, command.str("name"), object_id(table.name)),
        {"undefined_object", {table.name.name, std::string(command.str("name"))}});
    return;
  }
  found->second.not_valid = false;
}

void detach_partition(Context& context, const ast::Node& command) {
  const ast::Node* partition_command = command.get("def");
  const ast::Node* child = partition_command ? partition_command->get("name") : nullptr;
  if (!child) return;
  auto found = context.catalog.tables.find(context.resolve_relation(*child));
  if (found == context.catalog.tables.end()) return;
  found->second.partition_of.reset();
  found->second.partition_bound = nullptr;
  std::erase_if(found->second.constraints, [](const auto& entry) { return entry.second.inherited; });
}

void alter_column_type(Context& context, Column& column, const ast::Node& command) {
  const ast::Node* definition = command.get("def");
  const ast::Node* type = definition ? definition->get("typeName") : nullptr;
  if (!type) return;
  column.type = context.type(*type);
  column.compression = "";  // PostgreSQL resets it, whatever the new type
  if (const ast::Node* collation = definition->get("collClause")) column.collation = canonical_collation(*collation);
}

void drop_identity(Context& context, const Table& table, Column& column) {
  column.identity = 0;
  std::erase_if(context.catalog.sequences, [&](const auto& entry) {
    return entry.second.for_identity && entry.second.owned_by_table == table.name && entry.second.owned_by_column == column.name;
  });
}

// SET STATISTICS -1 is the default target: none of the column's own.
std::optional<int> statistics_target(const ast::Node& command) {
  int target = static_cast<int>(integer_argument(command.get("def")).value_or(-1));
  if (target < 0) return std::nullopt;
  return target;
}

// SET STATISTICS reaches the column in the children and partitions too, unless ONLY.
void set_statistics(Context& context, const Table& table, Column& column, std::optional<int> target,
                    bool recurse) {
  column.statistics = target;
  if (!recurse) return;
  for (Table* child : children_of(context, table.name)) {
    if (Column* inherited = child->find_column(column.name))
      set_statistics(context, *child, *inherited, target, true);
  }
}

// A relation is clustered on at most one index: CLUSTER ON one clears the others, and SET
// WITHOUT CLUSTER (an empty index name) clears them all. A key's index is its constraint here.
void cluster_on(Context& context, const QualifiedName& relation, const std::string& index_name) {
  for (auto& [name, index] : context.catalog.indexes) {
    if (index.table == relation) index.clustered = name.name == index_name;
  }
  auto table = context.catalog.tables.find(relation);
  if (table == context.catalog.tables.end()) return;
  for (auto& [name, constraint] : table->second.constraints) {
    constraint.clustered = name == index_name && constraint.has_index();
  }
}

// ALTER MATERIALIZED VIEW ... ALTER COLUMN c SET STATISTICS (-1: back to the default).
void set_view_column_statistics(View& view, const ast::Node& command) {
  std::string column(command.str("name"));
  if (std::optional<int> target = statistics_target(command))
    view.column_statistics[column] = *target;
  else
    view.column_statistics.erase(column);
}

void apply_table_command(Context& context, const AlterTarget& target, Table& table, const ast::Node& command) {
  std::string_view subtype = command.str("subtype");
  std::string_view column_name = command.str("name");
  if (subtype == "AT_AddColumn") return add_column(context, table, command);
  if (subtype == "AT_DropColumn") return drop_column(context, table, command);
  if (subtype == "AT_DropConstraint") return drop_constraint(context, table, command);
  if (subtype == "AT_ValidateConstraint") return validate_constraint(context, table, command);
  if (subtype == "AT_DetachPartition") return detach_partition(context, command);
  if (subtype == "AT_AddConstraint") return add_table_constraint(context, table, command, target.recurse);
  if (subtype == "AT_EnableRowSecurity") table.row_security = true;
  else if (subtype == "AT_DisableRowSecurity") table.row_security = false;
  else if (subtype == "AT_ForceRowSecurity") table.force_row_security = true;
  else if (subtype == "AT_NoForceRowSecurity") table.force_row_security = false;
  else if (subtype == "AT_AttachPartition") attach_partition(context, table, command);
  else if (subtype == "AT_SetRelOptions") table.options = with_options_set(table.options, reloption_strings(def_elements(command)));
  else if (subtype == "AT_ResetRelOptions") table.options = with_options_reset(table.options, def_elements(command));
  else if (subtype == "AT_ReplicaIdentity") {
    const ast::Node* identity = command.get("def");
    table.replica_identity = identity ? fmt::format("{}{}", identity->str("identity_type"),
                                                     identity->str("name").empty() ? "" : " " + std::string(identity->str("name")))
                                      : "";
  } else if (subtype == "AT_ClusterOn") cluster_on(context, table.name, std::string(column_name));
  else if (subtype == "AT_DropCluster") cluster_on(context, table.name, "");
  else if (subtype == "AT_EnableTrig" || subtype == "AT_EnableTrigAll" || subtype == "AT_EnableTrigUser") {
    set_trigger_state(context, table, command, 'O');
  } else if (subtype == "AT_DisableTrig" || subtype == "AT_DisableTrigAll" || subtype == "AT_DisableTrigUser") {
    set_trigger_state(context, table, command, 'D');
  } else if (subtype == "AT_EnableAlwaysTrig") {
    set_trigger_state(context, table, command, 'A');
  } else if (subtype == "AT_EnableReplicaTrig") {
    set_trigger_state(context, table, command, 'R');
  } else if (subtype == "AT_AddInherit") {
    if (const ast::Node* parent = command.get("def")) {
      QualifiedName parent_name = context.resolve_relation(*parent);
      if (!may_inherit(context, table.name, parent_name)) return;
      inherit_from_parent(context, table, parent_name);
      table.inherits.push_back(parent_name);
    }
  } else if (subtype == "AT_SetUnLogged") table.unlogged = true;
  else if (subtype == "AT_SetLogged") table.unlogged = false;
  else if (subtype == "AT_GenericOptions") table.foreign_options = option_strings(def_elements(command));
  else {
    Column* column = find_column(context, target, column_name);
    if (!column) return;
    if (subtype == "AT_ColumnDefault")
      set_column_default(context, target, table, *column, command);
    else if (subtype == "AT_SetNotNull") column->not_null = true;
    else if (subtype == "AT_DropNotNull") column->not_null = false;
    else if (subtype == "AT_AddIdentity") add_identity(context, table, *column, command);
    else if (subtype == "AT_AlterColumnType") alter_column_type(context, *column, command);
    else if (subtype == "AT_DropIdentity") drop_identity(context, table, *column);
    else if (subtype == "AT_SetIdentity") set_identity_options(context, table, *column, command);
    else if (subtype == "AT_SetStatistics")
      set_statistics(context, table, *column, statistics_target(command), target.recurse);
    else if (subtype == "AT_SetStorage") column->storage = def_elem_value(command.get("def"));
    else if (subtype == "AT_SetCompression")
      column->compression = compression_method(def_elem_value(command.get("def")));
    else if (subtype == "AT_SetOptions") {
      // Per-column planner settings (n_distinct, ...): not part of what pgdrift compares yet.
    } else {
      context.warn(fmt::format("ALTER TABLE {} is not modeled yet; ignored", subtype));
    }
  }
}

// ALTER VIEW v ALTER COLUMN c SET DEFAULT: what an INSERT through the view fills in.
void set_view_column_default(Context& context, View& view, const ast::Node& command) {
  std::string column(command.str("name"));
  const ast::Node* value = command.get("def");
  if (!value || null_constant(value))
    view.column_defaults.erase(column);
  else
    view.column_defaults[column] = context.keep(value);
}

void apply_command(Context& context, const AlterTarget& target, const ast::Node& command) {
  std::string_view subtype = command.str("subtype");
  if (subtype == "AT_ChangeOwner") {
    if (ObjectMeta* meta = target.meta()) meta->owner = role_name(command.get("newowner"));
    return;
  }
  if (target.table) return apply_table_command(context, target, *target.table, command);
  if (target.index && subtype == "AT_AttachPartition") return attach_index_partition(context, *target.index, command);
  if (target.view && subtype == "AT_SetRelOptions") {
    std::vector<std::string> changed = reloption_strings(def_elements(command));
    for (const std::string& option : changed) {
      if (option.starts_with("check_option=")) target.view->check_option = option.substr(13);
    }
    std::erase_if(changed, [](const std::string& option) { return option.starts_with("check_option="); });
    target.view->options = with_options_set(target.view->options, changed);
    return;
  }
  if (target.view && subtype == "AT_ResetRelOptions") {
    for (const std::string& option : option_strings(def_elements(command))) {
      if (option.starts_with("check_option=")) target.view->check_option.clear();
    }
    target.view->options = with_options_reset(target.view->options, def_elements(command));
    return;
  }
  if (target.view && subtype == "AT_ColumnDefault") {
    if (!target.view->materialized) return set_view_column_default(context, *target.view, command);
    return context.error(fmt::format(error_form::matview_default, object_id(target.name)));
  }
  if (target.view && (subtype == "AT_ClusterOn" || subtype == "AT_DropCluster")) {
    return cluster_on(context, target.view->name, std::string(command.str("name")));
  }
  if (target.view && target.view->materialized && subtype == "AT_SetStatistics") {
    return set_view_column_statistics(*target.view, command);
  }
  if (subtype == "AT_SetStatistics" || subtype == "AT_SetOptions" || subtype == "AT_SetStorage" ||
      subtype == "AT_SetCompression") {
    // A materialized view's other column settings: not compared yet.
    return;
  }
  if (target.sequence || target.view || target.index) {
    context.warn(fmt::format("ALTER {} is not modeled yet; ignored", subtype));
    return;
  }
  context.error(fmt::format(error_form::relation_missing, object_id(target.name)),
                {"undefined_table", {target.name.name}});
}

// The index behind a PRIMARY KEY, UNIQUE or EXCLUDE constraint is part of the constraint.
bool is_constraint_index(Context& context, const QualifiedName& name) {
  for (const auto& [table_name, table] : context.catalog.tables) {
    if (table_name.schema == name.schema && table.constraints.contains(name.name)) return true;
  }
  return false;
}

// ALTER INDEX parent_pkey ATTACH PARTITION partition_pkey: the partition's key becomes its
// parent's, as a key added to the parent without ONLY would have made it.
void attach_constraint_index(Context& context, const ast::Node& command) {
  const ast::Node* partition_command = command.get("def");
  const ast::Node* child = partition_command ? partition_command->get("name") : nullptr;
  if (!child) return;
  QualifiedName index = context.resolve_relation(*child);
  for (auto& [table_name, table] : context.catalog.tables) {
    auto found = table.constraints.find(index.name);
    if (table_name.schema != index.schema || found == table.constraints.end() || !table.partition_of) continue;
    found->second.inherited = true;
    return;
  }
}

}  // namespace

void alter_table(Context& context, const ast::Node& statement) {
  if (statement.str("objtype") == "OBJECT_TYPE") return alter_composite_type(context, statement);
  const ast::Node* relation = statement.get("relation");
  if (!relation) return;
  AlterTarget target = find_target(context, *relation);
  target.recurse = relation->flag("inh");
  if (!target.meta() && statement.str("objtype") == "OBJECT_INDEX" && is_constraint_index(context, target.name)) {
    for (const ast::Node& command : statement.list("cmds")) {
      if (command.str("subtype") == "AT_AttachPartition") attach_constraint_index(context, command);
    }
    return;
  }
  if (!target.meta()) {
    const Extension* extension = extension_living_in(context.catalog, target.name.schema);
    if (extension && target.name.schema != "public") {
      // Extensions make tables at run time in their own schemas (pgmq.create('q') makes
      // pgmq.q_q): not modeled. In public, where users make theirs, a missing one is an error.
      context.warn(fmt::format("relation {} is not in the schema; in schema {}, where extension {} lives, it is taken to be "
                               "one of the extension's objects, which are not modeled; ALTER TABLE not followed",
                               object_id(target.name), target.name.schema, extension->name));
      return;
    }
    if (!statement.flag("missing_ok"))
      context.error(fmt::format(error_form::relation_missing, object_id(target.name)),
                    {"undefined_table", {target.name.name}});
    return;
  }
  for (const ast::Node& command : statement.list("cmds")) apply_command(context, target, command);
}

}  // namespace pgdrift
