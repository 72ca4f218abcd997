// DROP statements for the objects the model keeps whole (collations, servers, rules, ...).
#include <fmt/format.h>

#include "analyzer/plan/ddl.hpp"
#include "analyzer/plan/object_ref.hpp"
#include "analyzer/plan/sql_text.hpp"
#include "parser/identifier.hpp"

namespace pgdrift {
namespace {

std::string dotted(std::span<const ast::Node> names) {
  std::string text;
  for (const ast::Node& part : names) text += (text.empty() ? "" : ".") + quote_identifier(part.string_value());
  return text;
}

std::optional<std::string> keyword_of_define(std::string_view object_type) {
  if (object_type == "OBJECT_COLLATION") return "COLLATION";
  if (object_type == "OBJECT_TSCONFIGURATION") return "TEXT SEARCH CONFIGURATION";
  if (object_type == "OBJECT_TSDICTIONARY") return "TEXT SEARCH DICTIONARY";
  if (object_type == "OBJECT_TSPARSER") return "TEXT SEARCH PARSER";
  if (object_type == "OBJECT_TSTEMPLATE") return "TEXT SEARCH TEMPLATE";
  return std::nullopt;
}

}  // namespace

std::optional<ObjectRef> other_object_ref(const OtherObject& other) {
  const std::string& kind = other.kind;
  auto ref = [&](std::string keyword, std::string name, bool owned, std::string grant_keyword = "", std::string object_type = "") {
    return ObjectRef{keyword, name, owned ? keyword : "", grant_keyword, grant_keyword.empty() ? "" : name, "", object_type, ""};
  };
  if (kind == "foreign_server") return ref("SERVER", other.id, true, "FOREIGN SERVER", "OBJECT_FOREIGN_SERVER");
  if (kind == "fdw") return ref("FOREIGN DATA WRAPPER", other.id, true, "FOREIGN DATA WRAPPER", "OBJECT_FDW");
  if (kind == "language") return ref("LANGUAGE", other.id, true, "LANGUAGE", "OBJECT_LANGUAGE");
  if (kind == "access_method") return ref("ACCESS METHOD", other.id, false);
  if (kind == "statistic_ext") return ref("STATISTICS", other.id, true);
  if (kind == "conversion") return ref("CONVERSION", other.id, true);
  if (kind == "opclass") return ref("OPERATOR CLASS", other.id, true);
  if (kind == "opfamily") return ref("OPERATOR FAMILY", other.id, true);
  if (kind == "subscription") return ref("SUBSCRIPTION", other.id, true);
  if (kind == "cast") return ref("CAST", other.id, false);
  if (kind == "transform") return ref("TRANSFORM", other.id, false);
  // The id names the operator as DROP, ALTER and COMMENT do: schema.<(left type, right type).
  if (kind == "operator") return ref("OPERATOR", other.id, true);
  if (!other.definition) return std::nullopt;
  if (kind == "rule") {
    const ast::Node* relation = other.definition->get("relation");
    if (!relation) return std::nullopt;
    return ref("RULE", quote_identifier(other.definition->str("rulename")) + " ON " +
                           quote_qualified(relation->str("schemaname"), relation->str("relname")), false);
  }
  if (other.definition->is("DefineStmt")) {
    std::string_view object_type = other.definition->str("kind");
    if (auto keyword = keyword_of_define(object_type)) {
      bool owned = object_type != "OBJECT_TSPARSER" && object_type != "OBJECT_TSTEMPLATE";
      return ref(*keyword, dotted(other.definition->list("defnames")), owned);
    }
  }
  return std::nullopt;
}

std::optional<std::string> drop_other_object_sql(const OtherObject& other) {
  if (other.kind == "user_mapping" && other.definition) {
    const ast::Node* user = other.definition->get("user");
    std::string role = user && !user->str("rolename").empty() ? sql_role(user->str("rolename")) : "PUBLIC";
    return fmt::format("DROP USER MAPPING FOR {} SERVER {}", role, quote_identifier(other.definition->str("servername")));
  }
  auto ref = other_object_ref(other);
  if (!ref) return std::nullopt;
  return fmt::format("DROP {} {}", ref->keyword, ref->name);
}

}  // namespace pgdrift
