#pragma once

#include <span>
#include <vector>

#include "analyzer/lint/schema_subject.hpp"

namespace pgdrift {

// Every object of the catalog a schema rule looks at that is the user's: not in a platform
// schema (analyzer/platform/platform_schemas.hpp), not from a known ground.
std::vector<SubjectName> user_subjects(const Catalog& catalog);

// Whether `subject` is the user's to fix (see user_subjects).
bool is_user_subject(const Catalog& catalog, const SubjectName& subject);

// What every schema rule says about the given subjects (those that are not the user's are
// skipped). `indexes` (optional) saves each subject a scan of the catalog's indexes.
std::vector<SchemaFinding> examine_subjects(const Catalog& catalog,
                                            std::span<const SubjectName> subjects,
                                            const SchemaLintOptions& options,
                                            const IndexesByTable* indexes = nullptr);

// What every schema rule says about the whole catalog, ordered by where each object is defined.
std::vector<Finding> examine_catalog(const Catalog& catalog, const SchemaLintOptions& options);

// Whether the roles anon and authenticated exist: the catalog stands on Supabase's ground,
// or grants to them (a Supabase project's dump does).
bool has_api_roles(const Catalog& catalog);

}  // namespace pgdrift
