#include "analyzer/normalize/expression_normalizer.hpp"

#include <algorithm>
#include <optional>

#include "analyzer/normalize/boolean_reloption.hpp"
#include "analyzer/normalize/builtin_functions.hpp"
#include "analyzer/normalize/fingerprint.hpp"
#include "analyzer/normalize/interval_literal.hpp"
#include "analyzer/normalize/regclass_literal.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

bool is_string_type(const ast::Node& type_name) {
  auto names = type_name.list("names");
  if (names.empty()) return false;
  std::string_view name = names.back().string_value();
  return name == "text" || name == "varchar" || name == "bpchar" || name == "name" || name == "citext";
}

// Casts PostgreSQL adds on its own when an operator or a target needs a wider type of the
// same family (integer to numeric, varchar to text); pg_dump prints them, people do not write them.
bool is_implicit_widening(const ast::Node& type_name) {
  if (is_string_type(type_name)) return true;
  auto names = type_name.list("names");
  if (names.empty() || !type_name.list("typmods").empty()) return false;
  std::string_view name = names.back().string_value();
  return name == "numeric" || name == "int8" || name == "int4" || name == "float8" || name == "float4";
}

// An ordinal in GROUP BY 1 / ORDER BY 1: the select-list position it stands for.
std::optional<std::size_t> ordinal(const ast::Node& node) {
  if (!node.is("A_Const")) return std::nullopt;
  const ast::Node* integer = node.get("ival");
  if (!integer) return std::nullopt;
  std::int64_t value = integer->integer_or("ival", 0);
  if (value < 1) return std::nullopt;
  return static_cast<std::size_t>(value - 1);
}

std::string_view last_name(std::span<const ast::Node> names) {
  return names.empty() ? std::string_view{} : names.back().string_value();
}

// x = c, the building block of OR chains equivalent to x IN (...).
bool is_equality_with_constant(const ast::Node& node) {
  return node.is("A_Expr") && node.str("kind") == "AEXPR_OP" && last_name(node.list("name")) == "=" &&
         node.get("rexpr") && node.get("rexpr")->is("A_Const");
}

bool is_in_list(const ast::Node& node) {
  return node.is("A_Expr") && node.str("kind") == "AEXPR_IN" && last_name(node.list("name")) == "=";
}

}  // namespace

std::string figure_column_name(const ast::Node& expression) {
  if (expression.is("ColumnRef")) {
    std::string_view name = last_name(expression.list("fields"));
    return name.empty() ? "?column?" : std::string(name);
  }
  if (expression.is("FuncCall")) return std::string(last_name(expression.list("funcname")));
  if (expression.is("TypeCast")) {
    const ast::Node* argument = expression.get("arg");
    std::string inner = argument ? figure_column_name(*argument) : "?column?";
    if (inner != "?column?") return inner;
    const ast::Node* type = expression.get("typeName");
    return type ? std::string(last_name(type->list("names"))) : inner;
  }
  if (expression.is("CaseExpr")) return "case";
  if (expression.is("CoalesceExpr")) return "coalesce";
  if (expression.is("NullIfExpr")) return "nullif";
  if (expression.is("A_ArrayExpr")) return "array";
  if (expression.is("RowExpr")) return "row";
  if (expression.is("MinMaxExpr")) return expression.str("op") == "IS_GREATEST" ? "greatest" : "least";
  if (expression.is("SubLink")) {
    std::string_view type = expression.str("subLinkType");
    if (type == "EXISTS_SUBLINK") return "exists";
    if (type == "ARRAY_SUBLINK") return "array";
    const ast::Node* select = expression.get("subselect");
    auto targets = select ? select->list("targetList") : std::span<const ast::Node>{};
    if (targets.size() == 1) {
      std::string_view name = targets[0].str("name");
      if (!name.empty()) return std::string(name);
      if (const ast::Node* value = targets[0].get("val")) return figure_column_name(*value);
    }
  }
  if (expression.is("SQLValueFunction")) {
    std::string op(expression.str("op"));  // SVFOP_CURRENT_TIMESTAMP -> current_timestamp
    if (op.starts_with("SVFOP_")) op = op.substr(6);
    std::transform(op.begin(), op.end(), op.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return op;
  }
  return "?column?";
}

const ast::Node* ExpressionNormalizer::normalize(const ast::Node* node, std::string_view implicit_relation) {
  if (!node) return nullptr;
  Scope scope;
  if (!implicit_relation.empty()) scope.relations.emplace_back(implicit_relation);
  return arena_.make(rewrite(*node, scope));
}

ast::Node ExpressionNormalizer::rewrite(const ast::Node& node, const Scope& scope) {
  if (node.is("TypeCast")) return rewrite_type_cast(node, scope);
  if (node.is("A_Const")) return canonical_constant(node);
  if (node.is("A_Expr")) return rewrite_a_expr(node, scope);
  if (node.is("BoolExpr")) return rewrite_bool_expr(node, scope);
  if (node.is("ColumnRef")) return rewrite_column_ref(node, scope);
  if (node.is("SelectStmt")) return rewrite_select(node, scope, true);
  if (node.is("UpdateStmt") || node.is("DeleteStmt")) return rewrite_modification(node, scope);
  if (node.is("RangeVar") || node.get("relname")) {
    ast::Node copy = rewrite_children(node, scope);
    std::vector<ast::Field> fields;
    for (const ast::Field& field : copy.fields()) {
      if (field.name() == "schemaname" && (field.value.text() == "public" || field.value.text() == "pg_catalog")) continue;
      fields.push_back(field);
    }
    return ast::make_object(arena_, copy.text(), fields);
  }
  if (node.is("FuncCall")) return rewrite_function_call(node, scope);
  if (node.is("DefElem")) return rewrite_def_elem(node, scope);
  if (node.is("TypeName") || node.get("typemod")) return without_default_schema(rewrite_children(node, scope), "names");
  if (node.is("CreateStatsStmt")) return with_sorted_field(rewrite_children(node, scope), "stat_types");
  if (node.kind() == ast::Kind::list) return sorted_if_options(rewrite_children(node, scope));
  return rewrite_children(node, scope);
}

// WITH (x = 32) and WITH (x = '32') are the same option.
ast::Node ExpressionNormalizer::rewrite_def_elem(const ast::Node& node, const Scope& scope) {
  std::vector<ast::Field> fields;
  for (const ast::Field& field : node.fields()) {
    if (field.name() == "defaction" || field.name() == "location") continue;
    if (field.name() != "arg") {
      fields.push_back({field.name_id(), rewrite(field.value, scope)});
      continue;
    }
    const ast::Node& argument = field.value;
    std::string_view text;
    if (argument.is("Integer")) text = arena_.copy(std::to_string(argument.integer_or("ival", 0)));
    else if (argument.is("Float")) text = argument.str("fval");
    else if (argument.is("String")) text = argument.str("sval");
    else if (argument.is("Boolean")) text = argument.flag("boolval") ? "true" : "false";
    // CREATE INDEX ... WITH (fastupdate=on) and (fastupdate=true) too; off is a TypeName there.
    std::string_view word = text;
    if (argument.is("TypeName") && argument.list("names").size() == 1) word = argument.list("names")[0].string_value();
    if (auto flag = word.data() ? boolean_reloption(node.str("defname"), word) : std::nullopt) text = *flag ? "true" : "false";
    if (text.data()) fields.push_back({field.name_id(), ast::make_string(arena_, text)});
    else fields.push_back({field.name_id(), rewrite(argument, scope)});
  }
  return ast::make_object(arena_, "DefElem", fields);
}

// A list whose order means nothing (CREATE STATISTICS (ndistinct, dependencies)).
ast::Node ExpressionNormalizer::with_sorted_field(const ast::Node& node, std::string_view name) {
  std::vector<ast::Field> fields(node.fields().begin(), node.fields().end());
  for (ast::Field& field : fields) {
    if (field.name() != name) continue;
    std::vector<ast::Node> items(field.value.items().begin(), field.value.items().end());
    std::sort(items.begin(), items.end(), [](const ast::Node& a, const ast::Node& b) { return fingerprint(a) < fingerprint(b); });
    field = ast::Field(field.name_id(), ast::make_list(arena_, items));
  }
  return ast::make_object(arena_, node.text(), fields);
}

// Options are named, so their order does not matter.
ast::Node ExpressionNormalizer::sorted_if_options(ast::Node list) {
  if (list.items().empty() || !std::all_of(list.items().begin(), list.items().end(), [](const ast::Node& n) { return n.is("DefElem"); })) {
    return list;
  }
  std::vector<ast::Node> items(list.items().begin(), list.items().end());
  std::stable_sort(items.begin(), items.end(), [](const ast::Node& a, const ast::Node& b) { return a.str("defname") < b.str("defname"); });
  return ast::make_list(arena_, items);
}

ast::Node ExpressionNormalizer::rewrite_children(const ast::Node& node, const Scope& scope) {
  if (node.kind() == ast::Kind::list) {
    std::vector<ast::Node> items;
    items.reserve(node.items().size());
    for (const ast::Node& item : node.items()) items.push_back(rewrite(item, scope));
    return ast::make_list(arena_, items);
  }
  if (node.kind() != ast::Kind::object) return node;
  std::vector<ast::Field> fields;
  fields.reserve(node.fields().size());
  for (const ast::Field& field : node.fields()) fields.push_back({field.name_id(), rewrite(field.value, scope)});
  return ast::make_object(arena_, node.text(), fields);
}

ast::Node ExpressionNormalizer::without_default_schema(const ast::Node& node, std::string_view list_field) {
  std::vector<ast::Field> fields(node.fields().begin(), node.fields().end());
  for (ast::Field& field : fields) {
    if (field.name() != list_field || field.value.items().size() != 2) continue;
    std::string_view schema = field.value.items()[0].string_value();
    bool on_search_path = std::find(search_path_schemas_.begin(), search_path_schemas_.end(), schema) != search_path_schemas_.end();
    // f() finds pg_catalog.f before public.f: public.gen_random_uuid() (pgcrypto) is another
    // function than gen_random_uuid(), and keeps its schema.
    bool shadowed = list_field == "funcname" && is_builtin_function(field.value.items()[1].string_value());
    if (schema == "pg_catalog" || ((schema == "public" || on_search_path) && !shadowed)) {
      field = ast::Field(field.name_id(), ast::make_list(arena_, {field.value.items()[1]}));
    }
  }
  return ast::make_object(arena_, node.text(), fields);
}

ast::Node ExpressionNormalizer::canonical_constant(const ast::Node& node) {
  std::string text;
  if (node.flag("isnull")) return ast::make_object(arena_, "A_Const", {{"isnull", ast::make_string(arena_, "NULL")}});
  if (const ast::Node* integer = node.get("ival")) text = std::to_string(integer->integer_or("ival", 0));
  else if (const ast::Node* number = node.get("fval")) text = std::string(number->str("fval"));
  else if (const ast::Node* boolean = node.get("boolval")) text = boolean->flag("boolval") ? "true" : "false";
  else if (const ast::Node* string = node.get("sval")) text = std::string(string->str("sval"));
  else if (const ast::Node* bits = node.get("bsval")) text = std::string(bits->str("bsval"));
  return ast::make_object(arena_, "A_Const", {{"value", ast::make_string(arena_, text)}});
}

ast::Node ExpressionNormalizer::rewrite_type_cast(const ast::Node& node, const Scope& scope) {
  const ast::Node* argument = node.get("arg");
  const ast::Node* type = node.get("typeName");
  if (!argument || !type) return rewrite_children(node, scope);
  ast::Node inner = rewrite(*argument, scope);
  bool string_type = is_string_type(*type);
  bool array_type = !type->list("arrayBounds").empty();
  if (inner.is("A_Const") && !array_type && last_name(type->list("names")) == "interval") {
    if (auto interval = canonical_interval(inner.str("value"))) {
      return ast::make_object(arena_, "A_Const", {{"value", ast::make_string(arena_, *interval)}});
    }
  }
  if (inner.is("A_Const") && is_regclass_cast(node)) return canonical_relation_name(inner);
  if (inner.is("A_Const")) return inner;
  if (!array_type && is_implicit_widening(*type)) return inner;
  if (string_type && array_type && inner.is("A_ArrayExpr")) return inner;
  std::vector<ast::Field> fields{{"arg", inner}, {"typeName", rewrite(*type, scope)}};
  return ast::make_object(arena_, "TypeCast", fields);
}

// nextval('s') and nextval('public.s'::regclass) name the same sequence.
ast::Node ExpressionNormalizer::rewrite_function_call(const ast::Node& node, const Scope& scope) {
  ast::Node call = without_default_schema(rewrite_children(node, scope), "funcname");
  auto arguments = call.list("args");
  if (!is_sequence_function_call(call) || arguments.empty() || !arguments.front().is("A_Const")) return call;
  std::vector<ast::Node> items(arguments.begin(), arguments.end());
  items.front() = canonical_relation_name(items.front());
  std::vector<ast::Field> fields(call.fields().begin(), call.fields().end());
  for (ast::Field& field : fields) {
    if (field.name() == "args") field = ast::Field(field.name_id(), ast::make_list(arena_, items));
  }
  return ast::make_object(arena_, call.text(), fields);
}

// A relation named in a string ('Public.S'::regclass): as an identifier PostgreSQL would
// print, without the default schema.
ast::Node ExpressionNormalizer::canonical_relation_name(const ast::Node& constant) {
  auto parts = split_qualified_name(constant.str("value"));
  if (!parts) return constant;
  if (parts->size() == 2 && ((*parts)[0] == "public" || (*parts)[0] == "pg_catalog")) parts->erase(parts->begin());
  std::string name;
  for (const std::string& part : *parts) name += (name.empty() ? "" : ".") + quote_identifier(part);
  return ast::make_object(arena_, "A_Const", {{"value", ast::make_string(arena_, name)}});
}

ast::Node ExpressionNormalizer::in_list(const ast::Node& subject, std::vector<ast::Node> values, bool negated) {
  std::sort(values.begin(), values.end(), [](const ast::Node& a, const ast::Node& b) { return fingerprint(a) < fingerprint(b); });
  values.erase(std::unique(values.begin(), values.end()), values.end());
  std::vector<ast::Field> fields{{"kind", ast::make_string(arena_, "AEXPR_IN")},
                                 {"name", ast::make_list(arena_, {ast::make_string(arena_, negated ? "<>" : "=")})},
                                 {"lexpr", subject},
                                 {"rexpr", ast::make_list(arena_, values)}};
  return ast::make_object(arena_, "A_Expr", fields);
}

ast::Node ExpressionNormalizer::rewrite_a_expr(const ast::Node& node, const Scope& scope) {
  ast::Node copy = rewrite_children(node, scope);
  std::string_view kind = copy.str("kind");
  std::string_view op = last_name(copy.list("name"));
  const ast::Node* subject = copy.get("lexpr");
  const ast::Node* values = copy.get("rexpr");
  if (!subject || !values) return copy;
  auto items_of = [](const ast::Node& list) {
    if (list.is("A_ArrayExpr")) return std::vector<ast::Node>(list.list("elements").begin(), list.list("elements").end());
    if (list.is("List")) return std::vector<ast::Node>(list.list("items").begin(), list.list("items").end());
    return std::vector<ast::Node>(list.items().begin(), list.items().end());
  };
  if (kind == "AEXPR_IN") return in_list(*subject, items_of(*values), op == "<>");
  if ((kind == "AEXPR_BETWEEN" || kind == "AEXPR_NOT_BETWEEN") && values->elements().size() == 2) {
    return between_as_comparisons(*subject, values->elements()[0], values->elements()[1], kind == "AEXPR_NOT_BETWEEN");
  }
  if (kind == "AEXPR_OP_ANY" && op == "=" && values->is("A_ArrayExpr")) return in_list(*subject, items_of(*values), false);
  if (kind == "AEXPR_OP_ALL" && op == "<>" && values->is("A_ArrayExpr")) return in_list(*subject, items_of(*values), true);
  return copy;
}

// PostgreSQL stores x BETWEEN a AND b as x >= a AND x <= b.
ast::Node ExpressionNormalizer::between_as_comparisons(const ast::Node& subject, const ast::Node& low,
                                                       const ast::Node& high, bool negated) {
  // Built the way libpg_query writes the same comparisons.
  auto comparison = [&](std::string_view op, const ast::Node& bound) {
    ast::Node op_name = ast::make_object(arena_, "String", {{"sval", ast::make_string(arena_, op)}});
    return ast::make_object(arena_, "A_Expr", {{"kind", ast::make_string(arena_, "AEXPR_OP")},
                                               {"name", ast::make_list(arena_, {op_name})},
                                               {"lexpr", subject},
                                               {"rexpr", bound}});
  };
  std::vector<ast::Node> arguments{comparison(negated ? "<" : ">=", low), comparison(negated ? ">" : "<=", high)};
  return ast::make_object(arena_, "BoolExpr", {{"boolop", ast::make_string(arena_, negated ? "OR_EXPR" : "AND_EXPR")},
                                               {"args", ast::make_list(arena_, arguments)}});
}

// a = 1 OR a = 2 OR a IN (3) is a IN (1, 2, 3).
ast::Node ExpressionNormalizer::rewrite_bool_expr(const ast::Node& node, const Scope& scope) {
  ast::Node copy = rewrite_children(node, scope);
  if (copy.str("boolop") != "OR_EXPR") return copy;
  auto arguments = copy.list("args");
  if (arguments.size() < 2) return copy;
  const ast::Node* subject = nullptr;
  std::vector<ast::Node> values;
  for (const ast::Node& argument : arguments) {
    if (!is_equality_with_constant(argument) && !is_in_list(argument)) return copy;
    const ast::Node* left = argument.get("lexpr");
    if (!left || (subject && !(*left == *subject))) return copy;
    subject = left;
    const ast::Node* right = argument.get("rexpr");
    if (is_in_list(argument)) values.insert(values.end(), right->items().begin(), right->items().end());
    else values.push_back(*right);
  }
  return in_list(*subject, values, false);
}

ast::Node ExpressionNormalizer::rewrite_column_ref(const ast::Node& node, const Scope& scope) {
  auto fields = node.list("fields");
  if (fields.size() == 2 &&
      std::find(scope.relations.begin(), scope.relations.end(), fields[0].string_value()) != scope.relations.end()) {
    return ast::make_object(arena_, "ColumnRef", {{"fields", ast::make_list(arena_, {fields[1]})}});
  }
  return rewrite_children(node, scope);
}

// Columns of the only relation of a FROM clause need no qualifier; neither do those of
// the relation a policy or CHECK belongs to, seen from its subqueries.
ast::Node ExpressionNormalizer::rewrite_select(const ast::Node& node, const Scope& outer, bool names_matter) {
  Scope scope = outer;
  auto from = node.list("fromClause");
  if (from.size() == 1 && from[0].is("RangeVar")) {
    const ast::Node* alias = from[0].get("alias");
    scope.relations.push_back(alias ? std::string(alias->str("aliasname")) : std::string(from[0].str("relname")));
  }
  auto targets = node.list("targetList");
  std::vector<ast::Field> fields;
  for (const ast::Field& field : node.fields()) {
    if (field.name() == "groupClause" || field.name() == "sortClause") {
      fields.push_back({field.name_id(), rewrite(with_ordinals_resolved(field.value, targets), scope)});
      continue;
    }
    // Typed fields: SelectStmt without its tag. Only the first branch of a UNION names
    // the columns; pg_dump repeats the names in the others, people do not.
    if (field.name() == "larg" || field.name() == "rarg") {
      fields.push_back({field.name_id(), rewrite_select(field.value, outer, names_matter && field.name() == "larg")});
      continue;
    }
    if (field.name() != "targetList") {
      fields.push_back({field.name_id(), rewrite(field.value, scope)});
      continue;
    }
    std::vector<ast::Node> targets;
    for (const ast::Node& target : field.value.items()) {
      const ast::Node* value = target.get("val");
      std::string name(target.str("name"));
      if (name.empty() && value) name = figure_column_name(*value);
      std::vector<ast::Field> target_fields;
      if (names_matter) target_fields.push_back({"name", ast::make_string(arena_, name)});
      if (value) target_fields.push_back({"val", rewrite(*value, scope)});
      targets.push_back(ast::make_object(arena_, "ResTarget", target_fields));
    }
    fields.push_back({field.name_id(), ast::make_list(arena_, targets)});
  }
  return ast::make_object(arena_, node.text(), fields);
}

// UPDATE t ... WHERE t.key = 1: the target's columns need no qualifier either.
ast::Node ExpressionNormalizer::rewrite_modification(const ast::Node& node, const Scope& outer) {
  Scope scope = outer;
  if (const ast::Node* relation = node.get("relation")) {
    const ast::Node* alias = relation->get("alias");
    scope.relations.push_back(alias ? std::string(alias->str("aliasname")) : std::string(relation->str("relname")));
  }
  return rewrite_children(node, scope);
}

// GROUP BY 1 and ORDER BY 1 name the first select-list item; pg_dump writes the item itself.
ast::Node ExpressionNormalizer::with_ordinals_resolved(const ast::Node& list, std::span<const ast::Node> targets) {
  std::vector<ast::Node> items;
  for (const ast::Node& item : list.items()) {
    const ast::Node* key = item.is("SortBy") ? item.get("node") : &item;
    std::optional<std::size_t> position = key ? ordinal(*key) : std::nullopt;
    if (!position || *position >= targets.size() || !targets[*position].get("val")) {
      items.push_back(item);
      continue;
    }
    const ast::Node& target = *targets[*position].get("val");
    if (!item.is("SortBy")) {
      items.push_back(target);
      continue;
    }
    std::vector<ast::Field> fields;
    for (const ast::Field& field : item.fields()) fields.push_back({field.name_id(), field.name() == "node" ? target : field.value});
    items.push_back(ast::make_object(arena_, "SortBy", fields));
  }
  return ast::make_list(arena_, items);
}

}  // namespace pgdrift
