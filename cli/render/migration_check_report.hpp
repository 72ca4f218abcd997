#pragma once

#include <string>

#include "analyzer/pipeline/migration_check.hpp"

namespace pgdrift {

// `pgdrift migrations check`: the findings on the files, then whether the dump is what the
// migrations produce, with the differences (OLD: the migrations' schema, NEW: the dump).
std::string render_migration_check_text(const MigrationCheckRequest& request,
                                        const MigrationCheck& check);

}  // namespace pgdrift
