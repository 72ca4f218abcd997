#include "analyzer/references/reference_graph.hpp"

#include <map>

#include "analyzer/model/object_id.hpp"
#include "analyzer/references/routine_references.hpp"

namespace pgdrift {
namespace {

class GraphBuilder {
 public:
  GraphBuilder(const Catalog& catalog, const ReadFilter& read)
      : catalog_(catalog), read_(read), lookup_{catalog} {
    for (const auto& [key, trigger] : catalog.triggers)
      trigger_tables_[trigger.function].push_back(key.table);
  }

  std::vector<ReferenceUser> build() {
    for (const auto& [name, view] : catalog_.views) add_view(view);
    for (const auto& [id, routine] : catalog_.routines) add_routine(id, routine);
    for (const auto& [key, policy] : catalog_.policies) add_policy(key, policy);
    for (const auto& [key, trigger] : catalog_.triggers) add_trigger(key, trigger);
    for (const auto& [name, table] : catalog_.tables) add_table_expressions(table);
    return std::move(users_);
  }

 private:
  const Catalog& catalog_;
  const ReadFilter& read_;
  NameLookup lookup_;
  std::map<QualifiedName, std::vector<QualifiedName>> trigger_tables_;  // by trigger function
  std::vector<ReferenceUser> users_;
  ast::Arena arena_;  // the parsed bodies, freed together once the graph is built

  static ImplicitScope own_table(const QualifiedName& table) { return {{}, {table}}; }

  bool reads(const ast::Node& tree, const QualifiedName* table) const {
    return !read_.tree || read_.tree(tree, table);
  }

  static ImplicitScope trigger_rows(const std::vector<QualifiedName>& tables) {
    ImplicitScope scope;
    for (const QualifiedName& table : tables) {
      scope.named.push_back({"new", table});
      scope.named.push_back({"old", table});
    }
    return scope;
  }

  void add_view(const View& view) {
    if (!view.query || !reads(*view.query, nullptr)) return;
    ReferenceUser user{view.materialized ? "materialized_view" : "view", object_id(view.name), {}};
    resolve_references(*view.query, lookup_, {}, user.uses);
    users_.push_back(std::move(user));
  }

  void add_routine(const std::string& id, const Routine& routine) {
    if (routine.body.empty() && !routine.sql_body) return;
    if (!routine.sql_body && read_.body && !read_.body(routine)) return;
    if (routine.sql_body && !reads(*routine.sql_body, nullptr)) return;
    NameLookup lookup = lookup_;
    if (auto path = routine.settings.find("search_path"); path != routine.settings.end())
      lookup.search_path = path->second;
    ImplicitScope rows;
    if (routine.return_type == "trigger") {
      auto tables = trigger_tables_.find(routine.name);
      if (tables != trigger_tables_.end()) rows = trigger_rows(tables->second);
    }
    ReferenceUser user{routine_kind_name(routine.kind), id, {}};
    for_each_body_tree(routine, arena_, [&](const ast::Node& tree) {
      resolve_references(tree, lookup, rows, user.uses);
    });
    user.uses.routines.erase(id);  // recursion is no use of something else
    users_.push_back(std::move(user));
  }

  void add_policy(const TableMemberKey& key, const Policy& policy) {
    ReferenceUser user{"policy", member_id(key.table, key.name), {}};
    for (Expr expression : {policy.using_expr, policy.check_expr}) {
      if (expression && reads(*expression, &key.table))
        resolve_references(*expression, lookup_, own_table(key.table), user.uses);
    }
    users_.push_back(std::move(user));
  }

  void add_trigger(const TableMemberKey& key, const Trigger& trigger) {
    ReferenceUser user{"trigger", member_id(key.table, key.name), {}};
    for (const std::string& id : lookup_.routines(trigger.function)) user.uses.routines.insert(id);
    if (trigger.definition) {
      for (const ast::Node& column : trigger.definition->list("columns")) {  // UPDATE OF column
        user.uses.columns.insert({key.table, std::string(column.string_value())});
      }
      if (const ast::Node* when = trigger.definition->get("whenClause")) {
        resolve_references(*when, lookup_, trigger_rows({key.table}), user.uses);
      }
    }
    users_.push_back(std::move(user));
  }

  void add_table_expressions(const Table& table) {
    for (const Column& column : table.columns) {
      if (column.generated)
        add_expression("column", member_id(table.name, column.name), *column.generated, table.name);
      if (column.default_value)
        add_expression("default", member_id(table.name, column.name), *column.default_value,
                       table.name);
    }
    for (const auto& [name, constraint] : table.constraints) {
      if (constraint.check)
        add_expression("constraint", member_id(table.name, name), *constraint.check, table.name);
    }
  }

  void add_expression(std::string kind, std::string id, const ast::Node& expression,
                      const QualifiedName& table) {
    if (!reads(expression, &table)) return;
    ReferenceUser user{std::move(kind), std::move(id), {}};
    resolve_references(expression, lookup_, own_table(table), user.uses);
    if (!user.uses.relations.empty() || !user.uses.columns.empty() || !user.uses.routines.empty() ||
        !user.uses.types.empty()) {
      users_.push_back(std::move(user));
    }
  }
};

}  // namespace

std::vector<ReferenceUser> build_reference_graph(const Catalog& catalog, const ReadFilter& read) {
  return GraphBuilder(catalog, read).build();
}

}  // namespace pgdrift
