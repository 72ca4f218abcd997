#pragma once

#include <optional>
#include <vector>

#include "analyzer/interpret/context.hpp"
#include "analyzer/lint/schema_subject.hpp"

namespace pgdrift {

// An object a statement touches, by its name before the statement and after it (they differ
// when the statement renames it or moves it to another schema).
struct SubjectChange {
  SubjectName before;
  SubjectName after;
};

// The objects whose schema-rule findings a statement may change, read from the statement and
// the session just before it: the table a CREATE POLICY or CREATE INDEX is on, the view a
// CREATE VIEW makes, the routines a GRANT names, ... Statements that touch none of them (a
// COMMENT, a CREATE TYPE) give none. nullopt when the statement's reach cannot be told from
// its text (a DO block): the whole catalog is then examined around it.
std::optional<std::vector<SubjectChange>> touched_subjects(const ast::Node& statement,
                                                           const Context& session);

}  // namespace pgdrift
