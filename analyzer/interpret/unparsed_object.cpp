#include "analyzer/interpret/unparsed_object.hpp"

#include <algorithm>
#include <optional>

#include "analyzer/interpret/collapsed_text.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "analyzer/model/object_id.hpp"
#include "parser/created_object_name.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

constexpr std::string_view kUnparsedPrefix = "unparsed_";

struct UnparsedIdentity {
  std::string kind;
  std::string id;
  QualifiedName name;   // the object's, or for a trigger or policy its table's
  std::string member;   // a trigger's or policy's name
};

// schema.name from one, two or three (database.schema.name) parts; one part lives in `schema`.
QualifiedName qualified(const std::vector<std::string>& parts, const std::string& schema) {
  if (parts.size() == 1) return {schema, parts[0]};
  return {parts[parts.size() - 2], parts.back()};
}

QualifiedName table_name(const Context& context, const std::vector<std::string>& parts) {
  if (parts.size() == 1) return context.resolve_relation_name("", parts[0]);
  return qualified(parts, "");
}

UnparsedIdentity identity_of(const Context& context, const CreatedObjectName& created) {
  UnparsedIdentity identity{std::string(kUnparsedPrefix) + created.kind, {}, {}, {}};
  if (created.kind == "trigger" || created.kind == "policy") {
    identity.name = table_name(context, created.table);
    identity.member = created.name.back();
    identity.id = member_id(identity.name, identity.member);
  } else if (created.kind == "index") {  // an index lives in its table's schema
    identity.name = qualified(created.name, table_name(context, created.table).schema);
    identity.id = object_id(identity.name);
  } else if (created.kind == "schema") {
    identity.name = {"", created.name.back()};
    identity.id = quote_identifier(created.name.back());
  } else {
    identity.name = qualified(created.name, context.creation_schema());
    identity.id = object_id(identity.name);
  }
  return identity;
}

bool made_anyway(const Catalog& catalog, const CreatedObjectName& created, const UnparsedIdentity& identity) {
  const std::string& kind = created.kind;
  if (kind == "trigger") return catalog.triggers.contains({identity.name, identity.member});
  if (kind == "policy") return catalog.policies.contains({identity.name, identity.member});
  if (kind == "type" || kind == "domain") return catalog.types.contains(identity.name);
  if (kind == "schema") return catalog.schemas.contains(identity.name.name);
  if (kind == "function" || kind == "procedure" || kind == "aggregate") {
    std::string prefix = object_id(identity.name) + "(";
    auto found = catalog.routines.lower_bound(prefix);
    return found != catalog.routines.end() && found->first.starts_with(prefix);
  }
  return catalog.relation_exists(identity.name);
}

void keep(Context& context, std::string kind, std::string id) {
  OtherObject other;
  other.kind = std::move(kind);
  other.id = std::move(id);
  other.text = collapsed_text(context.statement->source->text);
  other.meta.defined_at = context.here();
  context.catalog.others[other_object_key(other.kind, other.id)] = std::move(other);
}

}  // namespace

void keep_unparsed_object(Context& context) {
  if (!context.statement) return;
  std::optional<CreatedObjectName> created = created_object_name(context.statement->source->text);
  if (!created) return keep(context, "unparsed_statement", collapsed_text(context.statement->source->text));
  UnparsedIdentity identity = identity_of(context, *created);
  keep(context, std::move(identity.kind), std::move(identity.id));
}

void keep_dependent_of_unparsed(Context& context) {
  if (!context.statement) return;
  std::optional<CreatedObjectName> created = created_object_name(context.statement->source->text);
  if (!created) return;
  UnparsedIdentity identity = identity_of(context, *created);
  if (made_anyway(context.catalog, *created, identity)) return;
  keep(context, std::move(identity.kind), std::move(identity.id));
}

bool names_unparsed_object(const Catalog& catalog, std::span<const std::string> names) {
  for (auto entry = catalog.others.lower_bound(std::string(kUnparsedPrefix));
       entry != catalog.others.end() && entry->first.starts_with(kUnparsedPrefix); ++entry) {
    std::optional<std::vector<std::string>> parts = split_qualified_name(entry->second.id);
    if (!parts) continue;
    if (std::find(names.begin(), names.end(), parts->back()) != names.end()) return true;
  }
  return false;
}

}  // namespace pgdrift
