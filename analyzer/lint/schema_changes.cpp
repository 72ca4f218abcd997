#include "analyzer/lint/schema_changes.hpp"

#include "analyzer/lint/schema_lint.hpp"

namespace pgdrift {

SchemaChanges::SchemaChanges(const ast::Node& statement, const Context& session,
                             const SchemaLintOptions& options)
    : changes_(touched_subjects(statement, session)), options_(options) {
  if (changes_ && changes_->empty()) return;
  std::vector<SubjectName> subjects;
  if (changes_) {
    for (const SubjectChange& change : *changes_) subjects.push_back(change.before);
  } else {
    subjects = user_subjects(session.catalog);
  }
  for (SchemaFinding& found : examine_subjects(session.catalog, subjects, options)) {
    if (!changes_) {
      before_.insert({found.subject, found.finding.rule, found.key});
      continue;
    }
    for (const SubjectChange& change : *changes_) {
      if (change.before == found.subject)
        before_.insert({change.after, found.finding.rule, found.key});
    }
  }
}

std::vector<SubjectName> SchemaChanges::subjects_after(const Catalog& after) const {
  if (!changes_) return user_subjects(after);
  std::vector<SubjectName> subjects;
  for (const SubjectChange& change : *changes_) subjects.push_back(change.after);
  return subjects;
}

std::vector<SchemaFinding> SchemaChanges::added(const Catalog& after,
                                                const SourceLocation& where) const {
  std::vector<SchemaFinding> added;
  if (changes_ && changes_->empty()) return added;
  std::set<Key> reported;
  for (SchemaFinding& found : examine_subjects(after, subjects_after(after), options_)) {
    Key key{found.subject, found.finding.rule, found.key};
    if (before_.contains(key) || !reported.insert(key).second) continue;
    found.finding.where = where;
    added.push_back(std::move(found));
  }
  return added;
}

void AddedSchemaFindings::follow(const SchemaChanges& statement) {
  if (!statement.changes()) return;
  for (const SubjectChange& change : *statement.changes()) {
    if (change.before == change.after) continue;
    for (SchemaFinding& found : pending_) {
      if (found.subject == change.before) found.subject = change.after;
    }
  }
}

namespace {

using FindingKeys = std::set<std::tuple<SubjectName, std::string, std::string>>;

FindingKeys findings_of(const Catalog& catalog, const std::set<SubjectName>& subjects,
                        const SchemaLintOptions& options) {
  std::vector<SubjectName> examined(subjects.begin(), subjects.end());
  FindingKeys keys;
  for (const SchemaFinding& found : examine_subjects(catalog, examined, options))
    keys.insert({found.subject, found.finding.rule, found.key});
  return keys;
}

}  // namespace

std::vector<Finding> AddedSchemaFindings::added_by_file(const Catalog& start, const Catalog& end,
                                                        const SchemaLintOptions& options) const {
  std::set<SubjectName> subjects;
  for (const SchemaFinding& found : pending_) subjects.insert(found.subject);
  FindingKeys before = findings_of(start, subjects, options);
  FindingKeys after = findings_of(end, subjects, options);
  std::vector<Finding> findings;
  for (const SchemaFinding& found : pending_) {
    std::tuple key{found.subject, found.finding.rule, found.key};
    if (after.contains(key) && !before.contains(key)) findings.push_back(found.finding);
  }
  return findings;
}

}  // namespace pgdrift
