#pragma once

#include <optional>
#include <string_view>

namespace pgdrift {

// The value of a boolean reloption (security_invoker, autovacuum_enabled, fastupdate, ...),
// read as PostgreSQL reads it: on, 1, yes, true and their unique prefixes are one value.
// PostgreSQL keeps the text as written and pg_dump prints it back so. nullopt: not a
// boolean reloption, or not a boolean.
std::optional<bool> boolean_reloption(std::string_view name, std::string_view value);

}  // namespace pgdrift
