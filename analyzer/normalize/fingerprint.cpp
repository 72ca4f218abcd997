#include "analyzer/normalize/fingerprint.hpp"

namespace pgdrift {
namespace {

void append(const ast::Node& node, std::string& out) {
  switch (node.kind()) {
    case ast::Kind::null: out += '~'; return;
    case ast::Kind::boolean: out += node.boolean() ? 'T' : 'F'; return;
    case ast::Kind::integer: out += std::to_string(node.integer()); return;
    case ast::Kind::string:
      out += '\'';
      for (char c : node.text()) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
      }
      out += '\'';
      return;
    case ast::Kind::list:
      out += '[';
      for (const ast::Node& item : node.items()) {
        append(item, out);
        out += ',';
      }
      out += ']';
      return;
    case ast::Kind::object:
      out += node.text();
      out += '{';
      for (const ast::Field& field : node.fields()) {
        out += field.name();
        out += ':';
        append(field.value, out);
        out += ',';
      }
      out += '}';
      return;
  }
}

}  // namespace

std::string fingerprint(const ast::Node& node) {
  std::string out;
  append(node, out);
  return out;
}

}  // namespace pgdrift
