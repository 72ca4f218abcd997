#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

namespace pgdrift {

// The name of an input, interned: each object of a dump records where it was defined, and
// a dump has tens of thousands of them. A process reads a few hundred inputs at most.
class FileName {
 public:
  FileName() : name_(&kNone) {}
  FileName(std::string_view name);
  FileName(const std::string& name) : FileName(std::string_view(name)) {}
  FileName(const char* name) : FileName(std::string_view(name)) {}

  const std::string& str() const { return *name_; }
  operator std::string_view() const { return *name_; }
  friend bool operator==(const FileName& a, std::string_view b) { return *a.name_ == b; }

 private:
  static inline const std::string kNone;
  const std::string* name_;
};

// A place in an input, for messages: 1-based line and column (column counts characters).
struct SourceLocation {
  FileName file;
  int line = 0;
  int column = 0;
};

enum class Severity { warning, error };

struct Diagnostic {
  Severity severity = Severity::error;
  SourceLocation where;
  std::string message;

  // "file:line:col: error: message", the form compilers use, so editors can jump to it.
  std::string to_string() const;
};

using Diagnostics = std::vector<Diagnostic>;

// An input that cannot be read at all (missing file, archive format, binary data).
// Carries the location so the CLI can report it and exit 2.
class InputError : public std::exception {
 public:
  explicit InputError(Diagnostic diagnostic);
  const char* what() const noexcept override { return text_.c_str(); }
  const Diagnostic& diagnostic() const { return diagnostic_; }

 private:
  Diagnostic diagnostic_;
  std::string text_;
};

}  // namespace pgdrift

template <>
struct fmt::formatter<pgdrift::FileName> : fmt::formatter<std::string_view> {
  auto format(const pgdrift::FileName& name, fmt::format_context& context) const {
    return fmt::formatter<std::string_view>::format(name.str(), context);
  }
};
