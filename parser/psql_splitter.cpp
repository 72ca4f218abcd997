#include "parser/psql_splitter.hpp"

#include <array>
#include <cctype>
#include <fmt/format.h>
#include <strings.h>

#include "parser/line_index.hpp"

namespace pgdrift {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_word_start(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
}
bool is_word_char(char c) {
  return is_word_start(c) || std::isdigit(static_cast<unsigned char>(c)) || c == '$';
}
bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && ::strncasecmp(a.data(), b.data(), a.size()) == 0;
}

class Splitter {
 public:
  Splitter(std::string_view text, const std::string& file, const ReleaseMemory& release)
      : text_(text), file_(file), release_(release) {}

  Script run() {
    while (pos_ < text_.size()) step();
    if (statement_start_) finish_statement(text_.size());
    return std::move(script_);
  }

 private:
  std::string_view text_;
  const std::string& file_;
  const ReleaseMemory& release_;
  std::size_t pos_ = 0;
  Script script_;

  std::optional<std::size_t> statement_start_;
  std::string_view pending_toc_;
  int paren_depth_ = 0;
  int begin_depth_ = 0;
  int word_count_ = 0;
  std::array<char, 4> leading_words_{};  // initials of CREATE / OR / REPLACE / FUNCTION / PROCEDURE
  std::vector<std::pair<std::size_t, std::size_t>> blanked_ranges_;  // meta-commands inside the statement

  char peek(std::size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }

  [[noreturn]] void fail_at(std::size_t offset, const std::string& message) const {
    auto at = LineIndex(text_.substr(0, offset), release_).position(offset);
    throw InputError(Diagnostic{Severity::error, {file_, at.line, at.column}, message});
  }

  void step() {
    char c = peek();
    if (is_space(c)) {
      ++pos_;
    } else if (c == '-' && peek(1) == '-') {
      line_comment();
    } else if (c == '/' && peek(1) == '*') {
      block_comment();
    } else if (c == '\\') {
      meta_command();
    } else {
      if (!statement_start_) statement_start_ = pos_;
      token(c);
    }
  }

  void token(char c) {
    switch (c) {
      case '\'': quoted(pos_, '\'', false, "string"); break;
      case '"': quoted(pos_, '"', false, "quoted identifier"); break;
      case '$': dollar(); break;
      case '(': ++paren_depth_; ++pos_; break;
      case ')': paren_depth_ = paren_depth_ > 0 ? paren_depth_ - 1 : 0; ++pos_; break;
      case ';':
        ++pos_;
        if (paren_depth_ == 0 && begin_depth_ == 0) finish_statement(pos_);
        break;
      default:
        if (is_word_start(c)) {
          word();
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
          while (pos_ < text_.size() && (is_word_char(peek()) || peek() == '.')) ++pos_;
        } else {
          ++pos_;
        }
    }
  }

  void line_comment() {
    std::size_t start = pos_;
    std::size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) end = text_.size();
    std::string_view line = text_.substr(start, end - start);
    if (!statement_start_ && line.starts_with("-- Name: ")) pending_toc_ = line;
    pos_ = end;
  }

  void block_comment() {
    std::size_t start = pos_;
    int depth = 0;
    while (pos_ < text_.size()) {
      if (peek() == '/' && peek(1) == '*') {
        ++depth;
        pos_ += 2;
      } else if (peek() == '*' && peek(1) == '/') {
        pos_ += 2;
        if (--depth == 0) return;
      } else {
        ++pos_;
      }
    }
    fail_at(start, "unterminated /* comment");
  }

  void quoted(std::size_t start, char quote, bool backslash_escapes, const char* what) {
    ++pos_;
    while (pos_ < text_.size()) {
      char c = peek();
      if (backslash_escapes && c == '\\') {
        pos_ += 2;
      } else if (c == quote) {
        if (peek(1) == quote) {
          pos_ += 2;
        } else {
          ++pos_;
          return;
        }
      } else {
        ++pos_;
      }
    }
    fail_at(start, fmt::format("unterminated {}", what));
  }

  void dollar() {
    std::size_t start = pos_;
    std::size_t tag_end = pos_ + 1;
    if (tag_end < text_.size() && is_word_start(text_[tag_end]) ) {
      while (tag_end < text_.size() && is_word_char(text_[tag_end]) && text_[tag_end] != '$') ++tag_end;
    }
    if (tag_end >= text_.size() || text_[tag_end] != '$') {
      ++pos_;  // a parameter such as $1, or a lone dollar sign
      return;
    }
    std::string_view tag = text_.substr(start, tag_end - start + 1);
    std::size_t close = text_.find(tag, tag_end + 1);
    if (close == std::string_view::npos) {
      fail_at(start, fmt::format("unterminated dollar-quoted string {}", tag));
    }
    pos_ = close + tag.size();
  }

  void word() {
    std::size_t start = pos_;
    while (pos_ < text_.size() && is_word_char(peek())) ++pos_;
    std::string_view w = text_.substr(start, pos_ - start);
    if (peek() == '\'' ) {
      if (equals_ignoring_case(w, "e")) return quoted(pos_, '\'', true, "string");
      // B'...', X'...', N'...', U&'...' prefixes: ordinary quoting rules.
    }
    track_begin_end(w);
  }

  // A CREATE FUNCTION/PROCEDURE with a BEGIN ATOMIC body contains semicolons that do not
  // end the statement; psql counts BEGIN/CASE against END to know, and so do we.
  void track_begin_end(std::string_view w) {
    if (word_count_ < 4) {
      for (std::string_view key : {"create", "or", "replace", "function", "procedure"}) {
        if (equals_ignoring_case(w, key)) leading_words_[word_count_] = key[0];
      }
    }
    ++word_count_;
    const auto& s = leading_words_;
    bool in_routine = s[0] == 'c' && (s[1] == 'f' || s[1] == 'p' ||
                                      (s[1] == 'o' && s[2] == 'r' && (s[3] == 'f' || s[3] == 'p')));
    if (!in_routine || paren_depth_ != 0) return;
    if (equals_ignoring_case(w, "begin")) {
      ++begin_depth_;
    } else if (equals_ignoring_case(w, "case")) {
      if (begin_depth_ >= 1) ++begin_depth_;
    } else if (equals_ignoring_case(w, "end")) {
      if (begin_depth_ > 0) --begin_depth_;
    }
  }

  // psql runs a backslash command at once, even in the middle of a statement, and keeps
  // the statement's text without it.
  void meta_command() {
    std::size_t end = text_.find('\n', pos_);
    if (end == std::string_view::npos) end = text_.size();
    script_.meta_commands.push_back({text_.substr(pos_, end - pos_), pos_});
    if (statement_start_) blanked_ranges_.push_back({pos_, end});
    pos_ = end;
  }

  std::string_view without_meta_commands(std::string_view body, std::size_t start) {
    if (blanked_ranges_.empty()) return body;
    std::string rewritten(body);
    for (auto [from, to] : blanked_ranges_) {
      if (from - start >= rewritten.size()) continue;
      rewritten.replace(from - start, std::min(to, start + rewritten.size()) - from,
                        std::min(to, start + rewritten.size()) - from, ' ');
    }
    blanked_ranges_.clear();
    while (!rewritten.empty() && is_space(rewritten.back())) rewritten.pop_back();
    return script_.rewritten_texts.emplace_back(std::move(rewritten));
  }

  void finish_statement(std::size_t end) {
    std::size_t start = *statement_start_;
    std::string_view body = text_.substr(start, end - start);
    while (!body.empty() && is_space(body.back())) body.remove_suffix(1);
    body = without_meta_commands(body, start);
    ScriptStatement statement{body, start, pending_toc_, std::nullopt};
    statement_start_.reset();
    pending_toc_ = {};
    paren_depth_ = begin_depth_ = word_count_ = 0;
    leading_words_ = {};
    if (is_copy_from_stdin(body)) statement.copy_data = copy_data(start);
    script_.statements.push_back(statement);
  }

  // COPY ... FROM STDIN, however the words are spaced (the rows then follow the statement).
  static bool is_copy_from_stdin(std::string_view statement) {
    if (statement.size() < 4 || !equals_ignoring_case(statement.substr(0, 4), "copy")) return false;
    std::string words;
    for (char c : statement) {
      if (is_space(c)) {
        if (!words.empty() && words.back() != ' ') words += ' ';
      } else {
        words += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      }
    }
    return words.find("from stdin") != std::string::npos;
  }

  // The rows after COPY ... FROM stdin run from the next line to a line holding only "\.".
  // Their memory is given back every few megabytes as they are passed over.
  std::string_view copy_data(std::size_t statement_offset) {
    constexpr std::size_t kReleaseEvery = 16 << 20;
    std::size_t line_end = text_.find('\n', pos_);
    std::size_t data_start = line_end == std::string_view::npos ? text_.size() : line_end + 1;
    std::size_t released = data_start;
    std::size_t line = data_start;
    while (line < text_.size()) {
      std::size_t next = text_.find('\n', line);
      std::size_t stop = next == std::string_view::npos ? text_.size() : next;
      if (text_.substr(line, stop - line) == "\\.") {
        if (release_) release_(released, line);
        pos_ = stop;
        return text_.substr(data_start, line - data_start);
      }
      line = stop + 1;
      if (release_ && line - released >= kReleaseEvery) {
        release_(released, line);
        released = line;
      }
    }
    fail_at(statement_offset, "COPY data is not terminated by a line \\.");
  }
};

}  // namespace

Script split_psql_script(std::string_view text, const std::string& file, const ReleaseMemory& release) {
  return Splitter(text, file, release).run();
}

}  // namespace pgdrift
