#pragma once

#include <string>
#include <string_view>

#include "parser/script.hpp"

namespace pgdrift {

// Cuts a psql script into statements, meta-command lines and COPY data blocks, following
// psql's lexical rules: quotes, dollar quotes, nested comments, parentheses and
// BEGIN ... END bodies of CREATE FUNCTION/PROCEDURE do not end a statement.
// Throws InputError (with the position where it started) for an unterminated quote,
// comment or COPY data block.
Script split_psql_script(std::string_view text, const std::string& file);

}  // namespace pgdrift
