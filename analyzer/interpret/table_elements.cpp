#include "analyzer/interpret/table_elements.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "analyzer/interpret/sequence_options.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/naming/generated_names.hpp"
#include "parser/identifier.hpp"
#include "parser/statement_parser.hpp"

namespace pgdrift {
namespace {

char action_code(std::string_view action) { return action.empty() ? 'a' : action[0]; }

void collect_column_refs(const ast::Node& node, std::vector<std::string>& out) {
  if (node.is("ColumnRef")) {
    auto fields = node.list("fields");
    if (!fields.empty()) {
      std::string name(fields.back().string_value());
      if (!name.empty() && std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
    }
    return;
  }
  for (const ast::Field& field : node.fields()) collect_column_refs(field.value, out);
  for (const ast::Node& item : node.items()) collect_column_refs(item, out);
}

ConstraintType constraint_type(std::string_view contype) {
  if (contype == "CONSTR_PRIMARY") return ConstraintType::primary_key;
  if (contype == "CONSTR_UNIQUE") return ConstraintType::unique;
  if (contype == "CONSTR_FOREIGN") return ConstraintType::foreign_key;
  if (contype == "CONSTR_EXCLUSION") return ConstraintType::exclusion;
  return ConstraintType::check;
}

bool is_table_constraint(std::string_view contype) {
  return contype == "CONSTR_PRIMARY" || contype == "CONSTR_UNIQUE" || contype == "CONSTR_FOREIGN" ||
         contype == "CONSTR_EXCLUSION" || contype == "CONSTR_CHECK";
}

// DEFERRABLE / INITIALLY DEFERRED written after a column constraint modify the one before.
void apply_constraint_attribute(std::string_view contype, Constraint& target) {
  if (contype == "CONSTR_ATTR_DEFERRABLE") target.deferrable = true;
  if (contype == "CONSTR_ATTR_NOT_DEFERRABLE") target.deferrable = false;
  if (contype == "CONSTR_ATTR_DEFERRED") target.initially_deferred = true;
  if (contype == "CONSTR_ATTR_IMMEDIATE") target.initially_deferred = false;
}

std::string generated_constraint_name(Context& context, const Table& table, const Constraint& constraint) {
  auto constraint_taken = [&](const std::string& name) { return table.constraints.contains(name); };
  auto relation_taken = [&](const std::string& name) {
    return context.catalog.relation_exists({table.name.schema, name});
  };
  switch (constraint.type) {
    case ConstraintType::primary_key:
      return choose_generated_name(table.name.name, {}, "pkey", relation_taken);
    case ConstraintType::unique:
      return choose_generated_name(table.name.name, constraint.columns, "key", relation_taken);
    case ConstraintType::exclusion:
      return choose_generated_name(table.name.name, constraint.columns, "excl", relation_taken);
    case ConstraintType::foreign_key:
      return choose_generated_name(table.name.name, constraint.columns, "fkey", constraint_taken);
    case ConstraintType::check: {
      std::vector<std::string> columns = constraint.check ? referenced_columns(*constraint.check)
                                                          : std::vector<std::string>{};
      if (columns.size() != 1) columns.clear();
      return choose_generated_name(table.name.name, columns, "check", constraint_taken);
    }
  }
  return {};
}

void apply_column_constraint(Context& context, const QualifiedName& table, Column& column,
                             const ast::Node& constraint, std::vector<Constraint>& table_constraints) {
  std::string_view contype = constraint.str("contype");
  if (contype == "CONSTR_NOTNULL") {
    column.not_null = true;
  } else if (contype == "CONSTR_NULL") {
    column.not_null = false;
  } else if (contype == "CONSTR_DEFAULT") {
    const ast::Node* value = constraint.get("raw_expr");
    bool null_default = value && value->is("A_Const") && value->flag("isnull");  // DEFAULT NULL: none
    column.default_value = null_default ? nullptr : context.keep(value);
  } else if (contype == "CONSTR_GENERATED") {
    column.generated = context.keep(constraint.get("raw_expr"));
  } else if (contype == "CONSTR_IDENTITY") {
    std::string_view when = constraint.str("generated_when");
    column.identity = when.empty() ? 'a' : when[0];
    column.not_null = true;
    create_column_sequence(context, table, column.name, column.type, &constraint, true);
  } else if (is_table_constraint(contype)) {
    table_constraints.push_back(constraint_from_node(context, constraint, &column.name));
    if (contype == "CONSTR_PRIMARY") column.not_null = true;
  } else if (!table_constraints.empty()) {
    apply_constraint_attribute(contype, table_constraints.back());
  }
}

// REFERENCES t without columns means t's primary key.
std::vector<std::string> primary_key_columns(Context& context, const Table& self, const QualifiedName& referenced) {
  const Table* target = referenced == self.name ? &self : nullptr;
  if (!target) {
    auto found = context.catalog.tables.find(referenced);
    if (found == context.catalog.tables.end()) return {};
    target = &found->second;
  }
  for (const auto& [name, constraint] : target->constraints) {
    if (constraint.type == ConstraintType::primary_key) return constraint.columns;
  }
  return {};
}

}  // namespace

std::vector<std::string> string_list(std::span<const ast::Node> names) {
  std::vector<std::string> out;
  for (const ast::Node& name : names) out.emplace_back(name.string_value());
  return out;
}

std::vector<std::string> referenced_columns(const ast::Node& expression) {
  std::vector<std::string> columns;
  collect_column_refs(expression, columns);
  return columns;
}

Expr synthesized_expression(Context& context, const std::string& sql) {
  StatementParse parse = parse_statement("SELECT " + sql, context.catalog.tree_arena());
  if (parse.trees.empty()) return nullptr;
  auto targets = parse.trees.front()->list("targetList");
  if (targets.empty()) return nullptr;
  return targets.front().get("val");
}

Sequence& create_column_sequence(Context& context, const QualifiedName& table, const std::string& column,
                                 const std::string& data_type, const ast::Node* identity_options,
                                 bool for_identity) {
  Sequence sequence;
  sequence.for_identity = for_identity;
  sequence.options.data_type = data_type;
  if (identity_options) apply_sequence_options(context, sequence, identity_options->list("options"));
  if (sequence.name.name.empty()) {
    auto taken = [&](const std::string& name) { return context.catalog.relation_exists({table.schema, name}); };
    sequence.name = {table.schema, choose_generated_name(table.name, {column}, "seq", taken)};
  }
  sequence.owned_by_table = table;
  sequence.owned_by_column = column;
  sequence.meta = context.new_object_meta("sequences", sequence.name.schema);
  QualifiedName name = sequence.name;
  return context.catalog.sequences[name] = std::move(sequence);
}

std::string compression_method(std::string_view written) {
  return written == "default" ? "" : std::string(written);
}

Column column_from_definition(Context& context, const QualifiedName& table, const ast::Node& column_def,
                              std::vector<Constraint>& table_constraints) {
  Column column;
  column.name = std::string(column_def.str("colname"));
  column.meta.defined_at = context.here();
  column.is_local = true;
  const ast::Node* type_name = column_def.get("typeName");
  std::optional<std::string> serial = type_name ? serial_base_type(*type_name) : std::nullopt;
  if (serial) {
    column.type = *serial;
    Sequence& sequence = create_column_sequence(context, table, column.name, *serial, nullptr, false);
    column.default_value = synthesized_expression(
        context, fmt::format("nextval({}::regclass)", quote_literal(object_id(sequence.name))));
    column.not_null = true;
  } else if (type_name) {
    column.type = context.type(*type_name);
  }
  if (const ast::Node* collation = column_def.get("collClause")) {
    column.collation = canonical_collation(*collation);
  }
  std::string_view storage = column_def.str("storage");
  if (!storage.empty()) column.storage = std::string(storage);
  column.compression = compression_method(column_def.str("compression"));
  for (const ast::Node& constraint : column_def.list("constraints")) {
    apply_column_constraint(context, table, column, constraint, table_constraints);
  }
  return column;
}

Constraint constraint_from_node(Context& context, const ast::Node& node, const std::string* column) {
  Constraint constraint;
  constraint.name = std::string(node.str("conname"));
  constraint.type = constraint_type(node.str("contype"));
  constraint.definition = context.keep(&node);
  constraint.meta.defined_at = context.here();
  constraint.columns = string_list(node.list("keys"));
  constraint.include = string_list(node.list("including"));
  constraint.deferrable = node.flag("deferrable");
  constraint.initially_deferred = node.flag("initdeferred");
  constraint.not_valid = node.flag("skip_validation");
  constraint.no_inherit = node.flag("is_no_inherit");
  constraint.nulls_not_distinct = node.flag("nulls_not_distinct");
  constraint.check = constraint.definition->get("raw_expr");
  if (constraint.type == ConstraintType::foreign_key) {
    constraint.columns = string_list(node.list("fk_attrs"));
    if (const ast::Node* referenced = node.get("pktable")) constraint.referenced_table = context.resolve_relation(*referenced);
    constraint.referenced_columns = string_list(node.list("pk_attrs"));
    constraint.on_update = action_code(node.str("fk_upd_action"));
    constraint.on_delete = action_code(node.str("fk_del_action"));
    constraint.match = action_code(node.str("fk_matchtype"));
    if (constraint.match == 'a') constraint.match = 's';
    constraint.on_delete_set_columns = string_list(node.list("fk_del_set_cols"));
  }
  if (constraint.type == ConstraintType::exclusion) {
    for (const ast::Node& pair : node.list("exclusions")) {
      auto items = pair.elements();
      if (!items.empty() && items[0].is("IndexElem")) constraint.columns.emplace_back(items[0].str("name"));
    }
  }
  if (column && constraint.columns.empty() && constraint.type != ConstraintType::check) {
    constraint.columns.push_back(*column);
  }
  return constraint;
}

std::string add_constraint(Context& context, Table& table, Constraint constraint) {
  if (constraint.name.empty()) constraint.name = generated_constraint_name(context, table, constraint);
  if (constraint.type == ConstraintType::foreign_key && constraint.referenced_columns.empty()) {
    constraint.referenced_columns = primary_key_columns(context, table, constraint.referenced_table);
  }
  if (constraint.type == ConstraintType::primary_key) {
    for (const std::string& key : constraint.columns) {
      if (Column* column = table.find_column(key)) column->not_null = true;
    }
  }
  std::string name = constraint.name;
  table.constraints[name] = std::move(constraint);
  return name;
}

}  // namespace pgdrift
