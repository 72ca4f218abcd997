#include <fmt/format.h>

#include <cctype>

#include "analyzer/interpret/handlers.hpp"
#include "analyzer/interpret/object_lookup.hpp"
#include "analyzer/model/object_id.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

struct Identity {
  std::string kind;
  std::string id;
};

std::string collapsed_text(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string dotted(std::span<const ast::Node> names) {
  std::string id;
  for (const ast::Node& part : names) id += (id.empty() ? "" : ".") + quote_identifier(part.string_value());
  return id;
}

// Kinds are named as PostgreSQL's object types are (OBJECT_FOREIGN_SERVER -> foreign_server),
// so COMMENT ON / ALTER ... OWNER TO find them by the same name.
Identity identity_of(Context& context, const ast::Node& statement) {
  std::string_view tag = statement.text();
  if (tag == "CreateForeignServerStmt") return {"foreign_server", quote_identifier(statement.str("servername"))};
  if (tag == "CreateSubscriptionStmt") return {"subscription", quote_identifier(statement.str("subname"))};
  if (tag == "CreateFdwStmt") return {"fdw", quote_identifier(statement.str("fdwname"))};
  if (tag == "CreatePLangStmt") return {"language", quote_identifier(statement.str("plname"))};
  if (tag == "CreateAmStmt") return {"access_method", quote_identifier(statement.str("amname"))};
  if (tag == "CreateStatsStmt") return {"statistic_ext", dotted(statement.list("defnames"))};
  if (tag == "CreateConversionStmt") return {"conversion", dotted(statement.list("conversion_name"))};
  if (tag == "CreateOpClassStmt") return {"opclass", dotted(statement.list("opclassname")) + " USING " + std::string(statement.str("amname"))};
  if (tag == "CreateOpFamilyStmt") return {"opfamily", dotted(statement.list("opfamilyname")) + " USING " + std::string(statement.str("amname"))};
  if (tag == "RuleStmt" && statement.get("relation")) {
    return {"rule", member_id(context.resolve_relation(*statement.get("relation")), std::string(statement.str("rulename")))};
  }
  if (tag == "CreateCastStmt" && statement.get("sourcetype") && statement.get("targettype")) {
    return {"cast", fmt::format("({} AS {})", context.type(*statement.get("sourcetype")), context.type(*statement.get("targettype")))};
  }
  if (tag == "CreateUserMappingStmt") {
    const ast::Node* user = statement.get("user");
    return {"user_mapping", fmt::format("{} SERVER {}", user ? user->str("rolename") : "", statement.str("servername"))};
  }
  std::string kind;
  std::string_view name = tag;
  if (name.starts_with("Create")) name.remove_prefix(6);
  if (name.ends_with("Stmt")) name.remove_suffix(4);
  for (char c : name) {
    if (std::isupper(static_cast<unsigned char>(c)) && !kind.empty()) kind += '_';
    kind += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return {kind.empty() ? "statement" : kind, collapsed_text(context.statement ? context.statement->source->text : "")};
}

}  // namespace

std::string other_object_key(std::string_view kind, std::string_view id) { return fmt::format("{} {}", kind, id); }

void keep_other_object(Context& context, const ast::Node& statement) {
  Identity identity = identity_of(context, statement);
  OtherObject other;
  other.kind = identity.kind;
  other.id = identity.id;
  other.definition = context.keep(&statement);
  other.meta.defined_at = context.here();
  context.catalog.others[other_object_key(other.kind, other.id)] = std::move(other);
}

}  // namespace pgdrift
