#pragma once

#include <string>
#include <vector>

#include "analyzer/model/expression.hpp"
#include "analyzer/model/object_meta.hpp"
#include "analyzer/model/qualified_name.hpp"

namespace pgdrift {

struct Index {
  QualifiedName name;   // indexes share their schema's namespace with tables
  QualifiedName table;  // table or materialized view
  bool unique = false;
  bool nulls_not_distinct = false;
  std::string method = "btree";
  std::vector<std::string> key_columns;  // plain column keys; expressions appear as ""
  Expr definition = nullptr;  // the IndexStmt without its name, for full comparison
  Expr where = nullptr;
  std::string tablespace;
  std::optional<QualifiedName> attached_to;  // ALTER INDEX parent ATTACH PARTITION this
  bool clustered = false;
  ObjectMeta meta;
};

}  // namespace pgdrift
