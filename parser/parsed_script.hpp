#pragma once

#include <memory>
#include <vector>

#include "parser/ast.hpp"
#include "parser/diagnostic.hpp"
#include "parser/script.hpp"
#include "parser/source_text.hpp"

namespace pgdrift {

// One statement after parsing: its source, and its tree (null when libpg_query rejected it).
struct ParsedStatement {
  const ScriptStatement* source = nullptr;
  const ast::Node* tree = nullptr;
  SourceLocation where;
};

// An input read, cut and parsed; owns everything the statements point into.
struct ParsedScript {
  std::unique_ptr<SourceText> source;
  FileName file;  // the source's name, for locations
  Script script;
  std::vector<ParsedStatement> statements;
  Diagnostics diagnostics;
  std::vector<std::unique_ptr<ast::Arena>> arenas;
};

}  // namespace pgdrift
