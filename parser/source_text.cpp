#include "parser/source_text.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <simdjson.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>

#include "parser/client_encoding.hpp"
#include "parser/diagnostic.hpp"
#include "parser/git_blob_reader.hpp"

namespace pgdrift {
namespace {

constexpr std::string_view kPlainSqlHint =
    "convert it to a plain SQL script with `pg_restore --schema-only -f dump.sql ARCHIVE`, "
    "or dump with `pg_dump --schema-only --format=plain`";

[[noreturn]] void fail(const std::string& file, int line, int column, std::string message) {
  throw InputError(Diagnostic{Severity::error, {file, line, column}, std::move(message)});
}

bool is_directory(const std::string& path) {
  struct stat info{};
  return ::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode);
}

// A file mapped read-only, unmapped with its last user.
class MappedFile {
 public:
  MappedFile(void* data, std::size_t size) : data_(data), size_(size) {}
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile() { ::munmap(data_, size_); }
  std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }

 private:
  void* data_;
  std::size_t size_;
};

std::shared_ptr<const MappedFile> map_file(int fd, std::size_t size) {
  void* data = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  if (data == MAP_FAILED) return nullptr;
  return std::make_shared<const MappedFile>(data, size);
}

// Drops the whole pages inside text[from, to) from a private read-only mapping: nothing is
// lost, a later read maps them again from the page cache.
ReleaseMemory page_releaser(std::string_view text) {
  return [text](std::size_t from, std::size_t to) {
    const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    auto begin = (reinterpret_cast<std::uintptr_t>(text.data() + from) + page - 1) / page * page;
    auto end = reinterpret_cast<std::uintptr_t>(text.data() + to) / page * page;
    if (begin < end) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
  };
}

// Appends what `fd` holds, up to `limit` bytes; false on a read error.
bool read_into(int fd, std::string& bytes, std::size_t limit) {
  char buffer[1 << 16];
  while (bytes.size() < limit) {
    ssize_t n = ::read(fd, buffer, std::min(sizeof buffer, limit - bytes.size()));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return n == 0;
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  return true;
}

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// An unlinked temporary file, for a stream too large to hold.
int temporary_file() {
  const char* directory = std::getenv("TMPDIR");
  std::string pattern = std::string(directory && *directory ? directory : "/tmp") + "/pgdrift-XXXXXX";
  int fd = ::mkstemp(pattern.data());
  if (fd >= 0) ::unlink(pattern.c_str());
  return fd;
}

// Copies `head` and the rest of `in` into `out`; false on an error.
bool spool(int in, std::string_view head, int out) {
  if (!write_all(out, head)) return false;
  std::string chunk;
  do {
    chunk.clear();
    if (!read_into(in, chunk, 1 << 20) || !write_all(out, chunk)) return false;
  } while (!chunk.empty());
  return true;
}

void refuse_archives(const std::string& name, std::string_view bytes) {
  if (bytes.starts_with("PGDMP")) {
    fail(name, 0, 0, fmt::format("this is a pg_dump custom-format archive, not SQL: {}", kPlainSqlHint));
  }
  if (bytes.starts_with("\x1f\x8b")) {
    fail(name, 0, 0, "this is gzip-compressed, not SQL: decompress it first (`gunzip -k FILE`, or `zcat FILE | pgdrift inspect -`)");
  }
  constexpr std::size_t kTarMagicOffset = 257;
  if (bytes.size() > kTarMagicOffset + 5 && bytes.substr(kTarMagicOffset, 5) == "ustar") {
    fail(name, 0, 0, fmt::format("this is a tar archive (pg_dump --format=tar?), not SQL: {}", kPlainSqlHint));
  }
}

std::string strip_carriage_returns(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out.push_back(text[i]);
  }
  return out;
}

std::size_t first_invalid_utf8_offset(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3
                         : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size()) return i;
    if (!simdjson::validate_utf8(text.data() + i, length)) return i;
    i += length;
  }
  return text.size();
}

[[noreturn]] void fail_invalid_utf8(const std::string& name, std::string_view text, std::size_t offset,
                                    const ReleaseMemory& release = nullptr) {
  auto at = LineIndex(text.substr(0, offset), release).position(offset);
  fail(name, at.line, at.column, "invalid UTF-8 byte sequence (the dump declares no other client_encoding)");
}

[[noreturn]] void fail_nul(const std::string& name, std::string_view text, std::size_t offset,
                           const ReleaseMemory& release = nullptr) {
  auto at = LineIndex(text.substr(0, offset), release).position(offset);
  fail(name, at.line, at.column, "NUL byte: this is a binary file, not an SQL script");
}

void require_utf8(const std::string& name, std::string_view text) {
  if (!simdjson::validate_utf8(text.data(), text.size())) fail_invalid_utf8(name, text, first_invalid_utf8_offset(text));
}

// What one reading of the raw bytes finds.
struct Scan {
  std::size_t nul = std::string_view::npos;           // the first NUL byte
  std::size_t invalid_utf8 = std::string_view::npos;  // the first invalid UTF-8 sequence, if looked for
  bool carriage_return = false;
};

// Reads the bytes once, in windows that end after a line end (so never inside a UTF-8
// sequence), giving each window's memory back once read.
Scan scan(std::string_view bytes, bool check_utf8, const ReleaseMemory& release) {
  constexpr std::size_t kWindow = 4 << 20;
  Scan found;
  for (std::size_t start = 0; start < bytes.size();) {
    std::size_t newline = start + kWindow < bytes.size() ? bytes.find('\n', start + kWindow) : std::string_view::npos;
    std::size_t end = newline == std::string_view::npos ? bytes.size() : newline + 1;
    std::string_view window = bytes.substr(start, end - start);
    if (std::size_t nul = window.find('\0'); nul != std::string_view::npos) {
      found.nul = start + nul;
      return found;
    }
    found.carriage_return = found.carriage_return || window.find('\r') != std::string_view::npos;
    if (check_utf8 && found.invalid_utf8 == std::string_view::npos &&
        !simdjson::validate_utf8(window.data(), window.size())) {
      found.invalid_utf8 = start + first_invalid_utf8_offset(window);
    }
    if (release) release(start, end);
    start = end;
  }
  return found;
}

bool is_utf8_encoding(const std::string& encoding) {
  return encoding == "UTF8" || encoding == "SQL_ASCII" || encoding == "utf8";
}

// The checks and conversions, on bytes that `storage` keeps alive (and that `release` may
// give back once read, for a mapped file). A script that needs no conversion is used as it
// is; one with CR LF line ends or another client_encoding is rewritten in memory.
SourceText checked_source(std::string name, std::string_view bytes, std::shared_ptr<const void> storage,
                          const ReleaseMemory& release) {
  if (bytes.empty()) fail(name, 0, 0, "the file is empty: expected a pg_dump SQL script");
  refuse_archives(name, bytes);
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  std::optional<std::string> encoding = declared_client_encoding(bytes);
  bool convert = encoding && !is_utf8_encoding(*encoding);
  Scan found = scan(bytes, !convert, release);
  if (found.nul != std::string_view::npos) fail_nul(name, bytes, found.nul, release);
  if (!found.carriage_return && !convert) {
    if (found.invalid_utf8 != std::string_view::npos) fail_invalid_utf8(name, bytes, found.invalid_utf8, release);
    return SourceText(std::move(name), bytes, std::move(storage), release);
  }
  std::string text = strip_carriage_returns(bytes);
  if (convert) text = convert_to_utf8(text, *encoding, name);
  // An encoding PostgreSQL does not have (UTF-7) can still decode to NUL.
  if (std::size_t nul = text.find('\0'); nul != std::string::npos) fail_nul(name, text, nul);
  require_utf8(name, text);
  auto owned = std::make_shared<const std::string>(std::move(text));
  return SourceText(std::move(name), *owned, owned);
}

// A regular file, mapped; nothing for anything else (a pipe, a terminal).
std::optional<SourceText> map_descriptor(const std::string& name, int fd) {
  struct stat info{};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_size == 0) return std::nullopt;
  auto mapping = map_file(fd, static_cast<std::size_t>(info.st_size));
  if (!mapping) return std::nullopt;
  std::string_view bytes = mapping->bytes();
  return checked_source(name, bytes, std::move(mapping), page_releaser(bytes));
}

// A stream (a pipe from pg_dump): held in memory when small, else copied to a temporary
// file and mapped like one, so that its COPY data is not held either.
std::optional<SourceText> load_stream(const std::string& name, int fd) {
  constexpr std::size_t kHeldInMemory = 16 << 20;
  std::string head;
  head.reserve(kHeldInMemory);  // address space only, until read into
  if (!read_into(fd, head, kHeldInMemory)) return std::nullopt;
  if (head.size() < kHeldInMemory) return normalize_source(name, std::move(head));
  int spooled = temporary_file();
  if (spooled < 0) {
    if (!read_into(fd, head, std::string::npos)) return std::nullopt;
    return normalize_source(name, std::move(head));
  }
  std::optional<SourceText> source;
  try {
    bool copied = spool(fd, head, spooled);
    std::string().swap(head);
    if (copied) source = map_descriptor(name, spooled);
  } catch (...) {
    ::close(spooled);
    throw;
  }
  ::close(spooled);
  return source;
}

std::optional<SourceText> load_descriptor(const std::string& name, int fd) {
  if (auto source = map_descriptor(name, fd)) return source;
  return load_stream(name, fd);
}

}  // namespace

SourceText::SourceText(std::string name, std::string_view text, std::shared_ptr<const void> storage,
                       ReleaseMemory release)
    : name(std::move(name)), text(text), storage(std::move(storage)), release(std::move(release)),
      lines(text, this->release) {}

SourceText normalize_source(std::string name, std::string bytes) {
  auto owned = std::make_shared<const std::string>(std::move(bytes));
  return checked_source(std::move(name), *owned, owned, nullptr);
}

SourceText load_source(const std::string& spec) {
  if (spec == "-") {
    if (auto source = load_descriptor(spec, STDIN_FILENO)) return std::move(*source);
    fail(spec, 0, 0, fmt::format("cannot read: {}", std::strerror(errno)));
  }
  if (is_directory(spec)) {
    fail(spec, 0, 0, fmt::format("this is a directory (a pg_dump --format=directory archive?), not an SQL file: {}",
                                 kPlainSqlHint));
  }
  int fd = ::open(spec.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    std::optional<SourceText> source;
    try {
      source = load_descriptor(spec, fd);
    } catch (...) {
      ::close(fd);
      throw;
    }
    int read_errno = errno;
    ::close(fd);
    if (source) return std::move(*source);
    fail(spec, 0, 0, fmt::format("cannot read: {}", std::strerror(read_errno)));
  }
  int open_errno = errno;
  if (spec.find(':') != std::string::npos) {
    if (auto blob = read_git_blob(spec)) return normalize_source(spec, std::move(*blob));
  }
  fail(spec, 0, 0, fmt::format("cannot read: {}", std::strerror(open_errno)));
}

}  // namespace pgdrift
