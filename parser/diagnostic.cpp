#include "parser/diagnostic.hpp"

#include <fmt/format.h>

#include <mutex>
#include <unordered_set>

namespace pgdrift {
namespace {

const std::string* intern_file_name(std::string_view name) {
  static std::mutex mutex;
  static auto* names = new std::unordered_set<std::string>;  // never freed: locations outlive everything
  std::lock_guard lock(mutex);
  return &*names->emplace(name).first;
}

}  // namespace

FileName::FileName(std::string_view name) : name_(intern_file_name(name)) {}

std::string Diagnostic::to_string() const {
  const char* label = severity == Severity::error ? "error" : "warning";
  if (where.line == 0) return fmt::format("{}: {}: {}", where.file, label, message);
  return fmt::format("{}:{}:{}: {}: {}", where.file, where.line, where.column, label, message);
}

InputError::InputError(Diagnostic diagnostic)
    : diagnostic_(std::move(diagnostic)), text_(diagnostic_.to_string()) {}

}  // namespace pgdrift
