#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "parser/line_index.hpp"

namespace pgdrift {

// The text of one input, as UTF-8 with LF line ends and no byte-order mark.
struct SourceText {
  SourceText(std::string name, std::string_view text, std::shared_ptr<const void> storage,
             ReleaseMemory release = nullptr);

  std::string name;       // as the user named it: a path, "-" or "REV:PATH"
  std::string_view text;  // points into `storage`
  std::shared_ptr<const void> storage;  // a string, or a file mapped in memory
  // For a mapped file, gives back the pages of a stretch already read (they are read again
  // from the file if used later), so a dump's COPY data never stays in memory. Null for a string.
  ReleaseMemory release;
  LineIndex lines;  // positions in `text`
};

// Reads an input named as on the command line: a file path, "-" for standard input, or
// "REV:PATH" for a file at a git revision of the repository in the current directory.
// A regular file is mapped, not copied. Throws InputError for anything that is not a
// plain-text SQL script.
SourceText load_source(const std::string& spec);

// The checks and conversions applied to raw bytes once read (exposed for tests).
SourceText normalize_source(std::string name, std::string bytes);

}  // namespace pgdrift
