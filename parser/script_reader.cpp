#include "parser/script_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <span>

#include "parser/buffer_pool.hpp"
#include "parser/ordered_parse.hpp"
#include "parser/psql_splitter.hpp"
#include "parser/usable_cores.hpp"

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
  unsigned wanted = options.threads ? options.threads : usable_cores();
  constexpr std::size_t kStatementsWorthAThread = 256;
  return static_cast<unsigned>(std::clamp<std::size_t>(statements / kStatementsWorthAThread, 1, wanted));
}

// A mapped input's pages are given back once every statement on them has been interpreted
// (read again from the page cache if a function body is compared later).
class InputPages {
 public:
  explicit InputPages(const SourceText& source) : source_(source) {}
  void read_up_to(std::size_t offset) {
    constexpr std::size_t kWorthReleasing = 1 << 20;
    if (offset >= released_ + kWorthReleasing) release(offset);
  }
  void read_all() { release(source_.text.size()); }

 private:
  void release(std::size_t offset) {
    if (source_.release) source_.release(released_, offset);
    released_ = offset;
  }

  const SourceText& source_;
  std::size_t released_ = 0;
};

// Each statement's trees, located; a statement libpg_query rejects becomes an error diagnostic
// and a statement without a tree.
void add_parsed_statements(ParsedScript& parsed, const ParsedBlock& block, LineIndex::Cursor& cursor,
                           std::vector<ParsedStatement>& statements) {
  auto locate = [&](std::size_t offset) {
    auto at = cursor.position(offset);
    return SourceLocation{parsed.file, at.line, at.column};
  };
  for (std::size_t i = 0; i < block.results.size(); ++i) {
    const ScriptStatement& statement = parsed.script.statements[block.begin + i];
    const StatementParse& result = block.results[i];
    if (result.error) {
      std::size_t offset = statement.offset + byte_offset_of_character(statement.text, result.error_cursor);
      parsed.diagnostics.push_back({Severity::error, locate(offset), *result.error});
      statements.push_back({&statement, nullptr, locate(offset)});
      continue;
    }
    for (const ast::Node* tree : result.trees) statements.push_back({&statement, tree, locate(statement.offset)});
  }
}

// Without a sink, the script keeps every statement and tree; with one, each block goes to
// the sink and its trees are freed.
ParsedScript parse_source(SourceText text, const ReadOptions& options, const StatementSink* sink) {
  ParsedScript parsed;
  parsed.source = std::make_unique<SourceText>(std::move(text));
  const SourceText& source = *parsed.source;
  parsed.file = FileName(source.name);
  parsed.script = split_psql_script(source.text, source.name, source.release);
  for (const MetaCommand& meta : parsed.script.meta_commands) {
    if (is_silent_meta_command(meta.text)) continue;
    auto at = source.lines.position(meta.offset);
    parsed.diagnostics.push_back({Severity::warning, SourceLocation{parsed.file, at.line, at.column},
                                  fmt::format("psql meta-command ignored: {}", meta.text)});
  }

  LineIndex::Cursor cursor(source.lines);  // statements are located in order
  std::vector<ParsedStatement> block_statements;
  InputPages pages(source);
  unsigned threads = thread_count(options, parsed.script.statements.size());
  // Kept trees stay in their blocks' arenas; a sink's are freed, and their buffers reused.
  BufferPool recycled(std::pmr::new_delete_resource());
  std::pmr::memory_resource& memory = sink ? static_cast<std::pmr::memory_resource&>(recycled) : *std::pmr::new_delete_resource();
  parse_in_order(parsed.script.statements, threads, memory, [&](ParsedBlock& block) {
    if (!sink) {
      add_parsed_statements(parsed, block, cursor, parsed.statements);
      parsed.arenas.push_back(std::move(block.arena));
      return;
    }
    block_statements.clear();
    add_parsed_statements(parsed, block, cursor, block_statements);
    (*sink)(block_statements);
    pages.read_up_to(parsed.script.statements[block.begin + block.results.size() - 1].offset);
  });
  if (sink) {
    pages.read_all();
    parsed.script.statements = {};  // what objects keep of them was copied
  }
  return parsed;
}

}  // namespace

ParsedScript read_script(const std::string& spec, const ReadOptions& options) {
  return parse_source(load_source(spec), options, nullptr);
}

ParsedScript read_script(const std::string& spec, const StatementSink& sink, const ReadOptions& options) {
  return parse_source(load_source(spec), options, &sink);
}

ParsedScript read_script_text(std::string name, std::string text, const ReadOptions& options) {
  return parse_source(normalize_source(std::move(name), std::move(text)), options, nullptr);
}

ParsedScript read_script_text(std::string name, std::string text, const StatementSink& sink,
                              const ReadOptions& options) {
  return parse_source(normalize_source(std::move(name), std::move(text)), options, &sink);
}

}  // namespace pgdrift
