#include "analyzer/interpret/def_elem.hpp"

#include "analyzer/normalize/boolean_reloption.hpp"

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

namespace {

std::string_view option_name(std::string_view option) { return option.substr(0, option.find('=')); }

}  // namespace

std::vector<std::string> reloption_strings(std::span<const ast::Node> def_elems) {
  std::vector<std::string> options = option_strings(def_elems);
  for (std::string& option : options) {
    std::string name(option_name(option));
    std::string_view value = std::string_view(option).substr(name.size() + 1);
    if (auto flag = boolean_reloption(name, value)) option = name + "=" + (*flag ? "true" : "false");
  }
  return options;
}

std::vector<std::string> with_options_set(std::vector<std::string> options, const std::vector<std::string>& changed) {
  for (const std::string& option : changed) {
    std::erase_if(options, [&](const std::string& o) { return option_name(o) == option_name(option); });
    options.push_back(option);
  }
  std::sort(options.begin(), options.end());
  return options;
}

std::vector<std::string> with_options_reset(std::vector<std::string> options, std::span<const ast::Node> def_elems) {
  for (const std::string& reset : option_strings(def_elems)) {
    std::erase_if(options, [&](const std::string& o) { return option_name(o) == option_name(reset); });
  }
  return options;
}

}  // namespace pgdrift
