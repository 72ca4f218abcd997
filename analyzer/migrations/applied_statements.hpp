#pragma once

#include <string>
#include <vector>

#include "parser/parsed_script.hpp"

namespace pgdrift {

// A statement that differs between what a migration history table recorded as applied and
// the migration file as it is now. Statements are shown from their first token, without the
// final semicolon.
struct StatementDifference {
  int recorded_number = 0;  // 1-based position in the recorded statements; 0: only in the file
  std::string recorded;
  int file_number = 0;  // 1-based position among the file's statements; 0: only in the ledger
  int file_line = 0;
  std::string file;
};

// Compares the statements recorded for a migration (Supabase's `statements` column: the file
// as the Supabase CLI split it, each statement trimmed and without its semicolon) with the
// statements of the file, by parse tree: comments, whitespace and the case of keywords are
// not edits, a changed literal, identifier or clause is. A statement PostgreSQL's grammar
// rejects is compared by its text. Statements are aligned by their longest common
// subsequence, so an inserted or removed statement is one difference, not a shift of all
// those after it.
std::vector<StatementDifference> compare_applied_statements(
    const std::vector<std::string>& recorded, const ParsedScript& file);

}  // namespace pgdrift
