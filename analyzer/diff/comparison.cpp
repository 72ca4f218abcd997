#include "analyzer/diff/comparison.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "analyzer/interpret/acl_changes.hpp"
#include "analyzer/normalize/fingerprint.hpp"
#include "parser/deparser.hpp"

namespace pgdrift {
namespace {

std::string describe(const AclEntry& entry) {
  std::string grantee = entry.grantee == Acl::kOwner ? "owner" : entry.grantee;
  return fmt::format("{}: {}{}", grantee, entry.privilege, entry.grantable ? " WITH GRANT OPTION" : "");
}

}  // namespace

std::string_view change_type_name(ChangeType type) {
  switch (type) {
    case ChangeType::added: return "added";
    case ChangeType::removed: return "removed";
    case ChangeType::changed: return "changed";
  }
  return "changed";
}

namespace {

// The schemas either side's statements had on their search_path besides public.
std::vector<std::string> search_path_schemas(const Catalog& a, const Catalog& b) {
  std::vector<std::string> schemas = a.search_path_schemas;
  for (const std::string& schema : b.search_path_schemas) {
    if (std::find(schemas.begin(), schemas.end(), schema) == schemas.end()) schemas.push_back(schema);
  }
  return schemas;
}

}  // namespace

Comparison::Comparison(const Catalog& old_catalog_, const Catalog& new_catalog_, const DiffOptions& options_)
    : old_catalog(old_catalog_), new_catalog(new_catalog_), options(options_),
      normalizer_(arena_, search_path_schemas(old_catalog_, new_catalog_)) {}

const ast::Node* Comparison::canonical(Expr expression, std::string_view relation) {
  return normalizer_.normalize(expression, relation);
}

bool Comparison::same_expression(Expr a, Expr b, std::string_view relation) {
  if (!a || !b) return !a && !b;
  if (*a == *b) return true;  // the common case, without building canonical trees
  return *canonical(a, relation) == *canonical(b, relation);
}

std::string Comparison::show(Expr expression) {
  if (!expression) return "";
  if (auto text = deparse_expression(*expression)) return *text;
  if (auto text = deparse_statement(*expression)) return *text;
  return fingerprint(*expression);
}

void Comparison::added(std::string kind, std::string id) {
  changes.push_back({std::move(kind), std::move(id), ChangeType::added, {}, std::nullopt, 0});
}

void Comparison::removed(std::string kind, std::string id) {
  changes.push_back({std::move(kind), std::move(id), ChangeType::removed, {}, std::nullopt, 0});
}

void Comparison::changed(std::string kind, std::string id, std::vector<ChangeDetail> details) {
  if (details.empty()) return;
  changes.push_back({std::move(kind), std::move(id), ChangeType::changed, std::move(details), std::nullopt, 0});
}

void Comparison::compare_value(std::vector<ChangeDetail>& details, const std::string& aspect,
                               const std::string& old_value, const std::string& new_value) {
  if (old_value == new_value || ignored(aspect)) return;
  ChangeDetail detail;
  detail.aspect = aspect;
  if (!old_value.empty()) detail.old_value = old_value;
  if (!new_value.empty()) detail.new_value = new_value;
  details.push_back(std::move(detail));
}

void Comparison::compare_expression(std::vector<ChangeDetail>& details, const std::string& aspect, Expr old_value,
                                    Expr new_value, std::string_view relation) {
  if (ignored(aspect) || same_expression(old_value, new_value, relation)) return;
  ChangeDetail detail;
  detail.aspect = aspect;
  if (old_value) detail.old_value = show(old_value);
  if (new_value) detail.new_value = show(new_value);
  details.push_back(std::move(detail));
}

void Comparison::compare_flag(std::vector<ChangeDetail>& details, const std::string& aspect, bool old_value,
                              bool new_value) {
  compare_value(details, aspect, old_value ? "true" : "false", new_value ? "true" : "false");
}

void Comparison::compare_meta(std::vector<ChangeDetail>& details, const ObjectMeta& old_meta,
                              const ObjectMeta& new_meta, std::string_view object_type) {
  // An owner one side does not state is not a difference (SQL written without OWNER TO).
  if (!old_meta.owner.empty() && !new_meta.owner.empty()) compare_value(details, "owner", old_meta.owner, new_meta.owner);
  bool extension_default_comment = object_type == "OBJECT_EXTENSION" && (!old_meta.comment || !new_meta.comment);
  if (old_meta.comment != new_meta.comment && !ignored("comment") && !extension_default_comment) {
    ChangeDetail detail;
    detail.aspect = "comment";
    detail.old_value = old_meta.comment;
    detail.new_value = new_meta.comment;
    details.push_back(std::move(detail));
  }
  if (ignored("grants")) return;
  // Most objects have the same grants on both sides: skip building the effective ACLs.
  bool same_grants = old_meta.owner == new_meta.owner && old_meta.acl.is_default == new_meta.acl.is_default &&
                     (old_meta.acl.is_default || old_meta.acl.entries == new_meta.acl.entries);
  if (same_grants) return;
  AclEntries old_acl = effective_acl(old_meta, object_type);
  AclEntries new_acl = effective_acl(new_meta, object_type);
  if (old_acl == new_acl) return;
  ChangeDetail detail;
  detail.aspect = "grants";
  for (const AclEntry& entry : old_acl) {
    if (!new_acl.contains(entry)) detail.removed.push_back(describe(entry));
  }
  for (const AclEntry& entry : new_acl) {
    if (!old_acl.contains(entry)) detail.added.push_back(describe(entry));
  }
  details.push_back(std::move(detail));
}

}  // namespace pgdrift
