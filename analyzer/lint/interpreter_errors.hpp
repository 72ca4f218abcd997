#pragma once

#include "parser/diagnostic.hpp"

namespace pgdrift {

// Whether the interpreter, replaying a migration strictly, said PostgreSQL would refuse the
// statement because an object it names does not exist at that point.
inline bool is_undefined_object(const Diagnostic& diagnostic) {
  return diagnostic.severity == Severity::error &&
         diagnostic.message.find("does not exist") != std::string::npos;
}

}  // namespace pgdrift
