#pragma once

#include "analyzer/interpret/context.hpp"

namespace pgdrift {

// A partition's FOR VALUES as the catalog keeps it. The server stores a bound as a value of
// the partition key's type, and pg_dump prints a timestamptz in the TimeZone it runs in:
// '2022-04-01 01:00:00+01' and '2022-04-01 00:00:00+00' are one bound. Bounds of a
// timestamptz key that state their offset are kept in UTC, so they compare as values.
Expr kept_partition_bound(Context& context, const Table& parent, const ast::Node* bound);

}  // namespace pgdrift
