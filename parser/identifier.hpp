#pragma once

#include <string>
#include <string_view>

namespace pgdrift {

// Quotes an identifier exactly when PostgreSQL needs it (as quote_ident() does): names
// with upper case, unusual characters, or that are non-unreserved keywords.
std::string quote_identifier(std::string_view name);

// "schema.name" with each part quoted as needed.
std::string quote_qualified(std::string_view schema, std::string_view name);

// A string literal: 'it''s'.
std::string quote_literal(std::string_view text);

}  // namespace pgdrift
