#pragma once

#include <string>
#include <vector>

#include "analyzer/model/catalog.hpp"
#include "analyzer/references/dependents_index.hpp"

namespace pgdrift {

// An object that uses a table or one of its columns, and would break or block when the
// table or column is dropped, renamed or retyped.
struct Dependent {
  std::string kind;  // "view", "materialized view", "policy", "trigger", "index", "constraint",
                     // "default", "function"
  std::string id;    // its stable id (public.v, public.t.policy_name, public.f(integer))
  std::string name = {};  // a routine's name, without schema and arguments

  bool is_routine() const { return kind == "function" || kind == "procedure"; }

  std::string to_string() const { return kind + " " + id; }
};

// What uses the column `column` of `table`: views and materialized views reading it,
// policies, triggers (UPDATE OF, WHEN), indexes, constraints and defaults of the table that
// name it, foreign keys of other tables referencing it, and routines whose SQL or PL/pgSQL
// body reads it. The catalog keeps names as text, so a body that names the column of a table
// it reads is taken to use it. The index gives the views, routines and foreign keys to look at.
std::vector<Dependent> column_dependents(DependentsIndex& index, const QualifiedName& table,
                                         const std::string& column);

// What uses the table: views, materialized views, foreign keys of other tables, triggers and
// policies on it, and routines whose bodies name it.
std::vector<Dependent> table_dependents(DependentsIndex& index, const QualifiedName& table);

// "view public.a, view public.b"
std::string describe(const std::vector<Dependent>& dependents);
std::vector<std::string> dependent_ids(const std::vector<Dependent>& dependents);

}  // namespace pgdrift
