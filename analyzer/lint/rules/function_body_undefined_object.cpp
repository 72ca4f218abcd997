// function-body-undefined-object (pgdrift's own): once the migration has run, a function body
// reads a table or column that does not exist. PostgreSQL does not check PL/pgSQL bodies when
// the function is made, nor any body when a column or table it reads is dropped or renamed: the
// function fails when next called. Two cases: the migration removes (drops, renames) what an
// existing body reads; or it makes or replaces a function whose body reads what is not there
// at the end of the migration.
#include <fmt/format.h>

#include <algorithm>

#include "analyzer/interpret/unparsed_object.hpp"
#include "analyzer/lint/body_uses.hpp"
#include "analyzer/lint/file_end_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/references/routine_references.hpp"

namespace pgdrift {
namespace {

// What the file removed: tables that are gone, and columns gone from tables that remain.
struct Removed {
  std::vector<QualifiedName> tables;
  std::vector<std::pair<QualifiedName, std::string>> columns;

  bool empty() const { return tables.empty() && columns.empty(); }
};

Removed removed_by_file(const Catalog& before, const Catalog& after) {
  Removed removed;
  for (const auto& [name, table] : before.tables) {
    auto now = after.tables.find(name);
    if (now == after.tables.end()) {
      if (!after.views.contains(name)) removed.tables.push_back(name);
      continue;
    }
    for (const Column& column : table.columns) {
      if (!now->second.find_column(column.name)) removed.columns.emplace_back(name, column.name);
    }
  }
  return removed;
}

bool same_body(const Routine& a, const Routine& b) {
  if (&a == &b) return true;  // the file left the routines as they were: one map for both
  return a.body == b.body && a.sql_body == b.sql_body && a.language == b.language;
}

bool is_system_column(const std::string& column) {
  static const std::set<std::string> kSystem{"ctid", "xmin",     "xmax", "cmin",
                                             "cmax", "tableoid", "oid"};
  return kSystem.contains(column);
}

bool is_system_relation(const QualifiedName& name) {
  return name.schema == "pg_catalog" || name.schema == "information_schema" ||
         name.name.starts_with("pg_");
}

// The schemas an unqualified name in the body is looked up in: the function's own
// SET search_path, or the session's.
std::vector<std::string> body_search_path(const Routine& routine, const Context& session) {
  auto setting = routine.settings.find("search_path");
  if (setting == routine.settings.end()) return session.search_path;
  std::vector<std::string> path;
  for (std::string schema : setting->second) {
    if (schema.size() >= 2 && schema.front() == '"') schema = schema.substr(1, schema.size() - 2);
    if (!schema.empty() && schema != "$user") path.push_back(schema);
  }
  return path;
}

// The relation a name in the body resolves to at the end of the file, if any.
std::optional<QualifiedName> resolve(const FileEndContext& file, const QualifiedName& written,
                                     const std::vector<std::string>& path) {
  if (!written.schema.empty()) {
    if (file.session().adopt_relation(written)) return written;
    return std::nullopt;
  }
  for (const std::string& schema : path) {
    QualifiedName candidate{schema, written.name};
    if (file.session().adopt_relation(candidate)) return candidate;
  }
  return std::nullopt;
}

// Whether a relation may exist after all: made by a statement the grammar rejected, or by a
// DO block the replay could not follow, or by an extension (pgmq makes its queue tables at
// run time), or by a later migration of the directory (a PL/pgSQL body is only read when
// called).
bool may_exist(const FileEndContext& file, const QualifiedName& name) {
  const Catalog& catalog = file.after();
  if (file.later() && file.later()->relation_exists(name)) return true;
  for (const auto& [extension_name, extension] : catalog.extensions) {
    if (name.schema != "public" &&
        (name.schema == extension.schema || name.schema == extension_name))
      return true;
  }
  // A schema of the platform's (pgsodium, vault, ...): its ground may not list every table.
  std::shared_ptr<const Catalog> ground =
      file.session().known ? file.session().known->platform() : nullptr;
  if (ground && ground->schemas.contains(name.schema)) return true;
  std::vector<std::string> names{name.name};
  if (names_unparsed_object(catalog, names)) return true;
  return std::any_of(catalog.unfollowed.begin(), catalog.unfollowed.end(),
                     [&](const UnfollowedStatement& s) { return mentions_all(s, names); });
}

bool has_column_later(const FileEndContext& file, const QualifiedName& table,
                      const std::string& column) {
  if (!file.later()) return false;
  auto found = file.later()->tables.find(table);
  return found != file.later()->tables.end() && found->second.find_column(column);
}

// What the body of a function made or replaced by the file reads that is not there at its end.
void missing_uses(const FileEndContext& file, const Routine& routine, std::set<std::string>& out) {
  BodyUses uses = routine_body_uses(routine);
  std::vector<std::string> path = body_search_path(routine, file.session());
  for (const QualifiedName& written : uses.relations) {
    if (is_system_relation(written) || resolve(file, written, path)) continue;
    QualifiedName named = written;
    if (named.schema.empty()) named.schema = path.empty() ? "public" : path.front();
    if (!may_exist(file, named)) out.insert(object_id(named));
  }
  for (const auto& [written, column] : uses.columns) {
    if (is_system_column(column) || is_system_relation(written)) continue;
    std::optional<QualifiedName> table = resolve(file, written, path);
    if (!table) continue;  // a missing relation is said above
    auto found = file.after().tables.find(*table);
    if (found != file.after().tables.end() && !found->second.find_column(column) &&
        !has_column_later(file, *table, column))
      out.insert(member_id(*table, column));
  }
}

bool names_table(const References& references, const QualifiedName& table) {
  return std::any_of(references.relations.begin(), references.relations.end(),
                     [&](const QualifiedName& written) {
                       return written.name == table.name &&
                              (written.schema.empty() || written.schema == table.schema);
                     });
}

// Whether another table the body names still has the column: the body may read it there.
bool column_still_named(const Catalog& after, const References& references,
                        const std::string& column) {
  for (const QualifiedName& written : references.relations) {
    for (const auto& [name, table] : after.tables) {
      if (name.name == written.name && (written.schema.empty() || written.schema == name.schema) &&
          table.find_column(column))
        return true;
    }
  }
  return false;
}

// What the file removed that the body reads (the catalog keeps names as text: a body that
// names a table and a column it had reads that column).
void removed_uses(const FileEndContext& file, const Routine& routine, const Removed& removed,
                  std::set<std::string>& out) {
  const References& references = routine_references(routine);
  for (const QualifiedName& table : removed.tables) {
    if (names_table(references, table) && !resolve(file, {table.schema, table.name}, {}) &&
        !(file.later() && file.later()->relation_exists(table)))
      out.insert(object_id(table));
  }
  for (const auto& [table, column] : removed.columns) {
    if (names_table(references, table) && references.columns.contains(column) &&
        !column_still_named(file.after(), references, column) &&
        !has_column_later(file, table, column))
      out.insert(member_id(table, column));
  }
}

bool mentions_any(const Routine& routine, const Removed& removed) {
  if (routine.sql_body) return true;
  auto in_body = [&](const std::string& name) {
    return routine.body.find(name) != std::string::npos;
  };
  return std::any_of(removed.tables.begin(), removed.tables.end(),
                     [&](const QualifiedName& t) { return in_body(t.name); }) ||
         std::any_of(removed.columns.begin(), removed.columns.end(),
                     [&](const auto& c) { return in_body(c.second); });
}

std::string_view last_name(std::span<const ast::Node> names) {
  return names.empty() ? std::string_view{} : names.back().string_value();
}

// The last statement of the file that makes or replaces the routine.
std::size_t defining_statement(const FileEndContext& file, const Routine& routine) {
  std::size_t at = 0;
  for (std::size_t i = 0; i < file.statements().size(); ++i) {
    const ast::Node* tree = file.statements()[i].tree;
    if (tree && tree->is("CreateFunctionStmt") &&
        last_name(tree->list("funcname")) == routine.name.name)
      at = i;
  }
  return at;
}

// Whether a statement drops, renames or moves the relation named `name`, or drops or renames
// its column `column` (empty: any).
bool removes(const ast::Node& tree, const std::string& name, const std::string& column) {
  const ast::Node* relation = tree.get("relation");
  bool on_table = relation && relation->str("relname") == name;
  if (tree.is("AlterTableStmt") && on_table) {
    for (const ast::Node* command : alter_table_commands(tree, "AT_DropColumn")) {
      if (column.empty() || command->str("name") == column) return true;
    }
    return false;
  }
  if (tree.is("RenameStmt") && on_table)
    return tree.str("renameType") == "OBJECT_COLUMN" ? tree.str("subname") == column
                                                     : column.empty();
  if (tree.is("AlterObjectSchemaStmt")) return on_table && column.empty();
  if (tree.is("DropStmt")) {
    for (const ast::Node& object : tree.list("objects")) {
      if (object.kind() == ast::Kind::list && last_name(object.items()) == name) return true;
    }
  }
  return false;
}

// The first statement of the file that removes one of `ids` (ids as object_id/member_id make
// them); the first statement when none is found (a DO block).
std::size_t removing_statement(const FileEndContext& file, const Removed& removed,
                               const std::set<std::string>& ids) {
  for (std::size_t i = 0; i < file.statements().size(); ++i) {
    const ast::Node* tree = file.statements()[i].tree;
    if (!tree) continue;
    for (const QualifiedName& table : removed.tables) {
      if (ids.contains(object_id(table)) && removes(*tree, table.name, {})) return i;
    }
    for (const auto& [table, column] : removed.columns) {
      if (ids.contains(member_id(table, column)) &&
          (removes(*tree, table.name, column) || removes(*tree, table.name, {})))
        return i;
    }
  }
  return 0;
}

// Whether the routine is one the platform provides as it provides it (taken into the catalog
// when a statement named it), not one the migration wrote.
bool from_ground(const Catalog& catalog, const std::string& id, const Routine& routine) {
  return std::any_of(catalog.grounds.begin(), catalog.grounds.end(), [&](const auto& ground) {
    auto found = ground->routines.find(id);
    return found != ground->routines.end() && same_body(found->second, routine);
  });
}

std::string listed(const std::set<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
  return out;
}

// Whether a statement of the file moves or renames a routine of this name: the replay does not
// follow ALTER FUNCTION ... SET SCHEMA, so the catalog may keep it where it was.
bool moved_in_file(const FileEndContext& file, const Routine& routine) {
  for (const ParsedStatement& statement : file.statements()) {
    const ast::Node* tree = statement.tree;
    if (!tree || !(tree->is("AlterObjectSchemaStmt") || tree->is("RenameStmt"))) continue;
    std::string_view type =
        tree->is("RenameStmt") ? tree->str("renameType") : tree->str("objectType");
    const ast::Node* object = tree->get("object");
    if ((type == "OBJECT_FUNCTION" || type == "OBJECT_PROCEDURE") && object &&
        last_name(object->list("objname")) == routine.name.name)
      return true;
  }
  return false;
}

void at_file_end(const FileEndContext& file) {
  Removed removed = removed_by_file(file.before(), file.after());
  for (const auto& [id, routine] : file.after().routines) {
    if (routine.body.empty() && !routine.sql_body) continue;
    auto old = file.routines_before().find(id);
    bool made_here = old == file.routines_before().end() ? !from_ground(file.after(), id, routine)
                                                         : !same_body(old->second, routine);
    if (!made_here && (removed.empty() || !mentions_any(routine, removed))) continue;
    if (moved_in_file(file, routine)) continue;
    std::set<std::string> missing;
    if (!removed.empty()) removed_uses(file, routine, removed, missing);
    if (made_here) missing_uses(file, routine, missing);
    if (missing.empty()) continue;
    std::vector<std::string> objects{id};
    objects.insert(objects.end(), missing.begin(), missing.end());
    std::string kind = routine_kind_name(routine.kind);
    std::size_t at =
        made_here ? defining_statement(file, routine) : removing_statement(file, removed, missing);
    file.report(
        at,
        fmt::format("once this migration has run, the body of {} {} reads {}, which {} "
                    "not exist: it fails when called",
                    kind, id, listed(missing), missing.size() == 1 ? "does" : "do"),
        made_here
            ? "fix the names in the body, or create what it reads first"
            : fmt::format("replace the {} in the same migration so that it no longer reads them",
                          kind),
        objects);
  }
}

}  // namespace

LintRule lint_rule_function_body_undefined_object() {
  LintRule rule{"function-body-undefined-object", LintLevel::error,
                "a function body reads a table or column that does not exist once the migration "
                "has run"};
  rule.at_file_end = at_file_end;
  return rule;
}

}  // namespace pgdrift
