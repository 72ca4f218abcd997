#pragma once

#include <string>

#include "parser/parsed_script.hpp"

namespace pgdrift {

struct ReadOptions {
  unsigned threads = 0;  // parser threads; 0 = one per core
};

// Reads an input (path, "-" or "REV:PATH"), cuts it into statements and parses them all,
// in parallel. Problems in single statements become diagnostics; an unreadable input
// throws InputError.
ParsedScript read_script(const std::string& spec, const ReadOptions& options = {});

// The same for text already in memory (used by tests and by migration replay).
ParsedScript read_script_text(std::string name, std::string text, const ReadOptions& options = {});

}  // namespace pgdrift
