#include "parser/deparser.hpp"

#include <pg_query.h>
#include <protobuf-c/protobuf-c.h>

#include <cctype>
#include <cstring>
#include <memory_resource>
#include <unordered_map>
#include <vector>

extern "C" {
extern const ProtobufCMessageDescriptor pg_query__parse_result__descriptor;
extern const ProtobufCMessageDescriptor pg_query__raw_stmt__descriptor;
extern const ProtobufCMessageDescriptor pg_query__node__descriptor;
extern const ProtobufCMessageDescriptor pg_query__string__descriptor;
}

namespace pgdrift {
namespace {

// Field names in libpg_query's JSON ("tableElts") and protobuf ("table_elts") differ only by
// case and underscores.
std::string folded(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c != '_') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

const ProtobufCFieldDescriptor* field_named(const ProtobufCMessageDescriptor* descriptor, std::string_view name) {
  if (name == "base") name = "base_stmt";  // CreateForeignTableStmt: the one field whose names differ otherwise
  std::string key = folded(name);
  for (unsigned i = 0; i < descriptor->n_fields; ++i) {
    if (folded(descriptor->fields[i].name) == key) return &descriptor->fields[i];
  }
  return nullptr;
}

// The Node oneof member that holds a given node type ("RangeVar" -> range_var).
const ProtobufCFieldDescriptor* node_member(std::string_view tag) {
  static const auto members = [] {
    std::unordered_map<std::string, const ProtobufCFieldDescriptor*> map;
    const ProtobufCMessageDescriptor* node = &pg_query__node__descriptor;
    for (unsigned i = 0; i < node->n_fields; ++i) {
      auto* message = static_cast<const ProtobufCMessageDescriptor*>(node->fields[i].descriptor);
      std::string_view full_name = message ? message->name : "";  // "pg_query.A_Const"
      if (message) map[std::string(full_name.substr(full_name.find('.') + 1))] = &node->fields[i];
    }
    return map;
  }();
  auto found = members.find(std::string(tag));
  return found == members.end() ? nullptr : found->second;
}

// Protobuf cannot tell an empty string from an absent one, and libpg_query reads both back
// as NULL into a node's char* fields: "ADD VALUE '' AFTER 'x'" would crash its deparser,
// "BEFORE ''" would silently vanish. Empty strings there travel as this marker instead,
// removed from the deparsed text. (String nodes keep "": the deparser reads them back as
// such, and chooses between '' and an identifier by their content.)
constexpr std::string_view kEmptyString = "\x1fpgdrift-empty-string\x1f";

std::string without_empty_string_markers(std::string text) {
  for (std::size_t at = text.find(kEmptyString); at != std::string::npos; at = text.find(kEmptyString, at)) {
    text.erase(at, kEmptyString.size());
  }
  return text;
}

// Builds protobuf-c messages in memory from our trees; everything lives in one arena.
class MessageBuilder {
 public:
  ProtobufCMessage* message(const ProtobufCMessageDescriptor* descriptor, const ast::Node& object) {
    if (descriptor == &pg_query__node__descriptor) return node(object);
    auto* message = static_cast<ProtobufCMessage*>(allocate(descriptor->sizeof_message));
    protobuf_c_message_init(descriptor, message);
    default_enums(descriptor, message);
    for (const ast::Field& field : object.fields()) {
      if (const ProtobufCFieldDescriptor* f = field_named(descriptor, field.name())) set(message, f, field.value);
    }
    return message;
  }

  ProtobufCMessage* node(const ast::Node& value) {
    auto* message = static_cast<ProtobufCMessage*>(allocate(pg_query__node__descriptor.sizeof_message));
    protobuf_c_message_init(&pg_query__node__descriptor, message);
    const ProtobufCFieldDescriptor* member = value.kind() == ast::Kind::object ? node_member(value.text()) : nullptr;
    if (!member) return message;  // an empty node: NULL in PostgreSQL's tree
    auto* inner = static_cast<const ProtobufCMessageDescriptor*>(member->descriptor);
    at<ProtobufCMessage*>(message, member->offset) = this->message(inner, value);
    at<uint32_t>(message, member->quantifier_offset) = member->id;
    return message;
  }

 private:
  std::pmr::monotonic_buffer_resource memory_;

  void* allocate(std::size_t size) {
    void* block = memory_.allocate(size, alignof(std::max_align_t));
    std::memset(block, 0, size);
    return block;
  }

  // libpg_query's JSON leaves out enum fields whose C value is 0; its protobuf enums number
  // the same values from 1 (0 is "undefined").
  static void default_enums(const ProtobufCMessageDescriptor* descriptor, ProtobufCMessage* message) {
    for (unsigned i = 0; i < descriptor->n_fields; ++i) {
      const ProtobufCFieldDescriptor& f = descriptor->fields[i];
      if (f.type == PROTOBUF_C_TYPE_ENUM && f.label != PROTOBUF_C_LABEL_REPEATED) at<int>(message, f.offset) = 1;
    }
  }

  template <typename T>
  static T& at(void* base, unsigned offset) {
    return *reinterpret_cast<T*>(static_cast<char*>(base) + offset);
  }

  char* string(std::string_view text) {
    char* copy = static_cast<char*>(allocate(text.size() + 1));
    if (!text.empty()) std::memcpy(copy, text.data(), text.size());
    return copy;
  }

  static std::string_view string_value(const ProtobufCMessage* owner, const ast::Node& value) {
    if (value.kind() != ast::Kind::string) return {};
    bool marked = value.text().empty() && owner->descriptor != &pg_query__string__descriptor;
    return marked ? kEmptyString : value.text();
  }

  void set(ProtobufCMessage* message, const ProtobufCFieldDescriptor* f, const ast::Node& value) {
    if (f->label == PROTOBUF_C_LABEL_REPEATED) return set_repeated(message, f, value);
    if (f->flags & PROTOBUF_C_FIELD_FLAG_ONEOF) at<uint32_t>(message, f->quantifier_offset) = f->id;
    set_scalar(static_cast<char*>(static_cast<void*>(message)) + f->offset, message, f, value);
  }

  void set_repeated(ProtobufCMessage* message, const ProtobufCFieldDescriptor* f, const ast::Node& value) {
    std::span<const ast::Node> items = value.kind() == ast::Kind::list ? value.items() : std::span<const ast::Node>(&value, 1);
    std::size_t element_size = element_bytes(f);
    char* elements = static_cast<char*>(allocate(element_size * items.size() + 1));
    for (std::size_t i = 0; i < items.size(); ++i) set_scalar(elements + i * element_size, message, f, items[i]);
    at<std::size_t>(message, f->quantifier_offset) = items.size();
    at<void*>(message, f->offset) = elements;
  }

  static std::size_t element_bytes(const ProtobufCFieldDescriptor* f) {
    switch (f->type) {
      case PROTOBUF_C_TYPE_INT64: case PROTOBUF_C_TYPE_UINT64: case PROTOBUF_C_TYPE_SINT64:
      case PROTOBUF_C_TYPE_FIXED64: case PROTOBUF_C_TYPE_SFIXED64: case PROTOBUF_C_TYPE_DOUBLE:
        return 8;
      case PROTOBUF_C_TYPE_STRING: case PROTOBUF_C_TYPE_MESSAGE:
        return sizeof(void*);
      case PROTOBUF_C_TYPE_BYTES:
        return sizeof(ProtobufCBinaryData);
      default:
        return 4;
    }
  }

  void set_scalar(char* slot, const ProtobufCMessage* owner, const ProtobufCFieldDescriptor* f, const ast::Node& value) {
    switch (f->type) {
      case PROTOBUF_C_TYPE_MESSAGE: {
        auto* descriptor = static_cast<const ProtobufCMessageDescriptor*>(f->descriptor);
        *reinterpret_cast<ProtobufCMessage**>(slot) = message(descriptor, value);
        break;
      }
      case PROTOBUF_C_TYPE_STRING:
        *reinterpret_cast<char**>(slot) = string(string_value(owner, value));
        break;
      case PROTOBUF_C_TYPE_BOOL:
        *reinterpret_cast<protobuf_c_boolean*>(slot) = value.boolean();
        break;
      case PROTOBUF_C_TYPE_ENUM: {
        auto* descriptor = static_cast<const ProtobufCEnumDescriptor*>(f->descriptor);
        const ProtobufCEnumValue* named = protobuf_c_enum_descriptor_get_value_by_name(descriptor, std::string(value.text()).c_str());
        *reinterpret_cast<int*>(slot) = named ? named->value : 0;
        break;
      }
      case PROTOBUF_C_TYPE_INT64: case PROTOBUF_C_TYPE_UINT64: case PROTOBUF_C_TYPE_SINT64:
        *reinterpret_cast<int64_t*>(slot) = value.integer();
        break;
      case PROTOBUF_C_TYPE_DOUBLE:
        *reinterpret_cast<double*>(slot) = static_cast<double>(value.integer());
        break;
      case PROTOBUF_C_TYPE_FLOAT:
        *reinterpret_cast<float*>(slot) = static_cast<float>(value.integer());
        break;
      default:  // 32-bit integers
        *reinterpret_cast<int32_t*>(slot) = static_cast<int32_t>(value.integer());
    }
  }
};

std::optional<std::string> deparse_raw_statement(const ast::Node& statement) {
  MessageBuilder builder;
  const ast::Field raw_fields[] = {{"stmt", statement}};
  const ast::Node raws[] = {ast::Node::object_node({}, raw_fields)};
  const ast::Field result_fields[] = {{"version", ast::Node::integer_node(PG_VERSION_NUM)},
                                      {"stmts", ast::Node::list_node(raws)}};
  ast::Node result = ast::Node::object_node({}, result_fields);

  ProtobufCMessage* message = builder.message(&pg_query__parse_result__descriptor, result);
  std::vector<uint8_t> bytes(protobuf_c_message_get_packed_size(message));
  protobuf_c_message_pack(message, bytes.data());
  PgQueryProtobuf protobuf{bytes.size(), reinterpret_cast<char*>(bytes.data())};
  PgQueryDeparseResult deparsed = pg_query_deparse_protobuf(protobuf);
  std::optional<std::string> text;
  if (!deparsed.error && deparsed.query) text = without_empty_string_markers(deparsed.query);
  pg_query_free_deparse_result(deparsed);
  return text;
}

}  // namespace

std::optional<std::string> deparse_statement(const ast::Node& statement) { return deparse_raw_statement(statement); }

std::optional<std::string> deparse_expression(const ast::Node& expression) {
  // SELECT <expression>, then without the SELECT.
  const ast::Field target_fields[] = {{"val", expression}};
  const ast::Node targets[] = {ast::Node::object_node(ast::Name("ResTarget"), target_fields)};
  const ast::Field select_fields[] = {{"targetList", ast::Node::list_node(targets)},
                                      {"op", ast::Node::string_node("SETOP_NONE")}};
  ast::Node select = ast::Node::object_node(ast::Name("SelectStmt"), select_fields);
  std::optional<std::string> text = deparse_raw_statement(select);
  if (!text || !text->starts_with("SELECT ")) return std::nullopt;
  return text->substr(7);
}

}  // namespace pgdrift
