#include "analyzer/migrations/dump_coverage.hpp"

#include "analyzer/model/known_ground.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {

std::string schema_of(const Change& change) {
  std::string_view id = change.id;
  if (auto paren = id.find('('); paren != std::string_view::npos)
    id = id.substr(0, paren);  // a routine's arguments
  auto parts = split_qualified_name(id);
  return parts && parts->size() >= 2 ? parts->front() : std::string();
}

bool outside_the_dump(const Change& change, const Catalog& replayed, const Catalog& dump) {
  std::string schema = schema_of(change);
  auto in_replay = replayed.schemas.find(schema);
  if (in_replay == replayed.schemas.end() || !from_known_ground(in_replay->second.meta))
    return false;
  auto in_dump = dump.schemas.find(schema);
  return in_dump == dump.schemas.end() || from_known_ground(in_dump->second.meta);
}

}  // namespace pgdrift
