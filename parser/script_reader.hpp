#pragma once

#include <functional>
#include <span>
#include <string>

#include "parser/parsed_script.hpp"

namespace pgdrift {

struct ReadOptions {
  unsigned threads = 0;  // parser threads; 0 = one per core this process may use
};

// Reads an input (path, "-" or "REV:PATH"), cuts it into statements and parses them all,
// in parallel. Problems in single statements become diagnostics; an unreadable input
// throws InputError.
ParsedScript read_script(const std::string& spec, const ReadOptions& options = {});

// Receives the statements of an input a block at a time, in order, as soon as they are
// parsed; their trees are freed when it returns.
using StatementSink = std::function<void(std::span<const ParsedStatement>)>;

// The same, handing the statements to `sink` instead of keeping them, so that only a few
// blocks' trees are in memory at once: the script returned has the source, its
// meta-commands and the diagnostics, but no statements.
ParsedScript read_script(const std::string& spec, const StatementSink& sink,
                         const ReadOptions& options = {});

// The same for text already in memory (used by tests and by migration replay).
ParsedScript read_script_text(std::string name, std::string text, const ReadOptions& options = {});
ParsedScript read_script_text(std::string name, std::string text, const StatementSink& sink,
                              const ReadOptions& options = {});

}  // namespace pgdrift
