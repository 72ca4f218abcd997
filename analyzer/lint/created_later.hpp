#pragma once

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "analyzer/model/catalog.hpp"
#include "parser/parsed_script.hpp"

namespace pgdrift {

// What the migration files after the one being linted create: the tables (with their columns)
// and views they create, rename into being or add columns to, by the names they write
// (unqualified ones in the first schema of the search path). A body the current file writes
// may read them: they will be there when it runs.
//
// Kept as the files are linted in order: every later file's names at first, less each file's
// as its turn comes, counted (two files may write the same name), so that the whole directory
// costs one reading of each file.
class CreatedLater {
 public:
  CreatedLater(const std::vector<std::shared_ptr<ParsedScript>>& scripts, std::string schema);

  // Moves to file `index`: from then on only the files after it count.
  void pass(std::size_t index);
  const Catalog& catalog() const { return catalog_; }

 private:
  using ColumnKey = std::pair<QualifiedName, std::string>;
  void count(const Catalog& created, int step);

  std::vector<Catalog> created_;  // by file
  std::size_t next_ = 1;          // the first file whose names still count
  std::map<QualifiedName, int> tables_, views_;
  std::map<ColumnKey, int> columns_;
  Catalog catalog_;
};

}  // namespace pgdrift
