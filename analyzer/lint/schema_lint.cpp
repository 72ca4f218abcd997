#include "analyzer/lint/schema_lint.hpp"

#include <algorithm>
#include <tuple>

#include "analyzer/model/known_ground.hpp"
#include "analyzer/platform/platform_schemas.hpp"

namespace pgdrift {
namespace {

const ObjectMeta* relation_meta(const Catalog& catalog, const QualifiedName& name) {
  if (auto table = catalog.tables.find(name); table != catalog.tables.end())
    return &table->second.meta;
  if (auto view = catalog.views.find(name); view != catalog.views.end()) return &view->second.meta;
  return nullptr;
}

bool names_api_role(const Acl& acl) {
  return std::any_of(acl.entries.begin(), acl.entries.end(), [](const AclEntry& entry) {
    return entry.grantee == "anon" || entry.grantee == "authenticated";
  });
}

}  // namespace

bool is_user_subject(const Catalog& catalog, const SubjectName& subject) {
  if (subject.kind == SubjectKind::extension) {
    auto found = catalog.extensions.find(subject.name.name);
    return found != catalog.extensions.end() && !found->second.builtin &&
           !from_known_ground(found->second.meta);
  }
  if (is_platform_schema(subject.name.schema)) return false;
  if (subject.kind == SubjectKind::routine) return true;  // overloads are filtered one by one
  const ObjectMeta* meta = relation_meta(catalog, subject.name);
  return meta && !from_known_ground(*meta);
}

std::vector<SubjectName> user_subjects(const Catalog& catalog) {
  std::vector<SubjectName> subjects;
  for (const auto& [name, table] : catalog.tables)
    subjects.push_back({SubjectKind::relation, name});
  for (const auto& [name, view] : catalog.views) subjects.push_back({SubjectKind::relation, name});
  for (const auto& [id, routine] : catalog.routines) {
    if (subjects.empty() || subjects.back() != SubjectName{SubjectKind::routine, routine.name})
      subjects.push_back({SubjectKind::routine, routine.name});
  }
  for (const auto& [name, extension] : catalog.extensions)
    subjects.push_back({SubjectKind::extension, {"", name}});
  std::erase_if(subjects,
                [&](const SubjectName& subject) { return !is_user_subject(catalog, subject); });
  return subjects;
}

std::vector<SchemaFinding> examine_subjects(const Catalog& catalog,
                                            std::span<const SubjectName> subjects,
                                            const SchemaLintOptions& options,
                                            const IndexesByTable* indexes) {
  std::vector<SchemaFinding> findings;
  for (const SubjectName& name : subjects) {
    if (!is_user_subject(catalog, name)) continue;
    SchemaSubject subject(catalog, name, options, indexes, findings);
    for (const LintRule& rule : lint_rules()) {
      if (!rule.examine) continue;
      subject.set_rule(rule);
      rule.examine(subject);
    }
  }
  return findings;
}

std::vector<Finding> examine_catalog(const Catalog& catalog, const SchemaLintOptions& options) {
  IndexesByTable indexes = indexes_by_table(catalog);
  std::vector<SubjectName> subjects = user_subjects(catalog);
  std::vector<Finding> findings;
  for (SchemaFinding& found : examine_subjects(catalog, subjects, options, &indexes))
    findings.push_back(std::move(found.finding));
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
    return std::tuple(a.where.file.str(), a.where.line, a.where.column) <
           std::tuple(b.where.file.str(), b.where.line, b.where.column);
  });
  return findings;
}

bool has_api_roles(const Catalog& catalog) {
  if (!catalog.grounds.empty()) return true;
  for (const auto& [name, table] : catalog.tables) {
    if (names_api_role(table.meta.acl)) return true;
  }
  for (const auto& [name, view] : catalog.views) {
    if (names_api_role(view.meta.acl)) return true;
  }
  for (const auto& [id, routine] : catalog.routines) {
    if (names_api_role(routine.meta.acl)) return true;
  }
  return std::any_of(catalog.default_privileges.begin(), catalog.default_privileges.end(),
                     [](const DefaultPrivilege& d) {
                       return d.entry.grantee == "anon" || d.entry.grantee == "authenticated";
                     });
}

}  // namespace pgdrift
