#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pgdrift {

// The encoding a plain dump declares with `SET client_encoding = '...'` near its top,
// or nothing when it declares none.
std::optional<std::string> declared_client_encoding(std::string_view text);

// Converts text from a PostgreSQL encoding name (LATIN1, WIN1252, EUC_JP, ...) to UTF-8.
// Throws InputError naming `file` when the encoding is unknown or the bytes do not fit it.
std::string convert_to_utf8(std::string_view text, std::string_view pg_encoding,
                            const std::string& file);

}  // namespace pgdrift
