#include "analyzer/references/tree_references.hpp"

#include <span>

#include "analyzer/normalize/regclass_literal.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

QualifiedName name_from_list(std::span<const ast::Node> names) {
  QualifiedName name;
  if (names.empty()) return name;
  name.name = std::string(names.back().string_value());
  if (names.size() >= 2) name.schema = std::string(names[names.size() - 2].string_value());
  return name;
}

// 'public.s'::regclass, nextval('s'): a string that names a relation.
void collect_relation_literal(const ast::Node* constant, References& references) {
  if (!constant || !constant->is("A_Const")) return;
  auto parts = split_qualified_name(constant_text(*constant));
  if (!parts || parts->size() > 2) return;
  references.relations.insert({parts->size() == 2 ? parts->front() : std::string(), parts->back()});
}

void collect_sequence_argument(const ast::Node& call, References& references) {
  auto arguments = call.list("args");
  if (!arguments.empty()) collect_relation_literal(&arguments.front(), references);
}

void visit(const ast::Node& node, References& references);

// Where a field's node type is fixed (TypeCast.typeName, ...), libpg_query's JSON leaves the
// node untagged: recognize it by its fields.
bool is_type_name(const ast::Node& node) {
  return node.is("TypeName") || (node.text().empty() && node.get("names"));
}

void visit_fields(const ast::Node& node, References& references) {
  for (const ast::Field& field : node.fields()) visit(field.value, references);
}

void visit(const ast::Node& node, References& references) {
  if (node.kind() == ast::Kind::list) {
    for (const ast::Node& item : node.items()) visit(item, references);
    return;
  }
  if (node.kind() != ast::Kind::object) return;
  if (is_range_var(node)) {
    references.relations.insert(written_relation(node));
  } else if (node.is("FuncCall")) {
    if (is_sequence_function_call(node)) collect_sequence_argument(node, references);
    references.functions.insert(name_from_list(node.list("funcname")));
  } else if (node.is("TypeCast") && is_regclass_cast(node)) {
    collect_relation_literal(node.get("arg"), references);
  } else if (is_type_name(node)) {
    auto names = node.list("names");
    if (!names.empty() && names.front().string_value() != "pg_catalog")
      references.types.insert(name_from_list(names));
  } else if (node.is("ColumnRef")) {
    auto fields = node.list("fields");
    if (!fields.empty() && fields.back().is("String"))
      references.columns.insert(std::string(fields.back().string_value()));
  }
  visit_fields(node, references);
}

}  // namespace

void collect_references(Expr tree, References& references) {
  if (tree) visit(*tree, references);
}

bool is_range_var(const ast::Node& node) {
  return node.is("RangeVar") || (node.text().empty() && node.get("relname"));
}

QualifiedName written_relation(const ast::Node& range_var) {
  return {std::string(range_var.str("schemaname")), std::string(range_var.str("relname"))};
}

}  // namespace pgdrift
