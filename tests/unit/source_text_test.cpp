// Tests for normalize_source and load_source: the checks and conversions applied to an input
// before it is split (BOM, line ends, archives, binary data, encodings).

#include <catch2/catch.hpp>

#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "parser/diagnostic.hpp"
#include "parser/source_text.hpp"
#include "temp_dir.hpp"

using pgdrift::InputError;
using pgdrift::load_source;
using pgdrift::normalize_source;
using pgdrift::testing::TempDir;

namespace {

// The InputError that normalize_source throws for `bytes`.
pgdrift::Diagnostic normalize_error(const std::string& bytes, const std::string& name = "input.sql") {
  try {
    normalize_source(name, bytes);
  } catch (const InputError& error) {
    CHECK(error.diagnostic().severity == pgdrift::Severity::error);
    CHECK(error.diagnostic().where.file == name);
    CHECK(std::string(error.what()) == error.diagnostic().to_string());
    return error.diagnostic();
  }
  FAIL("expected an InputError");
  return {};
}

pgdrift::Diagnostic load_error(const std::string& spec) {
  try {
    load_source(spec);
  } catch (const InputError& error) {
    CHECK(error.diagnostic().where.file == spec);
    return error.diagnostic();
  }
  FAIL("expected an InputError for " << spec);
  return {};
}

}  // namespace

TEST_CASE("source: plain UTF-8 text passes through unchanged", "[source]") {
  std::string text = "SET client_encoding = 'UTF8';\nCOMMENT ON TABLE t IS 'café ñandú 日本';\n";
  auto source = normalize_source("schema.sql", text);
  CHECK(source.name == "schema.sql");
  CHECK(source.text == text);
}

TEST_CASE("source: the UTF-8 byte-order mark is removed", "[source]") {
  auto source = normalize_source("bom.sql", "\xEF\xBB\xBFSELECT 1;\n");
  CHECK(source.text == "SELECT 1;\n");
}

TEST_CASE("source: CRLF line ends become LF", "[source]") {
  auto source = normalize_source("crlf.sql", "SELECT 1;\r\nSELECT\r\n  2;\r\n");
  CHECK(source.text == "SELECT 1;\nSELECT\n  2;\n");
}

TEST_CASE("source: a BOM and CRLF line ends together", "[source]") {
  auto source = normalize_source("both.sql", "\xEF\xBB\xBF-- x\r\nSELECT 1;\r\n");
  CHECK(source.text == "-- x\nSELECT 1;\n");
}

TEST_CASE("source: an empty input is refused", "[source][errors]") {
  auto diagnostic = normalize_error("");
  CHECK_THAT(diagnostic.message, Catch::Contains("empty"));
}

TEST_CASE("source: a pg_dump custom-format archive is refused with a pg_restore hint", "[source][errors]") {
  std::string archive("PGDMP\x01\x0f\x00\x04\x08\x01\x01\x01", 12);
  archive += std::string(64, '\0');
  auto diagnostic = normalize_error(archive, "dump.custom");
  CHECK_THAT(diagnostic.message, Catch::Contains("pg_restore"));
  CHECK_THAT(diagnostic.message, Catch::Contains("custom"));
}

TEST_CASE("source: a tar archive is refused with a pg_restore hint", "[source][errors]") {
  // A ustar header: file name, then the magic "ustar\0" and version "00" at offset 257.
  std::string archive(1024, '\0');
  archive.replace(0, 7, "toc.dat");
  archive.replace(100, 7, "0000600");
  archive.replace(257, 6, std::string("ustar\0", 6));
  archive.replace(263, 2, "00");
  auto diagnostic = normalize_error(archive, "dump.tar");
  CHECK_THAT(diagnostic.message, Catch::Contains("pg_restore"));
  CHECK_THAT(diagnostic.message, Catch::Contains("tar"));
}

TEST_CASE("source: a NUL byte is refused with its line and column", "[source][errors]") {
  std::string bytes = std::string("SELECT 1;\nSELECT 'a") + '\0' + "b';\n";
  auto diagnostic = normalize_error(bytes);
  CHECK(diagnostic.where.line == 2);
  CHECK(diagnostic.where.column == 10);
  CHECK_THAT(diagnostic.message, Catch::Contains("NUL"));
}

TEST_CASE("source: the NUL column counts characters", "[source][errors]") {
  std::string bytes = std::string("-- x\n-- y\nSELECT 'é") + '\0' + "';\n";
  auto diagnostic = normalize_error(bytes);
  CHECK(diagnostic.where.line == 3);
  CHECK(diagnostic.where.column == 10);
}

TEST_CASE("source: invalid UTF-8 is refused with its line and column", "[source][errors]") {
  SECTION("a Latin-1 byte in a file that declares no encoding") {
    auto diagnostic = normalize_error("SELECT 1;\nSELECT 'caf\xE9';\n");
    CHECK(diagnostic.where.line == 2);
    CHECK(diagnostic.where.column == 12);
    CHECK_THAT(diagnostic.message, Catch::Contains("UTF-8"));
  }
  SECTION("after a valid multibyte character on the same line") {
    auto diagnostic = normalize_error("SELECT 1;\n-- ñ \xFF\n");
    CHECK(diagnostic.where.line == 2);
    CHECK(diagnostic.where.column == 6);
  }
  SECTION("a stray continuation byte") {
    auto diagnostic = normalize_error("a\nb\nc\x80");
    CHECK(diagnostic.where.line == 3);
    CHECK(diagnostic.where.column == 2);
  }
  SECTION("a sequence cut short at the end") {
    auto diagnostic = normalize_error("SELECT '\xC3");
    CHECK(diagnostic.where.line == 1);
    CHECK(diagnostic.where.column == 9);
  }
  SECTION("an encoded UTF-16 surrogate") {
    auto diagnostic = normalize_error("x\xED\xA0\x80y");
    CHECK(diagnostic.where.line == 1);
    CHECK(diagnostic.where.column == 2);
  }
  SECTION("an overlong encoding") {
    auto diagnostic = normalize_error("xy\xC0\xAF");
    CHECK(diagnostic.where.line == 1);
    CHECK(diagnostic.where.column == 3);
  }
  SECTION("a file that declares UTF8 but is not") {
    auto diagnostic = normalize_error("SET client_encoding = 'UTF8';\nSELECT '\xE9';\n");
    CHECK(diagnostic.where.line == 2);
    CHECK(diagnostic.where.column == 9);
  }
}

TEST_CASE("source: a LATIN1 dump is converted to UTF-8", "[source][encoding]") {
  auto source = normalize_source("latin1.sql",
                                 "SET client_encoding = 'LATIN1';\nCOMMENT ON TABLE t IS 'caf\xE9';\n");
  CHECK(source.text == "SET client_encoding = 'LATIN1';\nCOMMENT ON TABLE t IS 'café';\n");
}

TEST_CASE("source: a WIN1252 dump is converted to UTF-8", "[source][encoding]") {
  // 0x80 is the euro sign in Windows-1252 (it is a control character in Latin-1).
  auto source = normalize_source("win.sql", "SET client_encoding = 'WIN1252';\r\nSELECT '\x80 5';\r\n");
  CHECK(source.text == "SET client_encoding = 'WIN1252';\nSELECT '€ 5';\n");
}

TEST_CASE("source: loading a directory is refused", "[source][errors]") {
  TempDir dir;
  auto diagnostic = load_error(dir.path().string());
  CHECK_THAT(diagnostic.message, Catch::Contains("directory"));
}

TEST_CASE("source: loading a missing file is refused", "[source][errors]") {
  TempDir dir;
  std::string missing = (dir.path() / "no-such-file.sql").string();
  auto diagnostic = load_error(missing);
  CHECK_FALSE(diagnostic.message.empty());
}

TEST_CASE("source: loading a file normalizes it", "[source]") {
  TempDir dir;
  std::string path = (dir.path() / "dump.sql").string();
  {
    std::ofstream out(path, std::ios::binary);
    out << "\xEF\xBB\xBFSELECT 1;\r\n";
  }
  auto source = load_source(path);
  CHECK(source.name == path);
  CHECK(source.text == "SELECT 1;\n");
}

TEST_CASE("source: loading an empty file is refused", "[source][errors]") {
  TempDir dir;
  std::string path = (dir.path() / "empty.sql").string();
  { std::ofstream out(path, std::ios::binary); }
  auto diagnostic = load_error(path);
  CHECK_THAT(diagnostic.message, Catch::Contains("empty"));
}

TEST_CASE("source: encoding names are case-insensitive", "[source][encoding]") {
  auto source = normalize_source("lower.sql", "SET client_encoding = 'latin1';\nSELECT '\xE9';\n");
  CHECK(source.text == "SET client_encoding = 'latin1';\nSELECT 'é';\n");
}

TEST_CASE("source: other encodings pg_dump writes by their PostgreSQL names", "[source][encoding]") {
  // pg_dump writes pg_encoding_to_char(): these are the names it uses.
  SECTION("EUC_JP") {
    auto source = normalize_source("jp.sql", "SET client_encoding = 'EUC_JP';\nSELECT '\xA4\xA2';\n");
    CHECK(source.text == "SET client_encoding = 'EUC_JP';\nSELECT 'あ';\n");
  }
  SECTION("SJIS") {
    auto source = normalize_source("sjis.sql", "SET client_encoding = 'SJIS';\nSELECT '\x82\xA0';\n");
    CHECK(source.text == "SET client_encoding = 'SJIS';\nSELECT 'あ';\n");
  }
  SECTION("KOI8R") {
    auto source = normalize_source("koi8.sql", "SET client_encoding = 'KOI8R';\nSELECT '\xE1';\n");
    CHECK(source.text == "SET client_encoding = 'KOI8R';\nSELECT 'А';\n");
  }
  SECTION("WIN1251") {
    auto source = normalize_source("cp.sql", "SET client_encoding = 'WIN1251';\nSELECT '\xC0';\n");
    CHECK(source.text == "SET client_encoding = 'WIN1251';\nSELECT 'А';\n");
  }
}

TEST_CASE("source: ISO_8859_5 dumps are converted", "[source][encoding]") {
  // BUG: iconv does not know PostgreSQL's spelling ISO_8859_5 (it wants ISO-8859-5).
  auto source = normalize_source("cyr.sql", "SET client_encoding = 'ISO_8859_5';\nSELECT '\xB0';\n");
  CHECK(source.text == "SET client_encoding = 'ISO_8859_5';\nSELECT 'А';\n");
}

TEST_CASE("source: EUC_KR dumps are converted", "[source][encoding]") {
  // BUG: iconv does not know PostgreSQL's spelling EUC_KR (it wants EUC-KR).
  auto source = normalize_source("kr.sql", "SET client_encoding = 'EUC_KR';\nSELECT '\xB0\xA1';\n");
  CHECK(source.text == "SET client_encoding = 'EUC_KR';\nSELECT '가';\n");
}

TEST_CASE("source: EUC_CN dumps are converted", "[source][encoding]") {
  // BUG: iconv does not know PostgreSQL's spelling EUC_CN (it wants EUC-CN).
  auto source = normalize_source("cn.sql", "SET client_encoding = 'EUC_CN';\nSELECT '\xD6\xD0';\n");
  CHECK(source.text == "SET client_encoding = 'EUC_CN';\nSELECT '中';\n");
}

TEST_CASE("source: bytes that do not fit the declared encoding", "[source][encoding][errors]") {
  // 0x81 0x20 is not a valid Shift-JIS sequence.
  CHECK_THROWS_AS(normalize_source("bad.sql", "SET client_encoding = 'SJIS';\nSELECT '\x81 ';\n"), InputError);
}

TEST_CASE("source: a NUL position ignores the byte-order mark", "[source][errors]") {
  // Every other position is counted in the text without its BOM (which editors do not show);
  // the NUL's column should be too: the NUL is the 9th character of "SELECT '\0'".
  std::string bytes = std::string("\xEF\xBB\xBFSELECT '") + '\0' + "';\n";
  auto diagnostic = normalize_error(bytes);
  CHECK(diagnostic.where.line == 1);
  CHECK(diagnostic.where.column == 9);
}

TEST_CASE("source: a commented-out client_encoding does not apply", "[source][encoding]") {
  // psql never executes a comment, so this UTF-8 file stays UTF-8 ('é' must not become 'Ã©').
  std::string text = "-- SET client_encoding = 'LATIN1';\nCOMMENT ON TABLE t IS 'café';\n";
  auto source = normalize_source("commented.sql", text);
  CHECK(source.text == text);
}
