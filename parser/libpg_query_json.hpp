#pragma once

#include <simdjson.h>

#include <cstddef>

#include "parser/json_to_ast.hpp"

namespace pgdrift {

// libpg_query writes two to four JSON levels per parse node.
constexpr std::size_t kMaxJsonDepth = 4 * ast::kMaxNesting + 64;

// A reader of libpg_query's JSON, one per thread: simdjson's parser keeps its buffers
// between documents, and refuses documents deeper than kMaxJsonDepth.
simdjson::dom::parser& thread_json_parser();

}  // namespace pgdrift
