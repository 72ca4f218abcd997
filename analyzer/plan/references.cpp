#include "analyzer/plan/references.hpp"

#include <span>

namespace pgdrift {
namespace {

QualifiedName name_from_list(std::span<const ast::Node> names) {
  QualifiedName name;
  if (names.empty()) return name;
  name.name = std::string(names.back().string_value());
  if (names.size() >= 2) name.schema = std::string(names[names.size() - 2].string_value());
  return name;
}

bool is_sequence_function(const QualifiedName& function) {
  return (function.schema.empty() || function.schema == "pg_catalog") &&
         (function.name == "nextval" || function.name == "currval" || function.name == "setval");
}

// nextval('public.s'::regclass): the literal names the sequence.
void collect_sequence_argument(const ast::Node& call, References& references) {
  auto arguments = call.list("args");
  if (arguments.empty()) return;
  const ast::Node* argument = &arguments.front();
  if (argument->is("TypeCast")) argument = argument->get("arg");
  if (!argument || !argument->is("A_Const")) return;
  const ast::Node* value = argument->get("sval");
  if (value) references.sequences.insert(std::string(value->kind() == ast::Kind::object ? value->str("sval") : value->text()));
}

void visit(const ast::Node& node, References& references);

// Where a field's node type is fixed (UpdateStmt.relation, TypeCast.typeName, ...),
// libpg_query's JSON leaves the node untagged: recognize it by its fields.
bool is_range_var(const ast::Node& node) { return node.is("RangeVar") || (node.text().empty() && node.get("relname")); }
bool is_type_name(const ast::Node& node) { return node.is("TypeName") || (node.text().empty() && node.get("names")); }

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
    references.relations.insert({std::string(node.str("schemaname")), std::string(node.str("relname"))});
  } else if (node.is("FuncCall")) {
    QualifiedName function = name_from_list(node.list("funcname"));
    if (is_sequence_function(function)) collect_sequence_argument(node, references);
    references.functions.insert(std::move(function));
  } else if (is_type_name(node)) {
    auto names = node.list("names");
    if (!names.empty() && names.front().string_value() != "pg_catalog") references.types.insert(name_from_list(names));
  } else if (node.is("ColumnRef")) {
    auto fields = node.list("fields");
    if (!fields.empty() && fields.back().is("String")) references.columns.insert(std::string(fields.back().string_value()));
  }
  visit_fields(node, references);
}

}  // namespace

void collect_references(Expr tree, References& references) {
  if (tree) visit(*tree, references);
}

}  // namespace pgdrift
