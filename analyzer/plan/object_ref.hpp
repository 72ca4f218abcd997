#pragma once

#include <string>

namespace pgdrift {

// How SQL names an object in COMMENT ON, ALTER ... OWNER TO and GRANT.
struct ObjectRef {
  std::string keyword;        // COMMENT ON <keyword> <name>: TABLE, VIEW, FUNCTION, COLUMN, ...
  std::string name;           // public.t, public.f(integer), public.t.c, "c ON public.t"
  std::string owner_keyword;  // ALTER <owner_keyword> <name> OWNER TO; empty: has no owner
  std::string grant_keyword;  // GRANT ... ON <grant_keyword> <grant_name>; empty: no privileges
  std::string grant_name;
  std::string column;         // column privileges: GRANT SELECT (column) ON TABLE ...
  std::string object_type;    // OBJECT_TABLE, ...: which built-in privileges it starts with
  std::string schema;         // where it lives: which default privileges apply to it
};

}  // namespace pgdrift
