#include <fmt/format.h>

#include <cctype>

#include "analyzer/interpret/collapsed_text.hpp"
#include "analyzer/interpret/error_forms.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/object_lookup.hpp"
#include "analyzer/interpret/tree_rewrite.hpp"
#include "analyzer/model/object_id.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

// Where an object kept whole sits in Catalog::others. Most kinds are keyed as PostgreSQL
// keys them (name, schema, access method, types); a statement that makes nothing named
// (SECURITY LABEL, one not modeled) is keyed by its own text, so a second copy of it is
// the same statement again, never another object.
struct Identity {
  std::string kind;
  std::string id;
  std::string name;  // what an error about it names (see ErrorSubject); empty: keyed by text
  std::string_view names_field = {};  // the statement's field that names it in a schema
  QualifiedName qualified = {};       // ... and that name, as created
};

Identity by_text(std::string kind, Context& context) {
  return {std::move(kind), collapsed_text(context.statement ? context.statement->source->text : ""), ""};
}

Identity in_schema(std::string kind, Context& context, const ast::Node& statement, std::string_view names_field) {
  QualifiedName name = context.qualified_from_list(statement.list(names_field), true);
  return {std::move(kind), object_id(name), name.name, names_field, name};
}

Identity per_access_method(std::string kind, Context& context, const ast::Node& statement, std::string_view names_field) {
  QualifiedName name = context.qualified_from_list(statement.list(names_field), true);
  return {std::move(kind), access_method_object_id(name, statement.str("amname")), name.name, names_field, name};
}

// Kinds are named as PostgreSQL's object types are (OBJECT_FOREIGN_SERVER -> foreign_server),
// so COMMENT ON / ALTER ... OWNER TO find them by the same name.
Identity identity_of(Context& context, const ast::Node& statement) {
  std::string_view tag = statement.text();
  auto database_wide = [](std::string kind, std::string_view name) { return Identity{std::move(kind), quote_identifier(name), std::string(name)}; };
  if (tag == "CreateForeignServerStmt") return database_wide("foreign_server", statement.str("servername"));
  if (tag == "CreateSubscriptionStmt") return database_wide("subscription", statement.str("subname"));
  if (tag == "CreateFdwStmt") return database_wide("fdw", statement.str("fdwname"));
  if (tag == "CreatePLangStmt") return database_wide("language", statement.str("plname"));
  if (tag == "CreateAmStmt") return database_wide("access_method", statement.str("amname"));
  // Unnamed statistics get a name PostgreSQL makes up (table_columns_stat): kept by text.
  if (tag == "CreateStatsStmt") return statement.list("defnames").empty() ? by_text("statistic_ext", context) : in_schema("statistic_ext", context, statement, "defnames");
  if (tag == "CreateConversionStmt") return in_schema("conversion", context, statement, "conversion_name");
  if (tag == "CreateOpClassStmt") return per_access_method("opclass", context, statement, "opclassname");
  if (tag == "CreateOpFamilyStmt") return per_access_method("opfamily", context, statement, "opfamilyname");
  if (tag == "RuleStmt" && statement.get("relation")) {
    std::string rule(statement.str("rulename"));
    return {"rule", member_id(context.resolve_relation(*statement.get("relation")), rule), rule};
  }
  if (tag == "CreateCastStmt" && statement.get("sourcetype") && statement.get("targettype")) {
    const ast::Node& target = *statement.get("targettype");
    return {"cast", cast_id(context.type_without_modifiers(*statement.get("sourcetype")), context.type_without_modifiers(target)),
            target.list("names").empty() ? "" : std::string(target.list("names").back().string_value())};
  }
  if (tag == "CreateTransformStmt" && statement.get("type_name")) {
    std::string language(statement.str("lang"));
    return {"transform", transform_id(context.type_without_modifiers(*statement.get("type_name")), language), language};
  }
  if (tag == "CreateUserMappingStmt") {
    const ast::Node* user = statement.get("user");
    std::string server(statement.str("servername"));
    return {"user_mapping", fmt::format("{} SERVER {}", user ? user->str("rolename") : "", server), server};
  }
  std::string kind;
  std::string_view name = tag;
  if (name.starts_with("Create")) name.remove_prefix(6);
  if (name.ends_with("Stmt")) name.remove_suffix(4);
  for (char c : name) {
    if (std::isupper(static_cast<unsigned char>(c)) && !kind.empty()) kind += '_';
    kind += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return by_text(kind.empty() ? "statement" : kind, context);
}

// How PostgreSQL words the kind in "... already exists", and the condition it raises.
std::string kind_words(std::string_view kind) {
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"opclass", "operator class"}, {"opfamily", "operator family"}, {"fdw", "foreign-data wrapper"},
      {"statistic_ext", "statistics object"}, {"tsparser", "text search parser"},
      {"tsdictionary", "text search dictionary"}, {"tstemplate", "text search template"},
      {"tsconfiguration", "text search configuration"},
  };
  for (const auto& [known, words] : kWords) {
    if (known == kind) return std::string(words);
  }
  std::string words(kind);
  for (char& c : words) c = c == '_' ? ' ' : c;
  return words;
}

std::string_view duplicate_condition(std::string_view kind) {
  if (kind == "operator") return "duplicate_function";
  // Text search objects have no check of their own: their catalogs' unique indexes refuse them.
  if (kind.starts_with("ts")) return "unique_violation";
  return "duplicate_object";
}

}  // namespace

Expr keep_qualified(Context& context, const ast::Node& statement, std::string_view names_field, const QualifiedName& name) {
  Expr kept = context.keep(&statement);
  if (statement.list(names_field).size() != 1) return kept;
  ast::Arena& arena = context.catalog.tree_arena();
  auto part = [&](std::string_view text) { return ast::make_object(arena, "String", {ast::Field("sval", ast::make_string(arena, text))}); };
  ast::Node names = ast::make_list(arena, {part(name.schema), part(name.name)});
  return arena.make(with_field(arena, *kept, names_field, names));
}

void install_other_object(Context& context, OtherObject other, const ast::Node& statement, const std::string& name) {
  std::string key = other_object_key(other.kind, other.id);
  auto existing = context.catalog.others.find(key);
  if (existing != context.catalog.others.end() && !name.empty()) {
    if (statement.flag("if_not_exists")) return;  // PostgreSQL keeps the first, with a notice
    if (!statement.flag("replace")) {
      context.error(fmt::format(error_form::object_exists, kind_words(other.kind), other.id),
                    {duplicate_condition(other.kind), {name}});
      return;
    }
    // CREATE OR REPLACE changes the object in place: its owner, grants and comment stay.
    other.meta.owner = existing->second.meta.owner;
    other.meta.acl = existing->second.meta.acl;
    other.meta.comment = existing->second.meta.comment;
  }
  context.catalog.others[key] = std::move(other);
}

void keep_other_object(Context& context, const ast::Node& statement) {
  Identity identity = identity_of(context, statement);
  OtherObject other;
  other.kind = identity.kind;
  other.id = identity.id;
  if (identity.names_field.empty()) other.definition = context.keep(&statement);
  else other.definition = keep_qualified(context, statement, identity.names_field, identity.qualified);
  other.meta.defined_at = context.here();
  install_other_object(context, std::move(other), statement, identity.name);
}

}  // namespace pgdrift
