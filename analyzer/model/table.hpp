#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/model/expression.hpp"
#include "analyzer/model/object_meta.hpp"
#include "analyzer/model/qualified_name.hpp"
#include "analyzer/model/sequence.hpp"

namespace pgdrift {

struct Column {
  std::string name;
  InternedString type;  // canonical, as format_type prints it: "character varying(10)"
  Expr default_value = nullptr;
  Expr generated = nullptr;  // GENERATED ALWAYS AS (...) STORED
  InternedString collation;  // empty: the type's default
  InternedString storage;    // SET STORAGE, empty: the type's default
  InternedString compression;  // SET COMPRESSION pglz / lz4, empty: default_toast_compression
  std::optional<int> statistics;
  bool not_null = false;
  char identity = 0;     // 'a' ALWAYS, 'd' BY DEFAULT, 0 none
  bool is_local = true;  // false: only inherited from a parent
  ObjectMeta meta;       // owner unused; acl holds column grants
};

enum class ConstraintType : char {
  primary_key = 'p',
  unique = 'u',
  foreign_key = 'f',
  check = 'c',
  exclusion = 'x',
};

struct Constraint {
  std::string name;
  ConstraintType type = ConstraintType::check;
  std::vector<std::string> columns;  // key columns (PK, UNIQUE, FK's referencing side)
  std::vector<std::string> include;  // INCLUDE (...)
  Expr check = nullptr;              // CHECK expression
  // Foreign keys
  QualifiedName referenced_table;
  std::vector<std::string> referenced_columns;
  // PostgreSQL's confupdtype, confdeltype and confmatchtype
  char on_update = 'a', on_delete = 'a', match = 's';
  std::vector<std::string> on_delete_set_columns;
  // Exclusion constraints and index parameters
  Expr definition = nullptr;  // the whole Constraint node, for what the fields above do not cover
  bool deferrable = false;
  bool initially_deferred = false;
  bool not_valid = false;
  bool no_inherit = false;
  bool nulls_not_distinct = false;
  bool clustered = false;  // CLUSTER ON the key's index
  bool inherited = false;  // copied from a parent table or partitioned table
  ObjectMeta meta;
  // The index behind a PRIMARY KEY, UNIQUE or EXCLUDE constraint has the constraint's name
  // and no catalog entry of its own here: what COMMENT ON INDEX says of it is kept here.
  ObjectMeta index_meta;

  // PRIMARY KEY, UNIQUE and EXCLUDE are backed by an index of the constraint's name.
  bool has_index() const;
};

enum class TableKind { regular, partitioned, foreign };

struct Table {
  QualifiedName name;
  TableKind kind = TableKind::regular;
  bool unlogged = false;
  std::vector<Column> columns;
  std::map<std::string, Constraint> constraints;
  std::vector<QualifiedName> inherits;
  std::optional<QualifiedName> partition_of;
  Expr partition_bound = nullptr;    // FOR VALUES ...
  Expr partition_key = nullptr;      // PARTITION BY ...
  std::string typed_as;              // CREATE TABLE ... OF type
  std::vector<std::string> options;  // storage parameters, "key=value", sorted
  std::string access_method;
  std::string tablespace;
  std::string replica_identity;  // empty: default
  std::string foreign_server;    // foreign tables
  std::vector<std::string> foreign_options;
  bool row_security = false;
  bool force_row_security = false;
  ObjectMeta meta;

  Column* find_column(const std::string& column);
  const Column* find_column(const std::string& column) const;
};

}  // namespace pgdrift
