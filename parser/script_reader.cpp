#include "parser/script_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <span>
#include <thread>

#include "parser/parser_thread.hpp"
#include "parser/psql_splitter.hpp"
#include "parser/stack_thread.hpp"
#include "parser/statement_parser.hpp"

namespace pgdrift {
namespace {

// pg_dump (since its 2025 security releases) brackets every script in \restrict/\unrestrict;
// they only guard psql against a malicious server and mean nothing for the schema.
bool is_silent_meta_command(std::string_view text) {
  return text.starts_with("\\restrict ") || text.starts_with("\\unrestrict ") ||
         text == "\\restrict" || text == "\\unrestrict";
}

std::size_t byte_offset_of_character(std::string_view text, int character_position) {
  std::size_t offset = 0;
  for (int seen = 1; seen < character_position && offset < text.size(); ++seen) {
    ++offset;
    while (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) ++offset;
  }
  return offset;
}

unsigned thread_count(const ReadOptions& options, std::size_t statements) {
  unsigned wanted = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  constexpr std::size_t kStatementsWorthAThread = 256;
  return static_cast<unsigned>(std::clamp<std::size_t>(statements / kStatementsWorthAThread, 1, wanted));
}

// A parser thread's stack is sized for the longest statement it may parse.
std::size_t parser_stack_size(std::span<const ScriptStatement> statements) {
  std::size_t longest = 0;
  for (const ScriptStatement& statement : statements) longest = std::max(longest, statement.text.size());
  return parse_stack_size(longest);
}

// Threads take the next block of statements when they finish one: statements differ a lot
// in cost (a CREATE TABLE or a view against a GRANT), and a dump groups them by kind, so
// fixed shares of the list would leave one thread with most of the work.
std::vector<StatementParse> parse_all(const Script& script, unsigned threads,
                                      std::vector<std::unique_ptr<ast::Arena>>& arenas) {
  constexpr std::size_t kBlock = 32;
  const auto& statements = script.statements;
  std::vector<StatementParse> results(statements.size());
  std::atomic<std::size_t> next_block{0};
  auto parse_blocks = [&](ast::Arena& arena) {
    for (std::size_t begin; (begin = next_block.fetch_add(kBlock)) < statements.size();) {
      std::size_t end = std::min(statements.size(), begin + kBlock);
      for (std::size_t i = begin; i < end; ++i) results[i] = parse_statement(statements[i].text, arena);
    }
  };
  std::size_t stack_size = parser_stack_size(statements);
  if (threads == 1) {
    ast::Arena& arena = *arenas.emplace_back(std::make_unique<ast::Arena>());
    if (run_on_parser_thread(stack_size, [&] { parse_blocks(arena); })) return results;
    arenas.pop_back();
  }
  std::vector<std::unique_ptr<StackThread>> workers;
  for (unsigned t = 0; t < threads; ++t) {
    ast::Arena& arena = *arenas.emplace_back(std::make_unique<ast::Arena>());
    workers.push_back(std::make_unique<StackThread>(stack_size, [&] { parse_blocks(arena); }));
  }
  workers.clear();  // joins every worker before the results leave this function
  return results;
}

ParsedScript parse_source(SourceText text, const ReadOptions& options) {
  ParsedScript parsed;
  parsed.source = std::make_unique<SourceText>(std::move(text));
  const SourceText& source = *parsed.source;
  parsed.script = split_psql_script(source.text, source.name, source.release);
  for (const MetaCommand& meta : parsed.script.meta_commands) {
    if (is_silent_meta_command(meta.text)) continue;
    auto at = source.lines.position(meta.offset);
    parsed.diagnostics.push_back({Severity::warning, SourceLocation{source.name, at.line, at.column},
                                  fmt::format("psql meta-command ignored: {}", meta.text)});
  }

  LineIndex::Cursor cursor(source.lines);  // statements are located in order
  auto locate = [&](std::size_t offset) {
    auto at = cursor.position(offset);
    return SourceLocation{source.name, at.line, at.column};
  };

  std::vector<StatementParse> results;
  {
    unsigned threads = thread_count(options, parsed.script.statements.size());
    results = parse_all(parsed.script, threads, parsed.arenas);
  }
  for (std::size_t i = 0; i < results.size(); ++i) {
    const ScriptStatement& statement = parsed.script.statements[i];
    StatementParse& result = results[i];
    if (result.error) {
      std::size_t offset = statement.offset + byte_offset_of_character(statement.text, result.error_cursor);
      parsed.diagnostics.push_back({Severity::error, locate(offset), *result.error});
      parsed.statements.push_back({&statement, nullptr, locate(offset)});
      continue;
    }
    for (const ast::Node* tree : result.trees) {
      parsed.statements.push_back({&statement, tree, locate(statement.offset)});
    }
  }
  return parsed;
}

}  // namespace

ParsedScript read_script(const std::string& spec, const ReadOptions& options) {
  return parse_source(load_source(spec), options);
}

ParsedScript read_script_text(std::string name, std::string text, const ReadOptions& options) {
  return parse_source(normalize_source(std::move(name), std::move(text)), options);
}

}  // namespace pgdrift
