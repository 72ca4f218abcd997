#pragma once

#include <map>
#include <string>
#include <vector>

#include "analyzer/model/catalog.hpp"

namespace pgdrift {

struct ListedObject {
  std::string kind;  // a kind_name(), or the kind of an OtherObject ("collation", ...)
  std::string id;
};

// Every object of a catalog with its stable id, grouped by kind in the documented order
// (the kinds of other_object.hpp last), ids sorted within a kind.
std::vector<ListedObject> list_objects(const Catalog& catalog);

// How many objects of each kind; every documented kind is present, even at zero.
std::map<std::string, int> count_objects(const std::vector<ListedObject>& objects);
std::map<std::string, int> count_objects(const Catalog& catalog);  // the same, without making ids

}  // namespace pgdrift
