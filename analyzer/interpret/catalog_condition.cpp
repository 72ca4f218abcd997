#include "analyzer/interpret/catalog_condition.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "analyzer/model/object_id.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

// A row of a system catalog, its columns as text. Object ids are made up ("n:public",
// "r:public.t"): equal exactly when PostgreSQL's oids would be.
using Row = std::map<std::string, std::string>;

std::string namespace_oid(const std::string& schema) { return "n:" + schema; }
std::string relation_oid(const QualifiedName& name) { return "r:" + object_id(name); }
std::string type_oid(const QualifiedName& name) { return "t:" + object_id(name); }

void add_relation_rows(const Catalog& catalog, std::vector<Row>& rows) {
  auto add = [&](const QualifiedName& name, std::string kind) {
    rows.push_back({{"oid", relation_oid(name)}, {"relname", name.name}, {"relnamespace", namespace_oid(name.schema)},
                    {"relkind", std::move(kind)}});
  };
  for (const auto& [name, table] : catalog.tables) {
    add(name, table.kind == TableKind::partitioned ? "p" : table.kind == TableKind::foreign ? "f" : "r");
  }
  for (const auto& [name, view] : catalog.views) add(name, view.materialized ? "m" : "v");
  for (const auto& [name, sequence] : catalog.sequences) add(name, "S");
  for (const auto& [name, index] : catalog.indexes) add(name, "i");
}

// pg_type: user types, every relation's row type and, when asked for by name, a built-in type.
void add_type_rows(const Catalog& catalog, const Row& asked, std::vector<Row>& rows) {
  for (const auto& [name, type] : catalog.types) {
    rows.push_back({{"oid", type_oid(name)}, {"typname", name.name}, {"typnamespace", namespace_oid(name.schema)}});
  }
  std::vector<Row> relations;
  add_relation_rows(catalog, relations);
  for (const Row& relation : relations) {
    if (relation.at("relkind") == "i") continue;
    rows.push_back({{"oid", "t:" + relation.at("oid")}, {"typname", relation.at("relname")},
                    {"typnamespace", relation.at("relnamespace")}, {"typrelid", relation.at("oid")}});
  }
  if (auto name = asked.find("typname"); name != asked.end() && is_builtin_type(name->second)) {
    rows.push_back({{"oid", type_oid({"pg_catalog", name->second})}, {"typname", name->second},
                    {"typnamespace", namespace_oid("pg_catalog")}});
  }
}

void add_namespace_rows(const Catalog& catalog, std::vector<Row>& rows) {
  for (const auto& [name, schema] : catalog.schemas) rows.push_back({{"oid", namespace_oid(name)}, {"nspname", name}});
  for (std::string builtin : {"pg_catalog", "information_schema"}) {
    if (!catalog.schemas.contains(builtin)) rows.push_back({{"oid", namespace_oid(builtin)}, {"nspname", builtin}});
  }
}

void add_constraint_rows(const Catalog& catalog, std::vector<Row>& rows) {
  for (const auto& [name, table] : catalog.tables) {
    for (const auto& [constraint_name, constraint] : table.constraints) {
      rows.push_back({{"conname", constraint_name}, {"conrelid", relation_oid(name)},
                      {"connamespace", namespace_oid(name.schema)},
                      {"contype", std::string(1, static_cast<char>(constraint.type))}});
    }
  }
}

void add_table_rows(const Catalog& catalog, std::vector<Row>& rows, bool views_too) {
  for (const auto& [name, table] : catalog.tables) {
    rows.push_back({{"table_schema", name.schema}, {"table_name", name.name},
                    {"table_type", table.kind == TableKind::foreign ? "FOREIGN" : "BASE TABLE"}});
  }
  if (!views_too) return;
  for (const auto& [name, view] : catalog.views) {
    if (!view.materialized) rows.push_back({{"table_schema", name.schema}, {"table_name", name.name}, {"table_type", "VIEW"}});
  }
}

// Renames the columns of each row: information_schema and the pg_* views name alike
// things differently.
std::vector<Row> renamed(std::vector<Row> rows, const std::map<std::string, std::string>& names) {
  std::vector<Row> out;
  for (Row& row : rows) {
    Row renamed_row;
    for (auto& [column, value] : row) {
      auto name = names.find(column);
      if (name != names.end()) renamed_row[name->second] = std::move(value);
    }
    out.push_back(std::move(renamed_row));
  }
  return out;
}

// The rows of a system catalog the catalog answers for; nothing for another relation.
std::optional<std::vector<Row>> catalog_rows(const Catalog& catalog, std::string_view schema, std::string_view name,
                                             const Row& asked) {
  std::vector<Row> rows;
  if (schema == "information_schema") {
    if (name == "tables") add_table_rows(catalog, rows, true);
    else if (name == "schemata") for (const auto& [schema_name, s] : catalog.schemas) rows.push_back({{"schema_name", schema_name}});
    else if (name == "columns") {
      for (const auto& [table_name, table] : catalog.tables) {
        for (const Column& column : table.columns)
          rows.push_back({{"table_schema", table_name.schema}, {"table_name", table_name.name}, {"column_name", column.name}});
      }
    } else {
      return std::nullopt;
    }
    return rows;
  }
  if (!schema.empty() && schema != "pg_catalog") return std::nullopt;
  if (name == "pg_namespace") {
    add_namespace_rows(catalog, rows);
  } else if (name == "pg_class") {
    add_relation_rows(catalog, rows);
  } else if (name == "pg_type") {
    add_type_rows(catalog, asked, rows);
  } else if (name == "pg_enum") {
    for (const auto& [type_name, type] : catalog.types) {
      for (const std::string& label : type.labels) rows.push_back({{"enumtypid", type_oid(type_name)}, {"enumlabel", label}});
    }
  } else if (name == "pg_proc") {
    for (const auto& [id, routine] : catalog.routines) {
      rows.push_back({{"oid", "p:" + id}, {"proname", routine.name.name}, {"pronamespace", namespace_oid(routine.name.schema)}});
    }
  } else if (name == "pg_constraint") {
    add_constraint_rows(catalog, rows);
  } else if (name == "pg_trigger") {
    for (const auto& [key, trigger] : catalog.triggers) rows.push_back({{"tgname", key.name}, {"tgrelid", relation_oid(key.table)}});
  } else if (name == "pg_policy" || name == "pg_policies") {
    for (const auto& [key, policy] : catalog.policies) {
      rows.push_back({{"polname", key.name}, {"polrelid", relation_oid(key.table)}, {"schemaname", key.table.schema},
                      {"tablename", key.table.name}, {"policyname", key.name}});
    }
  } else if (name == "pg_extension") {
    for (const auto& [extension_name, extension] : catalog.extensions) rows.push_back({{"extname", extension_name}});
  } else if (name == "pg_tables") {
    std::vector<Row> tables;
    add_table_rows(catalog, tables, false);
    rows = renamed(std::move(tables), {{"table_schema", "schemaname"}, {"table_name", "tablename"}});
  } else if (name == "pg_views") {
    for (const auto& [view_name, view] : catalog.views) {
      if (!view.materialized) rows.push_back({{"schemaname", view_name.schema}, {"viewname", view_name.name}});
    }
  } else if (name == "pg_indexes") {
    for (const auto& [index_name, index] : catalog.indexes) {
      rows.push_back({{"schemaname", index_name.schema}, {"tablename", index.table.name}, {"indexname", index_name.name}});
    }
  } else if (name == "pg_sequences") {
    for (const auto& [sequence_name, sequence] : catalog.sequences) {
      rows.push_back({{"schemaname", sequence_name.schema}, {"sequencename", sequence_name.name}});
    }
  } else if (name == "pg_publication_tables") {
    for (const auto& [publication_name, publication] : catalog.publications) {
      if (publication.all_tables || !publication.schemas.empty()) return std::nullopt;  // not listed one by one
      for (const PublishedTable& table : publication.tables) {
        rows.push_back({{"pubname", publication_name}, {"schemaname", table.table.schema}, {"tablename", table.table.name}});
      }
    }
  } else {
    return std::nullopt;
  }
  return rows;
}

// A relation of the FROM list.
struct Source {
  std::string schema, name, alias;
  std::vector<Row> rows;
};

// One side of an equality: a column of a source, or a value.
struct Operand {
  int source = -1;  // -1: a value
  std::string column;
  std::string value;
};

struct Equality {
  Operand left, right;
};

// The columns each relation has, whether or not a row has them (for unqualified names).
bool has_column(const Source& source, std::string_view column) {
  static const std::map<std::string, std::vector<std::string>, std::less<>> kColumns = {
      {"pg_namespace", {"oid", "nspname"}},
      {"pg_class", {"oid", "relname", "relnamespace", "relkind"}},
      {"pg_type", {"oid", "typname", "typnamespace", "typrelid"}},
      {"pg_enum", {"enumtypid", "enumlabel"}},
      {"pg_proc", {"oid", "proname", "pronamespace"}},
      {"pg_constraint", {"conname", "conrelid", "connamespace", "contype"}},
      {"pg_trigger", {"tgname", "tgrelid"}},
      {"pg_policy", {"polname", "polrelid"}},
      {"pg_policies", {"schemaname", "tablename", "policyname"}},
      {"pg_extension", {"extname"}},
      {"pg_tables", {"schemaname", "tablename"}},
      {"pg_views", {"schemaname", "viewname"}},
      {"pg_indexes", {"schemaname", "tablename", "indexname"}},
      {"pg_sequences", {"schemaname", "sequencename"}},
      {"pg_publication_tables", {"pubname", "schemaname", "tablename"}},
      {"tables", {"table_schema", "table_name", "table_type"}},
      {"columns", {"table_schema", "table_name", "column_name"}},
      {"schemata", {"schema_name"}},
  };
  auto columns = kColumns.find(source.name);
  return columns != kColumns.end() && std::find(columns->second.begin(), columns->second.end(), column) != columns->second.end();
}

class ExistsQuery {
 public:
  explicit ExistsQuery(const Context& context) : context_(context) {}

  std::optional<bool> evaluate(const ast::Node& select) {
    if (select.get("larg") || select.get("groupClause") || select.get("havingClause") || select.get("withClause")) return std::nullopt;
    for (const ast::Node& item : select.list("fromClause")) {
      if (!add_from_item(item)) return std::nullopt;
    }
    if (sources_.empty()) return std::nullopt;
    if (const ast::Node* where = select.get("whereClause"); where && !add_conjuncts(*where)) return std::nullopt;
    if (!conditions_known()) return std::nullopt;
    for (std::size_t i = 0; i < sources_.size(); ++i) {
      Row asked;
      for (const Equality& equality : equalities_) {
        if (equality.left.source == static_cast<int>(i) && equality.right.source < 0) asked[equality.left.column] = equality.right.value;
      }
      auto rows = catalog_rows(context_.catalog, sources_[i].schema, sources_[i].name, asked);
      if (!rows) return std::nullopt;
      sources_[i].rows = std::move(*rows);
    }
    std::vector<const Row*> bound(sources_.size(), nullptr);
    return any_match(bound, 0);
  }

 private:
  bool add_from_item(const ast::Node& item) {
    if (item.is("RangeVar")) {
      const ast::Node* alias = item.get("alias");
      sources_.push_back({std::string(item.str("schemaname")), std::string(item.str("relname")),
                          std::string(alias ? alias->str("aliasname") : ""), {}});
      return true;
    }
    if (item.is("JoinExpr") && (item.str("jointype").empty() || item.str("jointype") == "JOIN_INNER")) {
      const ast::Node* left = item.get("larg");
      const ast::Node* right = item.get("rarg");
      if (!left || !right || !add_from_item(*left) || !add_from_item(*right)) return false;
      pending_.push_back(item.get("quals"));
      return true;
    }
    return false;
  }

  bool add_conjuncts(const ast::Node& expression) {
    if (expression.is("BoolExpr") && expression.str("boolop") == "AND_EXPR") {
      for (const ast::Node& argument : expression.list("args")) {
        if (!add_conjuncts(argument)) return false;
      }
      return true;
    }
    if (!expression.is("A_Expr") || expression.str("kind") != "AEXPR_OP") return false;
    auto name = expression.list("name");
    if (name.size() != 1 || name[0].string_value() != "=") return false;
    const ast::Node* left = expression.get("lexpr");
    const ast::Node* right = expression.get("rexpr");
    if (!left || !right) return false;
    Equality equality;
    if (!operand(*left, equality.left) || !operand(*right, equality.right)) return false;
    if (equality.left.source < 0) std::swap(equality.left, equality.right);
    if (equality.left.source < 0) return false;
    equalities_.push_back(std::move(equality));
    return true;
  }

  // Join conditions wait until every source is known (a later one may be what they name).
  bool conditions_known() {
    for (const ast::Node* quals : pending_) {
      if (quals && !add_conjuncts(*quals)) return false;
    }
    return true;
  }

  bool operand(const ast::Node& node, Operand& out) {
    if (node.is("ColumnRef")) return column(node, out);
    if (node.is("A_Const")) return constant(node, out.value);
    if (node.is("TypeCast")) {
      const ast::Node* argument = node.get("arg");
      const ast::Node* type = node.get("typeName");
      if (!argument || !type || !argument->is("A_Const") || !constant(*argument, out.value)) return false;
      auto names = type->list("names");
      std::string_view cast = names.empty() ? "" : names.back().string_value();
      if (cast == "regclass") return regclass(out.value);
      if (cast == "regnamespace") {
        out.value = namespace_oid(out.value);
        return true;
      }
      return cast == "text" || cast == "name" || cast == "varchar" || cast == "bpchar" || cast == "char";
    }
    return false;
  }

  bool column(const ast::Node& reference, Operand& out) {
    auto fields = reference.list("fields");
    if (fields.empty() || fields.size() > 2 || !fields.back().is("String")) return false;
    out.column = std::string(fields.back().string_value());
    if (fields.size() == 2) {
      std::string_view qualifier = fields[0].string_value();
      for (std::size_t i = 0; i < sources_.size(); ++i) {
        if (sources_[i].alias == qualifier || (sources_[i].alias.empty() && sources_[i].name == qualifier)) {
          out.source = static_cast<int>(i);
        }
      }
    } else {
      for (std::size_t i = 0; i < sources_.size(); ++i) {
        if (!has_column(sources_[i], out.column)) continue;
        if (out.source >= 0) return false;  // ambiguous
        out.source = static_cast<int>(i);
      }
    }
    return out.source >= 0 && has_column(sources_[out.source], out.column);
  }

  static bool constant(const ast::Node& node, std::string& value) {
    if (const ast::Node* text = node.get("sval")) {
      value = std::string(text->str("sval"));
      return true;
    }
    if (const ast::Node* number = node.get("ival")) {
      value = std::to_string(number->integer_or("ival", 0));
      return true;
    }
    return false;
  }

  // 'schema.name'::regclass names a relation; PostgreSQL refuses one that does not exist.
  bool regclass(std::string& value) const {
    auto parts = split_qualified_name(value);
    if (!parts || parts->empty() || parts->size() > 2) return false;
    QualifiedName name = context_.resolve_relation_name(parts->size() == 2 ? (*parts)[0] : "", parts->back());
    if (!context_.catalog.relation_exists(name)) return false;
    value = relation_oid(name);
    return true;
  }

  bool matches(const Equality& equality, const std::vector<const Row*>& bound) const {
    auto value_of = [&](const Operand& operand) -> std::optional<std::string> {
      if (operand.source < 0) return operand.value;
      const Row* row = bound[operand.source];
      auto found = row->find(operand.column);
      return found == row->end() ? std::nullopt : std::optional<std::string>(found->second);
    };
    auto left = value_of(equality.left);
    auto right = value_of(equality.right);
    return left && right && *left == *right;  // a missing value is NULL, equal to nothing
  }

  bool any_match(std::vector<const Row*>& bound, std::size_t next) const {
    if (next == sources_.size()) return true;
    for (const Row& row : sources_[next].rows) {
      bound[next] = &row;
      bool consistent = true;
      for (const Equality& equality : equalities_) {
        int highest = std::max(equality.left.source, equality.right.source);
        if (highest == static_cast<int>(next) && !matches(equality, bound)) {
          consistent = false;
          break;
        }
      }
      if (consistent && any_match(bound, next + 1)) return true;
    }
    bound[next] = nullptr;
    return false;
  }

  const Context& context_;
  std::vector<Source> sources_;
  std::vector<Equality> equalities_;
  std::vector<const ast::Node*> pending_;
};

}  // namespace

std::optional<bool> evaluate_catalog_condition(const Context& context, const ast::Node& condition) {
  if (condition.is("BoolExpr")) {
    std::string_view op = condition.str("boolop");
    auto arguments = condition.list("args");
    if (op == "NOT_EXPR") {
      if (arguments.size() != 1) return std::nullopt;
      auto value = evaluate_catalog_condition(context, arguments[0]);
      return value ? std::optional<bool>(!*value) : std::nullopt;
    }
    bool conjunction = op == "AND_EXPR";
    if (!conjunction && op != "OR_EXPR") return std::nullopt;
    bool known = true;
    for (const ast::Node& argument : arguments) {
      auto value = evaluate_catalog_condition(context, argument);
      if (!value) known = false;
      else if (*value != conjunction) return !conjunction;  // a false AND, a true OR
    }
    return known ? std::optional<bool>(conjunction) : std::nullopt;
  }
  if (condition.is("SubLink") && condition.str("subLinkType") == "EXISTS_SUBLINK") {
    const ast::Node* select = condition.get("subselect");
    if (!select || !select->is("SelectStmt")) return std::nullopt;
    return ExistsQuery(context).evaluate(*select);
  }
  return std::nullopt;
}

}  // namespace pgdrift
