// Fuzz entry point: one statement's text through libpg_query into our AST (json_to_ast),
// then back to SQL through the deparser, and its normalized form and fingerprint.
#include <simdjson.h>

#include "analyzer/normalize/expression_normalizer.hpp"
#include "analyzer/normalize/fingerprint.hpp"
#include "fuzz_support.hpp"
#include "parser/deparser.hpp"
#include "parser/stack_thread.hpp"
#include "parser/statement_parser.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace pgdrift;
  std::string_view sql = fuzz::as_text(data, size);
  // The reader hands the parser only UTF-8 without NUL bytes (source_text refuses the rest).
  if (sql.find('\0') != std::string_view::npos || !simdjson::validate_utf8(sql.data(), sql.size())) return -1;
  ast::Arena arena;
  StatementParse parse;
  // A long statement gets a stack as large as the reader's parser threads would give it
  // (parse_stack_size); the main thread's 8 MiB are plenty for anything shorter.
  auto run = [&] { parse = parse_statement(sql, arena); };
  if (sql.size() <= 16 * 1024) run();
  else StackThread(parse_stack_size(sql.size()), run);
  fuzz::require(!parse.error || parse.trees.empty());
  ExpressionNormalizer normalizer(arena);
  for (const ast::Node* tree : parse.trees) {
    fuzz::require(*tree == *tree);
    deparse_statement(*tree);
    fingerprint(*normalizer.normalize(tree));
  }
  return 0;
}
