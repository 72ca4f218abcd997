#include "parser/diagnostic.hpp"

#include <fmt/format.h>

namespace pgdrift {

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::string Diagnostic::to_string() const {
  const char* label = severity_name(severity);
  if (where.line == 0) return fmt::format("{}: {}: {}", where.file, label, message);
  return fmt::format("{}:{}:{}: {}: {}", where.file, where.line, where.column, label, message);
}

InputError::InputError(Diagnostic diagnostic)
    : diagnostic_(std::move(diagnostic)), text_(diagnostic_.to_string()) {}

}  // namespace pgdrift
