#include "parser/libpg_query_json.hpp"

namespace pgdrift {
namespace {

simdjson::dom::parser make_json_parser() {
  simdjson::dom::parser parser;
  if (parser.allocate(64 * 1024, kMaxJsonDepth) != simdjson::SUCCESS) return simdjson::dom::parser{};
  return parser;
}

}  // namespace

simdjson::dom::parser& thread_json_parser() {
  thread_local simdjson::dom::parser parser = make_json_parser();
  return parser;
}

}  // namespace pgdrift
