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
