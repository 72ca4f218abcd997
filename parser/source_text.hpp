#pragma once

#include <string>

#include "parser/line_index.hpp"

namespace pgdrift {

// The text of one input, as UTF-8 with LF line ends and no byte-order mark.
struct SourceText {
  std::string name;  // as the user named it: a path, "-" or "REV:PATH"
  std::string text;
};

// Reads an input named as on the command line: a file path, "-" for standard input, or
// "REV:PATH" for a file at a git revision of the repository in the current directory.
// Throws InputError for anything that is not a plain-text SQL script.
SourceText load_source(const std::string& spec);

// The checks and conversions applied to raw bytes once read (exposed for tests).
SourceText normalize_source(std::string name, std::string bytes);

}  // namespace pgdrift
