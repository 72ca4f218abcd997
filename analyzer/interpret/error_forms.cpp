#include "analyzer/interpret/error_forms.hpp"

namespace pgdrift {

std::optional<std::vector<std::string>> error_form_arguments(std::string_view form,
                                                             std::string_view message) {
  std::vector<std::string_view> pieces;  // the text between the {}
  for (std::size_t at = 0;;) {
    std::size_t hole = form.find("{}", at);
    pieces.push_back(form.substr(at, hole == std::string_view::npos ? hole : hole - at));
    if (hole == std::string_view::npos) break;
    at = hole + 2;
  }
  if (!message.starts_with(pieces.front()) ||
      message.size() < pieces.front().size() + pieces.back().size() ||
      !message.ends_with(pieces.back()))
    return std::nullopt;
  std::string_view rest = message.substr(
      pieces.front().size(), message.size() - pieces.front().size() - pieces.back().size());
  if (pieces.size() == 1)
    return rest.empty() ? std::optional(std::vector<std::string>{}) : std::nullopt;
  std::vector<std::string> arguments;
  for (std::size_t i = 1; i + 1 < pieces.size(); ++i) {
    std::size_t found = rest.find(pieces[i], 1);  // an argument is never empty
    if (found == std::string_view::npos) return std::nullopt;
    arguments.emplace_back(rest.substr(0, found));
    rest.remove_prefix(found + pieces[i].size());
  }
  if (rest.empty()) return std::nullopt;
  arguments.emplace_back(rest);
  return arguments;
}

}  // namespace pgdrift
