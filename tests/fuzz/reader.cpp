// Fuzz entry point: the dump reader on arbitrary bytes. Source checks and conversions,
// the psql splitter, and the script reader (which parses every statement), read from
// memory and from a file, which must agree.
#include <sys/mman.h>
#include <unistd.h>

#include "fuzz_support.hpp"
#include "parser/psql_splitter.hpp"

namespace {

using namespace pgdrift;

bool within(std::string_view part, std::string_view whole) {
  return part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size();
}

bool within_script(std::string_view part, const ParsedScript& parsed) {
  if (within(part, parsed.source->text)) return true;
  for (const std::string& rewritten : parsed.script.rewritten_texts) {
    if (within(part, rewritten)) return true;
  }
  return false;
}

void check(const ParsedScript& parsed) {
  for (const ScriptStatement& statement : parsed.script.statements) {
    fuzz::require(within_script(statement.text, parsed));
    fuzz::require(statement.offset + statement.text.size() <= parsed.source->text.size());
    if (statement.copy_data) fuzz::require(within(*statement.copy_data, parsed.source->text));
  }
  for (const Diagnostic& diagnostic : parsed.diagnostics) {
    fuzz::require(diagnostic.where.line >= 1 && diagnostic.where.column >= 1);
  }
}

// A read's result: the script, or the message of the InputError that refused it.
struct Outcome {
  std::optional<ParsedScript> parsed;
  std::string error;
};

template <typename Read>
Outcome attempt(Read read) {
  Outcome outcome;
  try {
    outcome.parsed = read();
  } catch (const InputError& error) {
    outcome.error = error.what();
  }
  return outcome;
}

// The same bytes read as a file (a memfd, so nothing touches the disk).
std::optional<Outcome> read_as_file(std::string_view text, const std::string& spec, int fd) {
  if (::write(fd, text.data(), text.size()) != static_cast<ssize_t>(text.size())) return std::nullopt;
  return attempt([&] { return read_script(spec, {1}); });
}

void require_same(const Outcome& a, const Outcome& b) {
  fuzz::require(a.error == b.error && a.parsed.has_value() == b.parsed.has_value());
  if (!a.parsed) return;
  const ParsedScript& x = *a.parsed;
  const ParsedScript& y = *b.parsed;
  fuzz::require(x.source->text == y.source->text);
  fuzz::require(x.script.statements.size() == y.script.statements.size());
  for (std::size_t i = 0; i < x.script.statements.size(); ++i) {
    fuzz::require(x.script.statements[i].text == y.script.statements[i].text);
    fuzz::require(x.script.statements[i].offset == y.script.statements[i].offset);
  }
  fuzz::require(x.diagnostics.size() == y.diagnostics.size());
  for (std::size_t i = 0; i < x.diagnostics.size(); ++i) {
    fuzz::require(x.diagnostics[i].to_string() == y.diagnostics[i].to_string());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes = fuzz::as_text(data, size);
  try {
    split_psql_script(bytes, "raw.sql");  // the splitter alone must survive any bytes
  } catch (const InputError&) {
  }
  int fd = ::memfd_create("fuzz", 0);
  if (fd < 0) return 0;
  std::string spec = "/proc/self/fd/" + std::to_string(fd);
  Outcome from_memory = attempt([&] { return read_script_text(spec, std::string(bytes), {1}); });
  if (from_memory.parsed) check(*from_memory.parsed);
  if (auto from_file = read_as_file(bytes, spec, fd)) require_same(from_memory, *from_file);
  ::close(fd);
  return 0;
}
