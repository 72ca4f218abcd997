#include "analyzer/interpret/def_elem.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace pgdrift {

std::string def_elem_value(const ast::Node* argument) {
  if (!argument) return "true";  // WITH (autovacuum_enabled) means true
  if (argument->is("Integer")) return std::to_string(argument->integer_or("ival", 0));
  if (argument->is("Float")) return std::string(argument->str("fval"));
  if (argument->is("Boolean")) return argument->flag("boolval") ? "true" : "false";
  if (argument->is("String")) return std::string(argument->str("sval"));
  if (argument->is("TypeName")) {
    std::vector<std::string> parts;
    for (const ast::Node& part : argument->list("names")) parts.emplace_back(part.string_value());
    return fmt::format("{}", fmt::join(parts, "."));
  }
  if (argument->kind() == ast::Kind::list || argument->is("List")) {
    std::vector<std::string> parts;
    auto items = argument->is("List") ? argument->list("items") : argument->items();
    for (const ast::Node& item : items) parts.push_back(def_elem_value(&item));
    return fmt::format("{}", fmt::join(parts, "."));
  }
  return std::string(argument->string_value());
}

std::vector<std::string> option_strings(std::span<const ast::Node> def_elems) {
  std::vector<std::string> options;
  for (const ast::Node& element : def_elems) {
    std::string name(element.str("defname"));
    std::string_view space = element.str("defnamespace");
    if (!space.empty()) name = std::string(space) + "." + name;
    options.push_back(name + "=" + def_elem_value(element.get("arg")));
  }
  std::sort(options.begin(), options.end());
  return options;
}

}  // namespace pgdrift
