#include "analyzer/migrations/applied_statements.hpp"

#include <memory>

#include "parser/script_reader.hpp"

namespace pgdrift {
namespace {

// One statement on either side, as compared.
struct Compared {
  int number = 0;
  int line = 0;
  std::string_view text;
  const ast::Node* tree = nullptr;  // null: the grammar rejected it; compared by text
};

std::string_view without_semicolon(std::string_view text) {
  auto is_space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  while (!text.empty() && (is_space(text.back()) || text.back() == ';')) text.remove_suffix(1);
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  return text;
}

bool same(const Compared& a, const Compared& b) {
  if (a.tree && b.tree) return *a.tree == *b.tree;
  return !a.tree && !b.tree && a.text == b.text;
}

void add_statements(const ParsedScript& script, int number, std::vector<Compared>& out) {
  for (const ParsedStatement& statement : script.statements) {
    out.push_back({number ? number : static_cast<int>(out.size()) + 1, statement.where.line,
                   without_semicolon(statement.source->text), statement.tree});
  }
}

// Pairs of positions (recorded, file) of the statements both sides share, in order: the
// common prefix and suffix, and the longest common subsequence of what lies between (or,
// when that is too large to align, nothing of it).
std::vector<std::pair<std::size_t, std::size_t>> matches(const std::vector<Compared>& a,
                                                         const std::vector<Compared>& b) {
  std::size_t prefix = 0;
  while (prefix < a.size() && prefix < b.size() && same(a[prefix], b[prefix])) ++prefix;
  std::size_t suffix = 0;
  while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
         same(a[a.size() - 1 - suffix], b[b.size() - 1 - suffix]))
    ++suffix;
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  for (std::size_t i = 0; i < prefix; ++i) pairs.emplace_back(i, i);
  std::size_t n = a.size() - prefix - suffix, m = b.size() - prefix - suffix;
  constexpr std::size_t kMaxCells = 4'000'000;
  if (n > 0 && m > 0 && n * m <= kMaxCells) {
    // lengths[i][j]: the longest common subsequence of a's middle from i and b's from j
    std::vector<std::vector<int>> lengths(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;) {
      for (std::size_t j = m; j-- > 0;) {
        lengths[i][j] = same(a[prefix + i], b[prefix + j])
                            ? lengths[i + 1][j + 1] + 1
                            : std::max(lengths[i + 1][j], lengths[i][j + 1]);
      }
    }
    for (std::size_t i = 0, j = 0; i < n && j < m;) {
      if (same(a[prefix + i], b[prefix + j]))
        pairs.emplace_back(prefix + i++, prefix + j++);
      else if (lengths[i + 1][j] >= lengths[i][j + 1])
        ++i;
      else
        ++j;
    }
  }
  for (std::size_t k = suffix; k > 0; --k) pairs.emplace_back(a.size() - k, b.size() - k);
  return pairs;
}

StatementDifference difference(const Compared* recorded, const Compared* file) {
  StatementDifference d;
  if (recorded) d.recorded_number = recorded->number, d.recorded = std::string(recorded->text);
  if (file)
    d.file_number = file->number, d.file_line = file->line, d.file = std::string(file->text);
  return d;
}

// Between two matches: the statements left on each side, paired in order (a statement
// edited in place), then those only on one side.
void add_gap(const std::vector<Compared>& a, std::size_t a_from, std::size_t a_to,
             const std::vector<Compared>& b, std::size_t b_from, std::size_t b_to,
             std::vector<StatementDifference>& out) {
  while (a_from < a_to || b_from < b_to) {
    const Compared* recorded = a_from < a_to ? &a[a_from++] : nullptr;
    const Compared* file = b_from < b_to ? &b[b_from++] : nullptr;
    out.push_back(difference(recorded, file));
  }
}

}  // namespace

std::vector<StatementDifference> compare_applied_statements(
    const std::vector<std::string>& recorded, const ParsedScript& file) {
  std::vector<std::unique_ptr<ParsedScript>> recorded_scripts;
  std::vector<Compared> a, b;
  for (std::size_t i = 0; i < recorded.size(); ++i) {
    recorded_scripts.push_back(std::make_unique<ParsedScript>(read_script_text(
        "recorded statement " + std::to_string(i + 1), recorded[i], ReadOptions{.threads = 1})));
    add_statements(*recorded_scripts.back(), static_cast<int>(i) + 1, a);
  }
  add_statements(file, 0, b);
  std::vector<StatementDifference> differences;
  std::size_t i = 0, j = 0;
  for (auto [next_a, next_b] : matches(a, b)) {
    add_gap(a, i, next_a, b, j, next_b, differences);
    i = next_a + 1;
    j = next_b + 1;
  }
  add_gap(a, i, a.size(), b, j, b.size(), differences);
  return differences;
}

}  // namespace pgdrift
