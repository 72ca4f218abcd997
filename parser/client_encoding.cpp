#include "parser/client_encoding.hpp"

#include <iconv.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <fmt/format.h>
#include <utility>

#include "parser/diagnostic.hpp"

namespace pgdrift {
namespace {

// PostgreSQL's names for encodings whose iconv name differs (the rest are passed as they are).
constexpr std::array<std::pair<std::string_view, std::string_view>, 17> kIconvNames{{
    {"EUC_JIS_2004", "EUC-JISX0213"}, {"SHIFT_JIS_2004", "SHIFT_JISX0213"}, {"UHC", "CP949"},
    {"LATIN1", "ISO-8859-1"},   {"LATIN2", "ISO-8859-2"},   {"LATIN3", "ISO-8859-3"},
    {"LATIN4", "ISO-8859-4"},   {"LATIN5", "ISO-8859-9"},   {"LATIN6", "ISO-8859-10"},
    {"LATIN7", "ISO-8859-13"},  {"LATIN8", "ISO-8859-14"},  {"LATIN9", "ISO-8859-15"},
    {"LATIN10", "ISO-8859-16"}, {"WIN1252", "CP1252"},      {"WIN1251", "CP1251"},
    {"SJIS", "CP932"},          {"EUC_JP", "EUC-JP"},
}};

std::string iconv_name(std::string_view pg_encoding) {
  std::string upper(pg_encoding);
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  for (const auto& [pg, iconv] : kIconvNames) {
    if (upper == pg) return std::string(iconv);
  }
  if (upper.starts_with("WIN")) return "CP" + upper.substr(3);
  std::replace(upper.begin(), upper.end(), '_', '-');  // ISO_8859_5 -> ISO-8859-5, EUC_KR -> EUC-KR
  return upper;
}

InputError encoding_error(const std::string& file, std::string message) {
  return InputError(Diagnostic{Severity::error, {file, 0, 0}, std::move(message)});
}

}  // namespace

std::optional<std::string> declared_client_encoding(std::string_view text) {
  constexpr std::string_view kPrefix = "SET client_encoding = '";
  // pg_dump writes it at the start of a line in its header; one further down would not apply
  // to what precedes it, and one inside a comment does not apply at all.
  std::string_view header = text.substr(0, 64 * 1024);
  std::size_t at = header.find(kPrefix);
  while (at != std::string_view::npos && at > 0 && header[at - 1] != '\n') at = header.find(kPrefix, at + 1);
  if (at == std::string_view::npos) return std::nullopt;
  std::size_t start = at + kPrefix.size();
  std::size_t end = text.find('\'', start);
  if (end == std::string_view::npos) return std::nullopt;
  return std::string(text.substr(start, end - start));
}

std::string convert_to_utf8(std::string_view text, std::string_view pg_encoding,
                            const std::string& file) {
  std::string from = iconv_name(pg_encoding);
  iconv_t converter = iconv_open("UTF-8", from.c_str());
  if (converter == reinterpret_cast<iconv_t>(-1)) {
    throw encoding_error(file, fmt::format("unsupported client_encoding '{}'", pg_encoding));
  }
  std::string out(text.size() * 4 + 16, '\0');
  char* in_ptr = const_cast<char*>(text.data());
  std::size_t in_left = text.size();
  char* out_ptr = out.data();
  std::size_t out_left = out.size();
  std::size_t result = iconv(converter, &in_ptr, &in_left, &out_ptr, &out_left);
  int saved_errno = errno;
  iconv_close(converter);
  if (result == static_cast<std::size_t>(-1)) {
    throw encoding_error(file, fmt::format("byte {} is not valid {} ({})",
                                           text.size() - in_left, pg_encoding,
                                           saved_errno == EILSEQ ? "invalid sequence" : "truncated"));
  }
  out.resize(out.size() - out_left);
  return out;
}

}  // namespace pgdrift
