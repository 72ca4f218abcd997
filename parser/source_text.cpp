#include "parser/source_text.hpp"

#include <fmt/format.h>
#include <simdjson.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

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

std::string read_stream(std::istream& in) {
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return std::move(buffer).str();
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  return read_stream(in);
}

void refuse_archives(const std::string& name, std::string_view bytes) {
  if (bytes.starts_with("PGDMP")) {
    fail(name, 0, 0, fmt::format("this is a pg_dump custom-format archive, not SQL: {}", kPlainSqlHint));
  }
  constexpr std::size_t kTarMagicOffset = 257;
  if (bytes.size() > kTarMagicOffset + 5 && bytes.substr(kTarMagicOffset, 5) == "ustar") {
    fail(name, 0, 0, fmt::format("this is a tar archive (pg_dump --format=tar?), not SQL: {}", kPlainSqlHint));
  }
}

void refuse_binary(const std::string& name, std::string_view bytes) {
  std::size_t nul = bytes.find('\0');
  if (nul == std::string_view::npos) return;
  LineIndex index(bytes);
  auto at = index.position(nul);
  fail(name, at.line, at.column, "NUL byte: this is a binary file, not an SQL script");
}

std::string strip_carriage_returns(std::string text) {
  if (text.find('\r') == std::string::npos) return text;
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

void require_utf8(const std::string& name, std::string_view text) {
  if (simdjson::validate_utf8(text.data(), text.size())) return;
  auto at = LineIndex(text).position(first_invalid_utf8_offset(text));
  fail(name, at.line, at.column,
       "invalid UTF-8 byte sequence (the dump declares no other client_encoding)");
}

}  // namespace

SourceText normalize_source(std::string name, std::string bytes) {
  if (bytes.empty()) fail(name, 0, 0, "the file is empty: expected a pg_dump SQL script");
  refuse_archives(name, bytes);
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
  refuse_binary(name, bytes);
  bytes = strip_carriage_returns(std::move(bytes));
  if (auto encoding = declared_client_encoding(bytes)) {
    if (*encoding != "UTF8" && *encoding != "SQL_ASCII" && *encoding != "utf8") {
      bytes = convert_to_utf8(bytes, *encoding, name);
    }
  }
  require_utf8(name, bytes);
  return SourceText{std::move(name), std::move(bytes)};
}

SourceText load_source(const std::string& spec) {
  if (spec == "-") return normalize_source(spec, read_stream(std::cin));
  if (is_directory(spec)) {
    fail(spec, 0, 0, fmt::format("this is a directory (a pg_dump --format=directory archive?), not an SQL file: {}",
                                 kPlainSqlHint));
  }
  if (auto bytes = read_file(spec)) return normalize_source(spec, std::move(*bytes));
  int read_errno = errno;
  if (spec.find(':') != std::string::npos) {
    if (auto blob = read_git_blob(spec)) return normalize_source(spec, std::move(*blob));
  }
  fail(spec, 0, 0, fmt::format("cannot read: {}", std::strerror(read_errno)));
}

}  // namespace pgdrift
