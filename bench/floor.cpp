// pgdrift_parse_floor: the least work any tool built on libpg_query must do to read
// pg_dump files, measured as the floor for pgdrift's own timings (bench/run).
//
//   usage: pgdrift_parse_floor FILE...
//
// For each file: read it whole, drop psql meta-command lines (lines starting with a
// backslash: \restrict, \connect, ...), split it with pg_query_split_with_scanner, then
// parse every statement with pg_query_parse (JSON output) and free the result. Files are
// read and split in parallel (one thread per file); the statements of all files are then
// parsed on all cores, in blocks handed out as threads finish them. Prints the number of
// statements parsed; exits 1 if a file cannot be read or a statement does not parse.
#include <pg_query.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

struct File {
  std::string path;
  std::string text;                 // without meta-command lines
  std::vector<std::string> statements;  // each NUL-terminated, as libpg_query wants
  std::string error;
};

std::string without_meta_commands(const std::string& raw) {
  std::string text;
  text.reserve(raw.size());
  std::size_t at = 0;
  while (at < raw.size()) {
    std::size_t end = raw.find('\n', at);
    end = end == std::string::npos ? raw.size() : end + 1;
    if (raw[at] != '\\') text.append(raw, at, end - at);
    at = end;
  }
  return text;
}

void read_and_split(File& file) {
  std::ifstream in(file.path, std::ios::binary);
  if (!in) {
    file.error = "cannot read " + file.path;
    return;
  }
  std::ostringstream raw;
  raw << in.rdbuf();
  file.text = without_meta_commands(raw.str());
  PgQuerySplitResult split = pg_query_split_with_scanner(file.text.c_str());
  if (split.error) {
    file.error = file.path + ": " + split.error->message;
  } else {
    file.statements.reserve(static_cast<std::size_t>(split.n_stmts));
    for (int i = 0; i < split.n_stmts; ++i) {
      const PgQuerySplitStmt* stmt = split.stmts[i];
      file.statements.emplace_back(file.text, static_cast<std::size_t>(stmt->stmt_location),
                                   static_cast<std::size_t>(stmt->stmt_len));
    }
  }
  pg_query_free_split_result(split);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: pgdrift_parse_floor FILE...\n";
    return 2;
  }
  std::vector<File> files(static_cast<std::size_t>(argc - 1));
  {
    std::vector<std::jthread> readers;
    for (std::size_t i = 0; i < files.size(); ++i) {
      files[i].path = argv[i + 1];
      // libpg_query frees a thread's memory context when the thread exits; calling
      // pg_query_exit() as well would free it twice in some releases.
      readers.emplace_back([&file = files[i]] { read_and_split(file); });
    }
  }
  std::vector<const std::string*> statements;
  for (const File& file : files) {
    if (!file.error.empty()) {
      std::cerr << "pgdrift_parse_floor: " << file.error << '\n';
      return 1;
    }
    for (const std::string& statement : file.statements) statements.push_back(&statement);
  }

  std::atomic<std::size_t> parsed{0};
  std::atomic<std::size_t> failed{0};
  unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(1, statements.size())));
  // Blocks of statements handed out as threads finish them, so that neither core idles
  // while the other still parses (a dump groups costly and cheap statements by kind).
  constexpr std::size_t kBlock = 32;
  std::atomic<std::size_t> next_block{0};
  {
    std::vector<std::jthread> workers;
    for (unsigned t = 0; t < threads; ++t) {
      workers.emplace_back([&] {
        std::size_t ok = 0, bad = 0;
        for (std::size_t begin; (begin = next_block.fetch_add(kBlock)) < statements.size();) {
          std::size_t end = std::min(statements.size(), begin + kBlock);
          for (std::size_t i = begin; i < end; ++i) {
            PgQueryParseResult result = pg_query_parse(statements[i]->c_str());
            if (result.error) {
              ++bad;
            } else {
              ++ok;
            }
            pg_query_free_parse_result(result);
          }
        }
        parsed += ok;
        failed += bad;
      });
    }
  }
  std::cout << parsed.load() << '\n';
  if (failed.load() != 0) {
    std::cerr << "pgdrift_parse_floor: " << failed.load() << " statements did not parse\n";
    return 1;
  }
  return 0;
}
