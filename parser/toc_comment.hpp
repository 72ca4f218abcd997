#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pgdrift {

// The table-of-contents comment pg_dump writes before each object:
//   -- Name: agent_calls; Type: TABLE; Schema: public; Owner: postgres
struct TocEntry {
  std::string name;
  std::string type;
  std::string schema;  // "-" when the object has no schema
  std::string owner;   // empty when the comment names none
};

std::optional<TocEntry> parse_toc_comment(std::string_view line);

}  // namespace pgdrift
