#include "parser/created_object_name.hpp"

#include <algorithm>
#include <array>

namespace pgdrift {
namespace {

struct Token {
  std::string text;     // a word folded to lower case, a quoted identifier as written, or one character
  bool quoted = false;
  bool word = false;
};

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool starts_word(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c & 0x80); }
bool continues_word(char c) { return starts_word(c) || (c >= '0' && c <= '9') || c == '$'; }

// Reads tokens the way PostgreSQL's scanner sees names: blanks and comments (-- and nested
// /* */) between them, unquoted words folded to lower case, "quoted" ones with "" inside.
class Tokens {
 public:
  explicit Tokens(std::string_view text) : text_(text) {}

  std::optional<Token> next() {
    skip_blanks_and_comments();
    if (at_ >= text_.size()) return std::nullopt;
    char c = text_[at_];
    if (c == '"') return quoted();
    if (starts_word(c)) return word();
    ++at_;
    return Token{std::string(1, c), false, false};
  }

 private:
  void skip_blanks_and_comments() {
    while (at_ < text_.size()) {
      if (is_blank(text_[at_])) {
        ++at_;
      } else if (text_.substr(at_, 2) == "--") {
        std::size_t end = text_.find('\n', at_);
        at_ = end == std::string_view::npos ? text_.size() : end + 1;
      } else if (text_.substr(at_, 2) == "/*") {
        skip_block_comment();
      } else {
        return;
      }
    }
  }

  void skip_block_comment() {
    int depth = 0;
    while (at_ < text_.size()) {
      if (text_.substr(at_, 2) == "/*") {
        ++depth;
        at_ += 2;
      } else if (text_.substr(at_, 2) == "*/") {
        at_ += 2;
        if (--depth == 0) return;
      } else {
        ++at_;
      }
    }
  }

  std::optional<Token> quoted() {
    std::string name;
    for (++at_; at_ < text_.size(); ++at_) {
      if (text_[at_] != '"') {
        name += text_[at_];
      } else if (at_ + 1 < text_.size() && text_[at_ + 1] == '"') {
        name += text_[++at_];
      } else {
        ++at_;
        return Token{std::move(name), true, false};
      }
    }
    return std::nullopt;  // an unterminated quote names nothing
  }

  Token word() {
    std::string folded;
    for (; at_ < text_.size() && continues_word(text_[at_]); ++at_) {
      char c = text_[at_];
      folded += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return Token{std::move(folded), false, true};
  }

  std::string_view text_;
  std::size_t at_ = 0;
};

bool is_keyword(const std::optional<Token>& token, std::string_view keyword) {
  return token && token->word && token->text == keyword;
}

// A dotted name from `token` on; `token` is left on what follows it.
std::vector<std::string> dotted_name(Tokens& tokens, std::optional<Token>& token) {
  std::vector<std::string> parts;
  while (token && (token->word || token->quoted)) {
    parts.push_back(token->text);
    token = tokens.next();
    if (!token || token->quoted || token->word || token->text != ".") break;
    token = tokens.next();
  }
  return parts;
}

// What comes between CREATE and the kind (OR REPLACE, TEMP, UNIQUE, ...).
bool is_modifier(std::string_view word) {
  static constexpr std::array<std::string_view, 11> kModifiers{
      "or", "replace", "global", "local", "temp", "temporary", "unlogged", "unique", "recursive", "constraint", "trusted"};
  for (std::string_view modifier : kModifiers) {
    if (word == modifier) return true;
  }
  return false;
}

// The kind a CREATE statement's keyword(s) name; `token` is left after them.
std::optional<std::string> kind_of(Tokens& tokens, std::optional<Token>& token) {
  static constexpr std::array<std::string_view, 12> kKinds{"table",     "view",     "function", "procedure",
                                                           "aggregate", "index",    "sequence", "type",
                                                           "domain",    "schema",   "trigger",  "policy"};
  if (!token || !token->word) return std::nullopt;
  std::string kind = token->text;
  if (kind == "foreign" || kind == "materialized") {
    token = tokens.next();
    if (!is_keyword(token, kind == "foreign" ? "table" : "view")) return std::nullopt;
    kind += "_" + token->text;
  } else if (std::find(kKinds.begin(), kKinds.end(), kind) == kKinds.end()) {
    return std::nullopt;
  }
  token = tokens.next();
  return kind;
}

void skip_if_not_exists(Tokens& tokens, std::optional<Token>& token) {
  if (!is_keyword(token, "if")) return;
  for (std::string_view expected : {"not", "exists"}) {
    token = tokens.next();
    if (!is_keyword(token, expected)) return;
  }
  token = tokens.next();
}

bool is_table_member(std::string_view kind) { return kind == "index" || kind == "trigger" || kind == "policy"; }

// The table after the first ON that follows a member's name (CREATE TRIGGER t AFTER INSERT ON tab).
std::vector<std::string> table_after_on(Tokens& tokens, std::optional<Token>& token) {
  while (token && !is_keyword(token, "on")) token = tokens.next();
  if (!token) return {};
  token = tokens.next();
  if (is_keyword(token, "only")) token = tokens.next();
  return dotted_name(tokens, token);
}

}  // namespace

std::optional<CreatedObjectName> created_object_name(std::string_view statement_text) {
  Tokens tokens(statement_text);
  std::optional<Token> token = tokens.next();
  if (!is_keyword(token, "create")) return std::nullopt;
  token = tokens.next();
  while (token && token->word && is_modifier(token->text)) token = tokens.next();
  std::optional<std::string> kind = kind_of(tokens, token);
  if (!kind) return std::nullopt;
  if (*kind == "index" && is_keyword(token, "concurrently")) token = tokens.next();
  skip_if_not_exists(tokens, token);
  if (*kind == "schema" && is_keyword(token, "authorization")) token = tokens.next();
  if (is_table_member(*kind) && is_keyword(token, "on")) return std::nullopt;
  CreatedObjectName created{*kind, dotted_name(tokens, token), {}};
  if (created.name.empty() || created.name.size() > 3) return std::nullopt;
  if (is_table_member(*kind)) {
    created.table = table_after_on(tokens, token);
    if (created.table.empty()) return std::nullopt;
  }
  return created;
}

}  // namespace pgdrift
