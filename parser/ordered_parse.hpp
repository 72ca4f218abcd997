#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <memory_resource>
#include <span>
#include <vector>

#include "parser/ast.hpp"
#include "parser/script.hpp"
#include "parser/statement_parser.hpp"

namespace pgdrift {

// A run of consecutive statements of a script, parsed; their trees live in its arena.
struct ParsedBlock {
  std::size_t begin = 0;                // index of its first statement
  std::vector<StatementParse> results;  // one per statement
  std::unique_ptr<ast::Arena> arena;
};

// Parses every statement on `threads` threads and hands the blocks to `deliver` on the
// calling thread, in order, each as soon as it and those before it are parsed. Parsing
// runs at most a few thousand statements ahead of delivery, so a caller that is done with
// a block when `deliver` returns holds only those in memory. The blocks' arenas take their
// buffers from `memory`, which must outlive them.
void parse_in_order(std::span<const ScriptStatement> statements, unsigned threads, std::pmr::memory_resource& memory,
                    const std::function<void(ParsedBlock&)>& deliver);

}  // namespace pgdrift
