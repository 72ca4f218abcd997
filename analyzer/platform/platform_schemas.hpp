#pragma once

#include <string_view>

namespace pgdrift {

// Whether a schema belongs to the platform or to an extension, not to the project: Supabase's
// own (auth, storage, realtime, vault, ...), PostgreSQL's, and those common extensions keep
// their objects in (cron, pgmq, net, topology, ...). What lives there is not the user's to fix.
bool is_platform_schema(std::string_view schema);

}  // namespace pgdrift
