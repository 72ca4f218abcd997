#pragma once

#include <map>
#include <string>
#include <vector>

#include "analyzer/model/expression.hpp"
#include "analyzer/model/object_meta.hpp"
#include "analyzer/model/qualified_name.hpp"

namespace pgdrift {

// A view or a materialized view.
struct View {
  QualifiedName name;
  bool materialized = false;
  Expr query = nullptr;                    // the SELECT
  std::vector<std::string> column_names;   // CREATE VIEW v (a, b): explicit output names
  std::vector<std::string> options;        // security_invoker=true, ... sorted
  std::string check_option;                // "local", "cascaded" or empty
  bool with_data = true;                   // materialized views
  bool recursive = false;
  std::string tablespace;
  std::map<std::string, ObjectMeta> column_meta;  // comments and grants on output columns
  // ALTER VIEW v ALTER COLUMN c SET DEFAULT: what an INSERT through the view fills in
  std::map<std::string, Expr> column_defaults;
  std::map<std::string, int> column_statistics;   // a materialized view's SET STATISTICS targets
  ObjectMeta meta;
};

}  // namespace pgdrift
