#pragma once

#include <string>
#include <string_view>
#include <optional>
#include <vector>

namespace pgdrift {

// Quotes an identifier exactly when PostgreSQL needs it (as quote_ident() does): names
// with upper case, unusual characters, or that are non-unreserved keywords.
std::string quote_identifier(std::string_view name);

// "schema.name" with each part quoted as needed.
std::string quote_qualified(std::string_view schema, std::string_view name);

// The parts of a dotted name written inside a string, as PostgreSQL reads 'public.s'::regclass
// (SplitIdentifierString): unquoted parts folded to lower case, quoted ones taken as written,
// blanks around parts ignored. Nothing if the text is not such a name.
std::optional<std::vector<std::string>> split_qualified_name(std::string_view text);

// A string literal: 'it''s'.
std::string quote_literal(std::string_view text);

}  // namespace pgdrift
