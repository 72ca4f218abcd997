#pragma once

#include <string>
#include <string_view>

#include "parser/line_index.hpp"
#include "parser/script.hpp"

namespace pgdrift {

// Cuts a psql script into statements, meta-command lines and COPY data blocks, following
// psql's lexical rules: quotes, dollar quotes, nested comments, parentheses and
// BEGIN ... END bodies of CREATE FUNCTION/PROCEDURE do not end a statement.
// Throws InputError (with the position where it started) for an unterminated quote,
// comment or COPY data block. `release`, if given, gives back the memory of COPY data once
// passed over: a dump's data is never held, only where it is.
Script split_psql_script(std::string_view text, const std::string& file, const ReleaseMemory& release = nullptr);

}  // namespace pgdrift
