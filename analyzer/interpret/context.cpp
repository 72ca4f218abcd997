#include "analyzer/interpret/context.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "analyzer/interpret/acl_changes.hpp"
#include "analyzer/interpret/unparsed_object.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {

Context::Context(Catalog& catalog_, Diagnostics& diagnostics_)
    : catalog(catalog_), diagnostics(diagnostics_) {
  type_lookup_ = [this](std::string_view name) -> std::optional<std::string> {
    for (const std::string& schema : search_path) {
      if (catalog.types.contains({schema, std::string(name)})) return schema;
      if (catalog.tables.contains({schema, std::string(name)})) return schema;
      if (catalog.views.contains({schema, std::string(name)})) return schema;
    }
    if (is_builtin_type(name)) return std::nullopt;
    // A type from an extension the dump does not describe: PostgreSQL would find it on the
    // search_path, and pg_dump prints it qualified; the first schema is the best guess.
    return search_path.empty() ? std::nullopt : std::optional<std::string>(search_path.front());
  };
}

Context::Context(const Context& session, Catalog& catalog_, Diagnostics& diagnostics_) : Context(catalog_, diagnostics_) {
  search_path = session.search_path;
  statement = session.statement;
  strict = session.strict;
  session_role = session.session_role;
  known = session.known;
  exception_scope = session.exception_scope;
  do_block_depth = session.do_block_depth;
}

void Context::warn(std::string message) const {
  diagnostics.push_back({Severity::warning, here(), std::move(message)});
}

namespace {

// The SQLSTATE of each condition the interpreter reports, for handlers written WHEN SQLSTATE.
std::string_view sqlstate_of(std::string_view condition) {
  static constexpr std::pair<std::string_view, std::string_view> kCodes[] = {
      {"duplicate_table", "42P07"},  {"duplicate_object", "42710"},   {"duplicate_column", "42701"},
      {"duplicate_function", "42723"}, {"duplicate_schema", "42P06"}, {"undefined_table", "42P01"},
      {"undefined_object", "42704"}, {"undefined_column", "42703"},  {"undefined_function", "42883"},
      {"invalid_schema_name", "3F000"}, {"unique_violation", "23505"},
  };
  for (const auto& [name, code] : kCodes) {
    if (name == condition) return code;
  }
  return {};
}

// Whether a handler's condition (a name, SQLSTATE code or "others") catches `condition`.
bool handles(std::string_view handled, std::string_view condition) {
  std::string_view code = sqlstate_of(condition);
  // WHEN OTHERS catches every error but a cancel, which a schema change never is.
  return handled == "others" || (!condition.empty() && handled == condition) || (!code.empty() && handled == code);
}

}  // namespace

const ExceptionScope::Handler* ExceptionScope::handler_for(std::string_view condition) const {
  for (const Handler& handler : handlers) {
    for (const std::string& handled : handler.conditions) {
      if (handles(handled, condition)) return &handler;
    }
  }
  return nullptr;
}

bool ExceptionScope::catches(std::string_view condition) const {
  const Handler* handler = handler_for(condition);
  return handler && !handler->raises;
}

bool ExceptionScope::interrupted() const {
  for (const ExceptionScope* scope = this; scope; scope = scope->outer) {
    if (scope->caught) return true;
  }
  return false;
}

void Context::error(std::string message) const { error(std::move(message), {}); }

void Context::error(std::string message, ErrorSubject subject) const {
  for (const ExceptionScope* scope = exception_scope; scope; scope = scope->outer) {
    if (!scope->catches(subject.condition)) continue;
    scope->caught = std::string(subject.condition);
    return;
  }
  if (names_unparsed_object(catalog, subject.names)) {
    followed_unparsed = true;
    return;
  }
  for (auto unfollowed = catalog.unfollowed.rbegin(); unfollowed != catalog.unfollowed.rend(); ++unfollowed) {
    if (!mentions_all(*unfollowed, subject.names)) continue;
    warn(fmt::format("{}; uncertain because of the DO block at {}:{}, which could not be followed and names it",
                     message, unfollowed->where.file.str(), unfollowed->where.line));
    return;
  }
  diagnostics.push_back({Severity::error, here(), std::move(message)});
}

Expr Context::keep(const ast::Node* node) const {
  if (!node) return nullptr;
  ast::Arena& arena = catalog.tree_arena();
  return arena.make(ast::copy_tree(*node, arena));
}

SourceLocation Context::here() const { return statement ? statement->where : SourceLocation{}; }

namespace {

std::string_view object_type_for(std::string_view default_privilege_kind) {
  if (default_privilege_kind == "tables") return "OBJECT_TABLE";
  if (default_privilege_kind == "sequences") return "OBJECT_SEQUENCE";
  if (default_privilege_kind == "functions") return "OBJECT_FUNCTION";
  if (default_privilege_kind == "types") return "OBJECT_TYPE";
  return "OBJECT_SCHEMA";
}

}  // namespace

ObjectMeta Context::new_object_meta(std::string_view default_privilege_kind, const std::string& schema) const {
  ObjectMeta meta;
  meta.defined_at = here();
  std::string_view object_type = object_type_for(default_privilege_kind);
  // Only defaults of the role running the statements (no FOR ROLE, or FOR that role) apply.
  for (const DefaultPrivilege& d : catalog.default_privileges) {
    if (!(d.role.empty() || d.role == session_role) || d.object_type != default_privilege_kind) continue;
    if (!d.schema.empty() && d.schema != schema) continue;
    // The role that creates an object owns it: its own privileges are the owner's.
    std::string grantee = !session_role.empty() && d.entry.grantee == session_role ? Acl::kOwner : d.entry.grantee;
    apply_grant(meta.acl, object_type, {d.entry.privilege}, {grantee}, !d.revoked, d.entry.grantable);
  }
  return meta;
}

std::string Context::creation_schema() const {
  return search_path.empty() ? "public" : search_path.front();
}

QualifiedName Context::name_for_creation(const ast::Node& range_var) const {
  std::string_view schema = range_var.str("schemaname");
  return {schema.empty() ? creation_schema() : std::string(schema), std::string(range_var.str("relname"))};
}

QualifiedName Context::resolve_relation(const ast::Node& range_var) const {
  return resolve_relation_name(range_var.str("schemaname"), range_var.str("relname"));
}

QualifiedName Context::resolve_relation_name(std::string_view schema, std::string_view name) const {
  if (!schema.empty()) {
    QualifiedName qualified{std::string(schema), std::string(name)};
    adopt_relation(qualified);
    return qualified;
  }
  for (const std::string& candidate : search_path) {
    QualifiedName qualified{candidate, std::string(name)};
    if (adopt_relation(qualified)) return qualified;
  }
  return {creation_schema(), std::string(name)};
}

QualifiedName Context::qualified_from_list(std::span<const ast::Node> names, bool for_creation) const {
  if (names.empty()) return {};
  std::string name(names.back().string_value());
  if (names.size() >= 2) return {std::string(names[names.size() - 2].string_value()), name};
  if (for_creation) return {creation_schema(), name};
  return resolve_relation_name({}, name);
}

std::string Context::type(const ast::Node& type_name) const { return canonical_type(type_name, type_lookup_); }

std::string Context::type_without_modifiers(const ast::Node& type_name) const {
  return canonical_type_without_modifiers(type_name, type_lookup_);
}

QualifiedName Context::resolve_type_name(std::span<const ast::Node> names) const {
  if (names.empty()) return {};
  std::string name(names.back().string_value());
  if (names.size() >= 2) {
    QualifiedName qualified{std::string(names[names.size() - 2].string_value()), name};
    adopt_type(qualified);
    return qualified;
  }
  for (const std::string& schema : search_path) {
    if (adopt_type({schema, name})) return {schema, name};
  }
  return {creation_schema(), name};
}

QualifiedName Context::resolve_function_name(std::span<const ast::Node> names) const {
  if (names.empty()) return {};
  std::string name(names.back().string_value());
  if (names.size() >= 2) {
    QualifiedName qualified{std::string(names[names.size() - 2].string_value()), name};
    adopt_routines(qualified);
    return qualified;
  }
  for (const std::string& schema : search_path) {
    if (adopt_routines({schema, name})) return {schema, name};
  }
  return {"pg_catalog", name};
}

}  // namespace pgdrift
