#pragma once

#include <string>
#include <vector>

#include "parser/interned_string.hpp"

namespace pgdrift {

// The name of an input: each object of a dump records where it was defined, and a dump
// has tens of thousands of them.
using FileName = InternedString;

// A place in an input, for messages: 1-based line and column (column counts characters).
struct SourceLocation {
  FileName file;
  int line = 0;
  int column = 0;
};

// A note says what was done with something harmless (an empty migration file); it is
// neither a warning nor counted as one.
enum class Severity { note, warning, error };

// "note", "warning" or "error", as messages and reports write it.
const char* severity_name(Severity severity);

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
