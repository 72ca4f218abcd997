#include "analyzer/interpret/extension_schema.hpp"

#include <array>
#include <utility>

namespace pgdrift {

std::string_view fixed_extension_schema(std::string_view extension) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 7> kFixed{{
      {"pg_cron", "pg_catalog"},
      {"pg_graphql", "graphql"},
      {"pgmq", "pgmq"},
      {"pgsodium", "pgsodium"},
      {"pg_tle", "pgtle"},
      {"postgis_tiger_geocoder", "tiger"},
      {"postgis_topology", "topology"},
  }};
  for (const auto& [name, schema] : kFixed) {
    if (name == extension) return schema;
  }
  return {};
}

}  // namespace pgdrift
