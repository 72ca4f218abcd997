// The edges of a catalog's dependency graph: what each object needs to exist first.
#include <map>

#include "analyzer/plan/dependency_graph.hpp"
#include "analyzer/plan/plan_nodes.hpp"
#include "analyzer/plan/type_reference.hpp"
#include "analyzer/references/tree_references.hpp"

namespace pgdrift {
namespace {

class GraphBuilder {
 public:
  explicit GraphBuilder(const Catalog& catalog) : catalog_(catalog) {
    for (const auto& [id, routine] : catalog.routines)
      routines_by_name_[routine.name.name].push_back(&routine);
    for (const auto& [name, index] : catalog.indexes) {
      if (index.unique) unique_indexes_by_table_[index.table].push_back(&index);
    }
  }

  DependencyGraph build() {
    for (const auto& [name, schema] : catalog_.schemas) graph_.add_node(schema_node(name));
    for (const auto& [name, table] : catalog_.tables) add_table(table);
    for (const auto& [name, view] : catalog_.views) add_view(view);
    for (const auto& [name, sequence] : catalog_.sequences) add_sequence(sequence);
    for (const auto& [name, index] : catalog_.indexes) add_index(index);
    for (const auto& [id, routine] : catalog_.routines) add_routine(id, routine);
    for (const auto& [key, trigger] : catalog_.triggers) add_trigger(key, trigger);
    for (const auto& [key, policy] : catalog_.policies) add_policy(key, policy);
    for (const auto& [name, type] : catalog_.types) add_type(type);
    for (const auto& [name, publication] : catalog_.publications) add_publication(publication);
    for (const auto& [name, trigger] : catalog_.event_triggers) add_event_trigger(trigger);
    for (const auto& [name, extension] : catalog_.extensions) add_extension(extension);
    for (const auto& [key, other] : catalog_.others) add_other(other);
    return std::move(graph_);
  }

 private:
  const Catalog& catalog_;
  DependencyGraph graph_;
  std::map<std::string, std::vector<const Routine*>> routines_by_name_;
  std::map<QualifiedName, std::vector<const Index*>> unique_indexes_by_table_;

  void in_schema(const std::string& node, const std::string& schema) {
    graph_.add_node(node);
    if (catalog_.schemas.contains(schema)) graph_.add_edge(node, schema_node(schema));
  }

  // A relation as written in a query: unqualified names are looked up in public first.
  std::optional<QualifiedName> find_relation(const QualifiedName& written) const {
    if (!written.schema.empty())
      return catalog_.relation_exists(written) ? std::optional(written) : std::nullopt;
    for (const auto& schema : {std::string("public")}) {
      if (catalog_.relation_exists({schema, written.name}))
        return QualifiedName{schema, written.name};
    }
    return std::nullopt;
  }

  std::string relation_node(const QualifiedName& relation) const {
    if (catalog_.tables.contains(relation)) return table_node(relation);
    if (auto view = catalog_.views.find(relation); view != catalog_.views.end())
      return view_node(view->second);
    if (catalog_.sequences.contains(relation)) return sequence_node(relation);
    return "";
  }

  // A type text: the user type, or the table or view whose row type it is.
  void depend_on_type(const std::string& node, const std::string& type) {
    auto name = user_type_of(type);
    if (!name) return;
    if (catalog_.types.contains(*name))
      graph_.add_edge(node, type_node(*name));
    else if (std::string relation = relation_node(*name); !relation.empty())
      graph_.add_edge(node, relation);
  }

  void depend_on_references(const std::string& node, const References& references,
                            const std::vector<QualifiedName>& own_tables = {}) {
    std::vector<QualifiedName> relations = own_tables;
    for (const QualifiedName& written : references.relations) {
      if (auto relation = find_relation(written)) {
        graph_.add_edge(node, relation_node(*relation));
        relations.push_back(*relation);
      }
    }
    for (const QualifiedName& relation : relations)
      depend_on_columns(node, relation, references.columns);
    for (const QualifiedName& function : references.functions) {
      auto candidates = routines_by_name_.find(function.name);
      if (candidates == routines_by_name_.end()) continue;
      for (const Routine* routine : candidates->second) {
        if (function.schema.empty() || function.schema == routine->name.schema) {
          graph_.add_edge(node, routine_node(routine_id(*routine)));
        }
      }
    }
    for (const QualifiedName& type : references.types) {
      QualifiedName resolved = type.schema.empty() ? QualifiedName{"public", type.name} : type;
      if (catalog_.types.contains(resolved)) graph_.add_edge(node, type_node(resolved));
    }
  }

  void depend_on_columns(const std::string& node, const QualifiedName& relation,
                         const std::set<std::string>& columns) {
    auto table = catalog_.tables.find(relation);
    if (table == catalog_.tables.end()) return;
    for (const Column& column : table->second.columns) {
      if (columns.contains(column.name)) graph_.add_edge(node, column_node(relation, column.name));
    }
  }

  void depend_on_expression(const std::string& node, Expr expression,
                            const std::vector<QualifiedName>& own_tables = {}) {
    if (!expression) return;
    References references;
    collect_references(expression, references);
    depend_on_references(node, references, own_tables);
  }

  void add_table(const Table& table) {
    std::string node = table_node(table.name);
    in_schema(node, table.name.schema);
    if (table.partition_of) graph_.add_edge(node, table_node(*table.partition_of));
    for (const QualifiedName& parent : table.inherits) graph_.add_edge(node, table_node(parent));
    if (!table.typed_as.empty()) depend_on_type(node, table.typed_as);
    if (!table.foreign_server.empty())
      graph_.add_edge(node, graph_node("foreign_server", quote_identifier(table.foreign_server)));
    for (const Column& column : table.columns) add_column(table, column);
    for (const auto& [name, constraint] : table.constraints) add_constraint(table, constraint);
  }

  void add_column(const Table& table, const Column& column) {
    std::string node = column_node(table.name, column.name);
    graph_.add_edge(node, table_node(table.name));
    depend_on_type(node, column.type);
    depend_on_type(table_node(table.name), column.type);  // CREATE TABLE declares it
    if (std::string collation = collation_node(column.collation); !collation.empty()) {
      graph_.add_edge(node, collation);
      graph_.add_edge(table_node(table.name), collation);
    }
    depend_on_expression(node, column.generated, {table.name});
    if (column.default_value) {
      std::string default_of = default_node(table.name, column.name);
      graph_.add_edge(default_of, node);
      depend_on_expression(default_of, column.default_value);
      depend_on_expression(table_node(table.name), column.default_value);  // CREATE TABLE states it
    }
  }

  void add_constraint(const Table& table, const Constraint& constraint) {
    std::string node = constraint_node(table.name, constraint.name);
    graph_.add_edge(node, table_node(table.name));
    for (const std::string& column : constraint.columns)
      graph_.add_edge(node, column_node(table.name, column));
    depend_on_expression(node, constraint.check, {table.name});
    if (table.partition_of) {  // a partition's key is attached to its parent's
      auto parent = catalog_.tables.find(*table.partition_of);
      if (parent != catalog_.tables.end()) {
        for (const auto& [name, key] : parent->second.constraints) {
          if (key.type == constraint.type && key.columns == constraint.columns)
            graph_.add_edge(node, constraint_node(parent->first, name));
        }
      }
    }
    if (constraint.type != ConstraintType::foreign_key) return;
    graph_.add_edge(node, table_node(constraint.referenced_table));
    for (const std::string& column : constraint.referenced_columns) {
      graph_.add_edge(node, column_node(constraint.referenced_table, column));
    }
    depend_on_referenced_key(node, constraint);
  }

  // A foreign key needs the unique constraint or index on the columns it references.
  void depend_on_referenced_key(const std::string& node, const Constraint& foreign_key) {
    auto referenced = catalog_.tables.find(foreign_key.referenced_table);
    if (referenced == catalog_.tables.end()) return;
    for (const auto& [name, key] : referenced->second.constraints) {
      bool unique = key.type == ConstraintType::primary_key || key.type == ConstraintType::unique;
      if (unique && (key.columns == foreign_key.referenced_columns ||
                     foreign_key.referenced_columns.empty())) {
        graph_.add_edge(node, constraint_node(foreign_key.referenced_table, name));
      }
    }
    auto unique_indexes = unique_indexes_by_table_.find(foreign_key.referenced_table);
    if (unique_indexes == unique_indexes_by_table_.end()) return;
    for (const Index* index : unique_indexes->second) {
      if (index->key_columns == foreign_key.referenced_columns)
        graph_.add_edge(node, index_node(*index));
    }
  }

  void add_view(const View& view) {
    std::string node = view_node(view);
    in_schema(node, view.name.schema);
    depend_on_expression(node, view.query);
    if (view.query && !view.query->list("groupClause").empty())
      depend_on_primary_keys(node, view.query);
    for (const auto& [column, default_value] : view.column_defaults)
      depend_on_expression(node, default_value);
  }

  // A grouped query may select columns the GROUP BY does not list when the primary key
  // makes them functionally dependent: PostgreSQL then records a dependency on that key.
  void depend_on_primary_keys(const std::string& node, Expr query) {
    References references;
    collect_references(query, references);
    for (const QualifiedName& written : references.relations) {
      auto relation = find_relation(written);
      auto table = relation ? catalog_.tables.find(*relation) : catalog_.tables.end();
      if (table == catalog_.tables.end()) continue;
      for (const auto& [name, constraint] : table->second.constraints) {
        if (constraint.type == ConstraintType::primary_key)
          graph_.add_edge(node, constraint_node(table->first, name));
      }
    }
  }

  void add_sequence(const Sequence& sequence) {
    std::string node = sequence_node(sequence.name);
    in_schema(node, sequence.name.schema);
    depend_on_type(node, sequence.options.data_type);
    if (sequence.owned_by_table.name.empty()) return;
    std::string owner = sequence_owner_node(sequence.name);
    graph_.add_edge(owner, node);
    graph_.add_edge(owner, column_node(sequence.owned_by_table, sequence.owned_by_column));
  }

  void add_index(const Index& index) {
    std::string node = index_node(index);
    in_schema(node, index.name.schema);
    graph_.add_edge(node, relation_node(index.table));
    for (const std::string& column : index.key_columns) {
      if (!column.empty()) graph_.add_edge(node, column_node(index.table, column));
    }
    if (index.definition) {
      for (const ast::Node& element : index.definition->list("indexParams")) {
        depend_on_expression(node, element.get("expr"), {index.table});
      }
    }
    depend_on_expression(node, index.where, {index.table});
    if (index.attached_to) {
      auto parent = catalog_.indexes.find(*index.attached_to);
      if (parent != catalog_.indexes.end()) graph_.add_edge(node, index_node(parent->second));
    }
  }

  void add_routine(const std::string& id, const Routine& routine) {
    std::string node = routine_node(id);
    in_schema(node, routine.name.schema);
    for (const RoutineArgument& argument : routine.arguments) depend_on_type(node, argument.type);
    depend_on_type(node, routine.return_type);
    depend_on_expression(node, routine.sql_body);
    if (routine.aggregate_definition)
      depend_on_aggregate_functions(node, *routine.aggregate_definition);
  }

  // CREATE AGGREGATE names its functions (SFUNC = f, ...) rather than calling them.
  void depend_on_aggregate_functions(const std::string& node, const ast::Node& definition) {
    for (const ast::Node& option : definition.list("definition")) {
      const ast::Node* argument = option.get("arg");
      if (!argument) continue;
      auto names = argument->is("TypeName") ? argument->list("names") : argument->elements();
      if (names.empty()) continue;
      std::string function(names.back().string_value());
      auto candidates = routines_by_name_.find(function);
      if (candidates == routines_by_name_.end()) continue;
      for (const Routine* routine : candidates->second)
        graph_.add_edge(node, routine_node(routine_id(*routine)));
    }
  }

  void add_trigger(const TableMemberKey& key, const Trigger& trigger) {
    std::string node = trigger_node(key);
    graph_.add_edge(node, relation_node(key.table));
    depend_on_trigger_function(node, trigger.function);
    if (!trigger.definition) return;
    depend_on_expression(node, trigger.definition->get("whenClause"), {key.table});
    for (const ast::Node& column : trigger.definition->list("columns")) {  // UPDATE OF column
      graph_.add_edge(node, column_node(key.table, std::string(column.string_value())));
    }
  }

  // A trigger or event trigger calls a function of its name that takes no arguments.
  void depend_on_trigger_function(const std::string& node, const QualifiedName& function) {
    auto candidates = routines_by_name_.find(function.name);
    if (candidates == routines_by_name_.end()) return;
    for (const Routine* routine : candidates->second) {
      if (routine->name == function && routine->arguments.empty())
        graph_.add_edge(node, routine_node(routine_id(*routine)));
    }
  }

  void add_policy(const TableMemberKey& key, const Policy& policy) {
    std::string node = policy_node(key);
    graph_.add_edge(node, table_node(key.table));
    depend_on_expression(node, policy.using_expr, {key.table});
    depend_on_expression(node, policy.check_expr, {key.table});
  }

  void add_publication(const Publication& publication) {
    std::string node = graph_node("publication", quote_identifier(publication.name));
    graph_.add_node(node);
    for (const PublishedTable& table : publication.tables) {
      graph_.add_edge(node, table_node(table.table));
      for (const std::string& column : table.columns)
        graph_.add_edge(node, column_node(table.table, column));
      depend_on_expression(node, table.where, {table.table});
    }
    for (const std::string& schema : publication.schemas)
      graph_.add_edge(node, schema_node(schema));
  }

  void add_event_trigger(const EventTrigger& trigger) {
    std::string node = graph_node("event_trigger", quote_identifier(trigger.name));
    graph_.add_node(node);
    depend_on_trigger_function(node, trigger.function);
  }

  void add_extension(const Extension& extension) {
    std::string node = graph_node("extension", quote_identifier(extension.name));
    in_schema(node, extension.schema);
  }

  // A user-defined collation ("app.ci") is kept whole, as the CREATE COLLATION statement.
  std::string collation_node(const std::string& collation) const {
    if (collation.find('.') == std::string::npos) return "";
    for (const auto& [key, other] : catalog_.others) {
      if (!other.definition || !other.definition->is("DefineStmt") ||
          other.definition->str("kind") != "OBJECT_COLLATION")
        continue;
      std::string name;
      for (const ast::Node& part : other.definition->list("defnames")) {
        name += (name.empty() ? "" : ".") + quote_identifier(part.string_value());
      }
      if (name == collation) return graph_node(other.kind, other.id);
    }
    return "";
  }

  // Objects kept whole: what their statement names, and the extensions (which may provide
  // the wrapper, language or type they need).
  void add_other(const OtherObject& other) {
    std::string node = graph_node(other.kind, other.id);
    graph_.add_node(node);
    for (const auto& [name, extension] : catalog_.extensions)
      graph_.add_edge(node, graph_node("extension", quote_identifier(name)));
    depend_on_expression(node, other.definition);
    if (other.kind == "foreign_server" && other.definition) {
      std::string wrapper = graph_node("fdw", quote_identifier(other.definition->str("fdwname")));
      if (graph_.contains(wrapper)) graph_.add_edge(node, wrapper);
    }
    if (other.kind == "user_mapping" && other.definition) {
      graph_.add_edge(node, graph_node("foreign_server",
                                       quote_identifier(other.definition->str("servername"))));
    }
    if (other.kind == "operator" && other.definition)
      depend_on_operator_functions(node, *other.definition);
    if (other.kind == "opclass" && other.definition)
      depend_on_opclass_members(node, *other.definition);
  }

  static QualifiedName written_name(std::span<const ast::Node> parts,
                                    const std::string& default_schema) {
    if (parts.empty()) return {};
    return {
        parts.size() >= 2 ? std::string(parts[parts.size() - 2].string_value()) : default_schema,
        std::string(parts.back().string_value())};
  }

  // An operator class lives in its family (one of its own name when it names none) and
  // lists operators and functions, which must all be there first.
  void depend_on_opclass_members(const std::string& node, const ast::Node& definition) {
    QualifiedName name = written_name(definition.list("opclassname"), "");
    auto family_names = definition.list("opfamilyname");
    QualifiedName family = family_names.empty() ? name : written_name(family_names, name.schema);
    graph_.add_edge(
        node, graph_node("opfamily", access_method_object_id(family, definition.str("amname"))));
    References references;
    for (const ast::Node& item : definition.list("items")) {
      const ast::Node* member = item.get("name");
      if (!member) continue;
      QualifiedName named = written_name(member->list("objname"), "");
      if (item.integer_or("itemtype", 0) == 2)
        references.functions.insert(named);
      else
        depend_on_operators_named(node, named);
    }
    depend_on_references(node, references);
  }

  // Every operator of the name: which overload a member means depends on types this tree
  // spells as written, and depending on one too many only orders a step earlier.
  void depend_on_operators_named(const std::string& node, const QualifiedName& name) {
    if (name.schema.empty()) return;  // a built-in operator, found on the search_path
    std::string prefix =
        other_object_key("operator", quote_identifier(name.schema) + "." + name.name + "(");
    for (auto found = catalog_.others.lower_bound(prefix);
         found != catalog_.others.end() && found->first.starts_with(prefix); ++found) {
      graph_.add_edge(node, graph_node("operator", found->second.id));
    }
  }

  // CREATE OPERATOR names its functions the way it names types (FUNCTION = schema.f), so
  // reading the tree finds no call: the functions it names are looked up by name.
  void depend_on_operator_functions(const std::string& node, const ast::Node& definition) {
    References references;
    for (const ast::Node& option : definition.list("definition")) {
      std::string_view name = option.str("defname");
      bool names_function =
          name == "function" || name == "procedure" || name == "restrict" || name == "join";
      const ast::Node* arg = option.get("arg");
      if (!names_function || !arg || arg->list("names").empty()) continue;
      auto parts = arg->list("names");
      references.functions.insert(
          {parts.size() >= 2 ? std::string(parts[parts.size() - 2].string_value()) : "",
           std::string(parts.back().string_value())});
    }
    depend_on_references(node, references);
  }

  void add_type(const UserType& type) {
    std::string node = type_node(type.name);
    in_schema(node, type.name.schema);
    depend_on_type(node, type.base_type);
    for (const CompositeAttribute& attribute : type.attributes)
      depend_on_type(node, attribute.type);
    for (const auto& [name, constraint] : type.constraints)
      depend_on_expression(node, constraint.check);
    depend_on_expression(node, type.default_value);
  }
};

}  // namespace

DependencyGraph build_dependency_graph(const Catalog& catalog) {
  return GraphBuilder(catalog).build();
}

}  // namespace pgdrift
