#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <optional>
#include <string_view>
#include <vector>

#include "parser/diagnostic.hpp"

namespace pgdrift {

// One SQL statement of a psql script, as a view into the source text.
struct ScriptStatement {
  std::string_view text;   // from its first token to its terminating semicolon (if any)
  std::size_t offset = 0;  // byte offset of `text` in the source
  std::string_view toc_comment;  // the pg_dump "-- Name: ...; Type: ..." line before it, if any
  std::optional<std::string_view> copy_data;  // rows of COPY ... FROM stdin, up to (not incl.) "\."
};

// A psql meta-command line such as "\restrict KEY" or "\connect db".
struct MetaCommand {
  std::string_view text;  // from the backslash to the end of the line
  std::size_t offset = 0;
};

// A psql script cut the way psql cuts it before sending statements to the server.
struct Script {
  std::vector<ScriptStatement> statements;
  std::vector<MetaCommand> meta_commands;
  // Texts of statements that had a meta-command line inside them, with that line blanked
  // out (same length, so positions stay exact); statements point into these.
  std::deque<std::string> rewritten_texts;
};

}  // namespace pgdrift
