#include "analyzer/lint/schema_subject.hpp"

#include <algorithm>

#include "analyzer/model/known_ground.hpp"
#include "analyzer/model/object_id.hpp"

namespace pgdrift {

IndexesByTable indexes_by_table(const Catalog& catalog) {
  IndexesByTable indexes;
  for (const auto& [name, index] : catalog.indexes) indexes.emplace(index.table, &index);
  return indexes;
}

SchemaSubject::SchemaSubject(const Catalog& catalog, const SubjectName& subject,
                             const SchemaLintOptions& options, const IndexesByTable* indexes,
                             std::vector<SchemaFinding>& findings)
    : catalog_(catalog),
      subject_(subject),
      options_(options),
      indexes_(indexes),
      findings_(findings) {}

const Table* SchemaSubject::table() const {
  if (subject_.kind != SubjectKind::relation) return nullptr;
  auto found = catalog_.tables.find(subject_.name);
  return found == catalog_.tables.end() ? nullptr : &found->second;
}

const View* SchemaSubject::view() const {
  if (subject_.kind != SubjectKind::relation) return nullptr;
  auto found = catalog_.views.find(subject_.name);
  return found == catalog_.views.end() ? nullptr : &found->second;
}

const Extension* SchemaSubject::extension() const {
  if (subject_.kind != SubjectKind::extension) return nullptr;
  auto found = catalog_.extensions.find(subject_.name.name);
  return found == catalog_.extensions.end() ? nullptr : &found->second;
}

std::vector<const Routine*> SchemaSubject::routines() const {
  std::vector<const Routine*> routines;
  if (subject_.kind != SubjectKind::routine) return routines;
  // Routine ids are schema.name(arguments): the overloads of a name sort together.
  std::string prefix = object_id(subject_.name) + "(";
  for (auto it = catalog_.routines.lower_bound(prefix);
       it != catalog_.routines.end() && it->first.starts_with(prefix); ++it) {
    if (!from_known_ground(it->second.meta)) routines.push_back(&it->second);
  }
  return routines;
}

std::vector<const Policy*> SchemaSubject::policies() const {
  std::vector<const Policy*> policies;
  if (subject_.kind != SubjectKind::relation) return policies;
  for (auto it = catalog_.policies.lower_bound({subject_.name, ""});
       it != catalog_.policies.end() && it->first.table == subject_.name; ++it) {
    policies.push_back(&it->second);
  }
  return policies;
}

std::vector<const Index*> SchemaSubject::indexes() const {
  std::vector<const Index*> indexes;
  if (subject_.kind != SubjectKind::relation) return indexes;
  if (indexes_) {
    auto [first, last] = indexes_->equal_range(subject_.name);
    for (auto it = first; it != last; ++it) indexes.push_back(it->second);
    return indexes;
  }
  // An index lives in its table's schema: only that schema's indexes are looked at.
  const std::string& schema = subject_.name.schema;
  for (auto it = catalog_.indexes.lower_bound({schema, ""});
       it != catalog_.indexes.end() && it->first.schema == schema; ++it) {
    if (it->second.table == subject_.name) indexes.push_back(&it->second);
  }
  return indexes;
}

bool SchemaSubject::exposed() const {
  const std::vector<std::string>& exposed = options_.exposed_schemas;
  return std::find(exposed.begin(), exposed.end(), subject_.name.schema) != exposed.end();
}

void SchemaSubject::report(const ObjectMeta& meta, std::string key, std::string message,
                           std::string hint, std::vector<std::string> objects) const {
  findings_.push_back({subject_,
                       {std::string(rule_->id), rule_->level, meta.defined_at, std::move(message),
                        std::move(hint), std::move(objects)},
                       std::move(key)});
}

}  // namespace pgdrift
