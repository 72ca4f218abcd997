// DO blocks: their PL/pgSQL is read with PostgreSQL's grammar and followed where what it
// does to the schema does not depend on the data or on values computed at run time: its
// SQL statements, EXECUTE of literal text, IF on whether catalog objects exist, and
// BEGIN ... EXCEPTION blocks (undone when an error they catch occurs). A block that does
// more is not followed: a warning, and the catalog keeps the names it mentions as uncertain.
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <string>

#include "analyzer/interpret/catalog_condition.hpp"
#include "analyzer/interpret/handlers.hpp"
#include "parser/plpgsql_parser.hpp"
#include "parser/script_reader.hpp"

namespace pgdrift {
namespace {

// A DO in the text an EXECUTE in a DO runs...: deeper ones are not followed.
constexpr int kMaxDoBlockDepth = 4;
// Nested PL/pgSQL statements (blocks, IFs) followed; every level may copy the catalog.
constexpr int kMaxStatementDepth = 32;
// PL/pgSQL's elog_level for RAISE EXCEPTION (ERROR).
constexpr std::int64_t kErrorLevel = 21;

// Thrown where the block does what cannot be followed; says what.
struct CannotFollow {
  std::string reason;
};

// Thrown at a RETURN: nothing after it runs.
struct Returned {};

// Statements that change no schema, whatever they are run on: data, roles, sessions.
bool is_data_statement(const ast::Node& tree) {
  return tree.is("SelectStmt") || tree.is("InsertStmt") || changes_no_schema(tree.tag().text());
}

std::string_view query_of(const ast::Node* expression) {
  return expression && expression->is("PLpgSQL_expr") ? expression->str("query") : std::string_view{};
}

// Where each line of the DO block's body is in its file.
class BodyLines {
 public:
  BodyLines(const ParsedStatement* statement, std::string_view body) : statement_(statement) {
    if (!statement_ || !statement_->source) return;
    text_ = statement_->source->text;
    std::size_t at = text_.find(body);
    body_start_ = at == std::string_view::npos ? std::string_view::npos : at;
  }

  // The first character of the body's line `lineno` (1-based) that is not blank.
  SourceLocation at(std::int64_t lineno) const {
    if (!statement_) return {};
    SourceLocation where = statement_->where;
    if (body_start_ == std::string_view::npos || lineno < 1) return where;
    std::size_t line_start = body_start_;
    int line = where.line + static_cast<int>(std::count(text_.begin(), text_.begin() + body_start_, '\n'));
    for (std::int64_t n = 1; n < lineno; ++n) {
      std::size_t next = text_.find('\n', line_start);
      if (next == std::string_view::npos) return where;
      line_start = next + 1;
      ++line;
    }
    std::size_t first = text_.find_first_not_of(" \t", line_start);
    if (first == std::string_view::npos) first = line_start;
    std::size_t newline = first == 0 ? std::string_view::npos : text_.rfind('\n', first - 1);
    std::size_t physical_start = newline == std::string_view::npos ? 0 : newline + 1;
    int column = 1;
    for (std::size_t i = physical_start; i < first; ++i) {
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
    }
    if (newline == std::string_view::npos) column += where.column - 1;
    return {where.file, line, column};
  }

 private:
  const ParsedStatement* statement_ = nullptr;
  std::string_view text_;
  std::size_t body_start_ = std::string_view::npos;
};

class Follower {
 public:
  Follower(Context& context, const BodyLines& lines, int depth) : context_(context), lines_(lines), depth_(depth) {}

  void follow_all(std::span<const ast::Node> statements) {
    for (const ast::Node& statement : statements) {
      if (context_.exception_scope && context_.exception_scope->interrupted()) return;
      follow(statement);
    }
  }

 private:
  void follow(const ast::Node& statement) {
    if (depth_ > kMaxStatementDepth) throw CannotFollow{"its statements are nested too deeply"};
    if (statement.is("PLpgSQL_stmt_block")) return block(statement);
    if (statement.is("PLpgSQL_stmt_execsql")) return sql_statement(statement);
    if (statement.is("PLpgSQL_stmt_dynexecute")) return execute(statement);
    if (statement.is("PLpgSQL_stmt_if")) return if_statement(statement);
    if (statement.is("PLpgSQL_stmt_return")) throw Returned{};
    if (changes_nothing(statement)) return;
    throw CannotFollow{fmt::format("{} at line {}", describe(statement), line_of(statement))};
  }

  // The line of the file a PL/pgSQL statement is on.
  int line_of(const ast::Node& statement) const { return lines_.at(statement.integer_or("lineno", 0)).line; }

  static std::string describe(const ast::Node& statement) {
    std::string_view tag = statement.tag().text();
    if (tag.starts_with("PLpgSQL_stmt_")) tag.remove_prefix(13);
    if (tag == "dynexecute") return "EXECUTE of text built at run time";
    if (tag == "fori" || tag == "fors" || tag == "forc" || tag == "foreach_a" || tag == "dynfors" || tag == "loop" ||
        tag == "while") {
      return "a loop";
    }
    return fmt::format("a {} statement", tag);
  }

  // RAISE, assignments, PERFORM of functions (taken to change data), data statements, and
  // anything made only of those. Not RETURN: what follows it does not run.
  bool changes_nothing(const ast::Node& statement) const {
    if (statement.is("PLpgSQL_stmt_raise") || statement.is("PLpgSQL_stmt_assign") || statement.is("PLpgSQL_stmt_perform") ||
        statement.is("PLpgSQL_stmt_getdiag") || statement.is("PLpgSQL_stmt_assert") ||
        statement.is("PLpgSQL_stmt_open") || statement.is("PLpgSQL_stmt_fetch") || statement.is("PLpgSQL_stmt_close")) {
      return true;
    }
    // EXIT and CONTINUE without a label leave the innermost loop; one with a label may skip
    // what follows in an outer block.
    if (statement.is("PLpgSQL_stmt_exit")) return statement.str("label").empty();
    if (statement.is("PLpgSQL_stmt_execsql")) {
      if (statement.flag("into")) return true;
      auto script = parse_sql(query_of(statement.get("sqlstmt")));
      return script && std::all_of(script->statements.begin(), script->statements.end(),
                                   [](const ParsedStatement& s) { return s.tree && is_data_statement(*s.tree); });
    }
    if (statement.is("PLpgSQL_stmt_block") && statement.get("exceptions")) return false;
    for (std::string_view list : {"body", "then_body", "else_body", "else_stmts"}) {
      for (const ast::Node& inner : statement.list(list)) {
        if (!changes_nothing(inner)) return false;
      }
    }
    for (const ast::Node& elsif : statement.list("elsif_list")) {
      for (const ast::Node& inner : elsif.list("stmts")) {
        if (!changes_nothing(inner)) return false;
      }
    }
    for (const ast::Node& when : statement.list("case_when_list")) {
      for (const ast::Node& inner : when.list("stmts")) {
        if (!changes_nothing(inner)) return false;
      }
    }
    static constexpr std::string_view kCompound[] = {"PLpgSQL_stmt_block", "PLpgSQL_stmt_if", "PLpgSQL_stmt_case",
                                                     "PLpgSQL_stmt_loop", "PLpgSQL_stmt_while", "PLpgSQL_stmt_fori",
                                                     "PLpgSQL_stmt_fors", "PLpgSQL_stmt_forc", "PLpgSQL_stmt_foreach_a",
                                                     "PLpgSQL_stmt_dynfors"};
    return std::any_of(std::begin(kCompound), std::end(kCompound), [&](std::string_view tag) { return statement.is(tag); });
  }

  // The statements of SQL text, or nothing when it does not parse.
  std::shared_ptr<ParsedScript> parse_sql(std::string_view sql) const {
    auto script = std::make_shared<ParsedScript>(read_script_text(context_.here().file.str(), std::string(sql)));
    bool errors = std::any_of(script->diagnostics.begin(), script->diagnostics.end(),
                              [](const Diagnostic& d) { return d.severity == Severity::error; });
    return errors ? nullptr : script;
  }

  // Applies SQL text as if it stood at `where`; its script is kept, as objects may point into it.
  void apply_sql(std::string_view sql, SourceLocation where) {
    auto script = parse_sql(sql);
    if (!script) throw CannotFollow{fmt::format("its SQL at line {} does not parse", where.line)};
    const ParsedStatement* outer = context_.statement;
    for (const ParsedStatement& statement : script->statements) {
      if (context_.exception_scope && context_.exception_scope->interrupted()) break;
      if (!statement.tree || is_data_statement(*statement.tree)) continue;
      ParsedStatement located = statement;
      located.where = where;
      context_.statement = &located;
      apply_statement(context_, *statement.tree);
    }
    context_.statement = outer;
    context_.catalog.sources.push_back(std::move(script));
  }

  void sql_statement(const ast::Node& statement) {
    if (changes_nothing(statement)) return;
    apply_sql(query_of(statement.get("sqlstmt")), lines_.at(statement.integer_or("lineno", 0)));
  }

  // EXECUTE of a string literal, or of literals joined with ||.
  void execute(const ast::Node& statement) {
    if (statement.get("into") || !statement.list("params").empty()) {
      throw CannotFollow{fmt::format("EXECUTE ... INTO or USING at line {}", line_of(statement))};
    }
    auto script = parse_sql("SELECT " + std::string(query_of(statement.get("query"))));
    std::optional<std::string> text;
    if (script && script->statements.size() == 1 && script->statements[0].tree) {
      auto targets = script->statements[0].tree->list("targetList");
      if (targets.size() == 1 && targets[0].get("val")) text = literal_text(*targets[0].get("val"));
    }
    if (!text) throw CannotFollow{fmt::format("EXECUTE of text built at run time at line {}", line_of(statement))};
    apply_sql(*text, lines_.at(statement.integer_or("lineno", 0)));
  }

  static std::optional<std::string> literal_text(const ast::Node& expression) {
    if (expression.is("A_Const")) {
      const ast::Node* text = expression.get("sval");
      return text ? std::optional<std::string>(std::string(text->str("sval"))) : std::nullopt;
    }
    auto name = expression.list("name");
    if (!expression.is("A_Expr") || name.size() != 1 || name[0].string_value() != "||") return std::nullopt;
    const ast::Node* left = expression.get("lexpr");
    const ast::Node* right = expression.get("rexpr");
    if (!left || !right) return std::nullopt;
    auto left_text = literal_text(*left);
    auto right_text = literal_text(*right);
    if (!left_text || !right_text) return std::nullopt;
    return *left_text + *right_text;
  }

  void if_statement(const ast::Node& statement) {
    if (changes_nothing(statement)) return;
    if (condition_holds(statement)) return nested(statement.list("then_body"));
    for (const ast::Node& elsif : statement.list("elsif_list")) {
      if (condition_holds(elsif)) return nested(elsif.list("stmts"));
    }
    nested(statement.list("else_body"));
  }

  bool condition_holds(const ast::Node& branch) const {
    std::string_view condition = query_of(branch.get("cond"));
    auto script = parse_sql("SELECT " + std::string(condition));
    std::optional<bool> value;
    if (script && script->statements.size() == 1 && script->statements[0].tree) {
      auto targets = script->statements[0].tree->list("targetList");
      if (targets.size() == 1 && targets[0].get("val")) value = evaluate_catalog_condition(context_, *targets[0].get("val"));
    }
    if (!value) throw CannotFollow{fmt::format("its IF condition at line {} asks more than the catalog", line_of(branch))};
    return *value;
  }

  void nested(std::span<const ast::Node> statements) {
    Follower inner(context_, lines_, depth_ + 1);
    inner.follow_all(statements);
  }

  // A handler that may raise an error (again) lets it through: it is taken to catch nothing.
  static bool raises(std::span<const ast::Node> statements) {
    return std::any_of(statements.begin(), statements.end(), [](const ast::Node& statement) { return raises(statement); });
  }

  static bool raises(const ast::Node& node) {
    if (node.is("PLpgSQL_stmt_raise") && node.integer_or("elog_level", 0) >= kErrorLevel) return true;
    if (node.kind() == ast::Kind::list) return raises(node.items());
    return std::any_of(node.fields().begin(), node.fields().end(), [](const ast::Field& field) { return raises(field.value); });
  }

  void block(const ast::Node& statement) {
    const ast::Node* exceptions = statement.get("exceptions");
    if (!exceptions) return nested(statement.list("body"));
    auto handlers = exceptions->list("exc_list");
    ExceptionScope scope;
    scope.outer = context_.exception_scope;
    for (const ast::Node& handler : handlers) {
      ExceptionScope::Handler& added = scope.handlers.emplace_back();
      added.raises = raises(handler.list("action"));
      for (const ast::Node& condition : handler.list("conditions")) added.conditions.emplace_back(condition.str("condname"));
    }
    // PostgreSQL undoes the block's changes when one of its handlers catches an error: it is
    // followed on a copy of the catalog, kept unless that happens.
    Catalog copy = context_.catalog;
    Diagnostics said;
    Context inner(context_, copy, said);
    inner.exception_scope = &scope;
    bool returned = false;
    try {
      Follower(inner, lines_, depth_ + 1).follow_all(statement.list("body"));
    } catch (const Returned&) {
      returned = true;  // the block ends without error: what it did stays
    }
    if (scope.caught) {
      for (Diagnostic& diagnostic : said) {
        if (diagnostic.severity == Severity::error) context_.diagnostics.push_back(std::move(diagnostic));
      }
      const ExceptionScope::Handler* handler = scope.handler_for(*scope.caught);
      return nested(handlers[handler - scope.handlers.data()].list("action"));
    }
    context_.catalog = std::move(copy);
    context_.search_path = inner.search_path;
    for (Diagnostic& diagnostic : said) context_.diagnostics.push_back(std::move(diagnostic));
    if (returned) throw Returned{};
  }

  Context& context_;
  const BodyLines& lines_;
  int depth_;
};

struct DoArguments {
  std::string_view body;
  std::string_view language = "plpgsql";
};

DoArguments do_arguments(const ast::Node& statement) {
  DoArguments arguments;
  for (const ast::Node& argument : statement.list("args")) {
    const ast::Node* value = argument.get("arg");
    if (!value) continue;
    if (argument.str("defname") == "as") arguments.body = value->string_value();
    if (argument.str("defname") == "language") arguments.language = value->string_value();
  }
  return arguments;
}

void not_followed(Context& context, const std::string& reason) {
  context.warn(fmt::format("DO block: {}; its effects on the schema cannot be followed without running it; "
                           "objects it names are uncertain",
                           reason));
  std::string_view text = context.statement && context.statement->source ? context.statement->source->text : "";
  context.catalog.unfollowed.push_back(unfollowed_statement(context.here(), text));
}

}  // namespace

void do_block(Context& context, const ast::Node& statement) {
  DoArguments arguments = do_arguments(statement);
  if (arguments.language != "plpgsql") return not_followed(context, fmt::format("it is in language {}", arguments.language));
  if (context.do_block_depth >= kMaxDoBlockDepth) return not_followed(context, "it is nested in too many other DO blocks");
  ast::Arena arena;
  PlpgsqlParse parse = parse_plpgsql_body(arguments.body, arena);
  const ast::Node* action = parse.function ? parse.function->get("action") : nullptr;
  if (!action) return not_followed(context, fmt::format("its PL/pgSQL does not parse ({})", parse.error.value_or("no body")));
  // Followed on a copy, kept only when the whole block could be followed.
  Catalog copy = context.catalog;
  Diagnostics said;
  Context inner(context, copy, said);
  inner.do_block_depth = context.do_block_depth + 1;
  BodyLines lines(context.statement, arguments.body);
  try {
    Follower(inner, lines, 0).follow_all(std::span<const ast::Node>(action, 1));
  } catch (const Returned&) {
  } catch (const CannotFollow& cannot) {
    return not_followed(context, cannot.reason);
  }
  context.catalog = std::move(copy);
  context.search_path = inner.search_path;
  for (Diagnostic& diagnostic : said) context.diagnostics.push_back(std::move(diagnostic));
}

}  // namespace pgdrift
