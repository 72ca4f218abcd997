#include "parser/diagnostic.hpp"

#include <fmt/format.h>

namespace pgdrift {

std::string Diagnostic::to_string() const {
  const char* label = severity == Severity::error ? "error" : "warning";
  if (where.line == 0) return fmt::format("{}: {}: {}", where.file, label, message);
  return fmt::format("{}:{}:{}: {}: {}", where.file, where.line, where.column, label, message);
}

InputError::InputError(Diagnostic diagnostic)
    : diagnostic_(std::move(diagnostic)), text_(diagnostic_.to_string()) {}

}  // namespace pgdrift
