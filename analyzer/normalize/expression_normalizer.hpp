#pragma once

#include <span>
#include <string>
#include <vector>

#include "parser/ast.hpp"

namespace pgdrift {

// Rewrites expression and query trees into one canonical form, so that spellings that mean
// the same to PostgreSQL compare equal:
// - casts PostgreSQL adds or drops on its own ('x'::text and 'x'; (col)::text on a
//   varchar column; ARRAY['a'::varchar]::text[]) are removed;
// - constants compare by their text (-1 and '-1'::integer);
// - x IN (...), x = ANY (ARRAY[...]) and chains of OR x = ... become one sorted IN list;
// - the default schema (public, pg_catalog) is dropped from relation and function names,
//   also where a string names a relation ('public.s'::regclass, nextval('s')); but not
//   from public.f() when pg_catalog has an f, which an unqualified f() would call instead;
// - a column qualified by the only relation of its FROM clause loses the qualifier;
// - select-list items get the output name PostgreSQL would give them.
// The result is for comparison only (it is not valid input for the deparser).
class ExpressionNormalizer {
 public:
  explicit ExpressionNormalizer(ast::Arena& arena) : arena_(arena) {}
  // More schemas whose qualifier function and type names need not carry: those on the
  // search_path the statements ran with (a Supabase project's `extensions`).
  ExpressionNormalizer(ast::Arena& arena, std::vector<std::string> search_path_schemas)
      : arena_(arena), search_path_schemas_(std::move(search_path_schemas)) {}
  // `implicit_relation`: the table an expression belongs to (a policy's, a CHECK's), whose
  // columns it may name with or without the table's name.
  const ast::Node* normalize(const ast::Node* node, std::string_view implicit_relation = {});

 private:
  struct Scope {
    std::vector<std::string> relations;  // names that qualify columns needlessly here
  };
  ast::Arena& arena_;
  std::vector<std::string> search_path_schemas_;

  ast::Node rewrite(const ast::Node& node, const Scope& scope);
  ast::Node rewrite_children(const ast::Node& node, const Scope& scope);
  ast::Node rewrite_select(const ast::Node& node, const Scope& scope, bool names_matter);
  ast::Node rewrite_type_cast(const ast::Node& node, const Scope& scope);
  ast::Node rewrite_a_expr(const ast::Node& node, const Scope& scope);
  ast::Node rewrite_bool_expr(const ast::Node& node, const Scope& scope);
  ast::Node rewrite_column_ref(const ast::Node& node, const Scope& scope);
  ast::Node canonical_constant(const ast::Node& node);
  ast::Node rewrite_function_call(const ast::Node& node, const Scope& scope);
  ast::Node canonical_relation_name(const ast::Node& constant);
  ast::Node in_list(const ast::Node& subject, std::vector<ast::Node> values, bool negated);
  ast::Node without_default_schema(const ast::Node& node, std::string_view list_field);
  ast::Node rewrite_def_elem(const ast::Node& node, const Scope& scope);
  ast::Node sorted_if_options(ast::Node list);
  ast::Node with_sorted_field(const ast::Node& node, std::string_view name);
  ast::Node rewrite_modification(const ast::Node& node, const Scope& scope);
  ast::Node between_as_comparisons(const ast::Node& subject, const ast::Node& low, const ast::Node& high, bool negated);
  ast::Node with_ordinals_resolved(const ast::Node& list, std::span<const ast::Node> targets);
};

// The output column name PostgreSQL gives a select-list expression (FigureColname).
std::string figure_column_name(const ast::Node& expression);

}  // namespace pgdrift
