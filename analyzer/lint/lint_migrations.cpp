#include "analyzer/lint/lint_migrations.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <optional>
#include <span>

#include "analyzer/interpret/interpreter.hpp"
#include "analyzer/lint/created_later.hpp"
#include "analyzer/lint/dependents_upkeep.hpp"
#include "analyzer/lint/file_end_context.hpp"
#include "analyzer/lint/ignore_directives.hpp"
#include "analyzer/lint/interpreter_errors.hpp"
#include "analyzer/lint/lint_rule.hpp"
#include "analyzer/lint/schema_changes.hpp"
#include "analyzer/lint/schema_lint.hpp"
#include "analyzer/lint/statement_context.hpp"
#include "analyzer/lint/statement_shapes.hpp"
#include "analyzer/migrations/migration_directory.hpp"
#include "analyzer/model/object_id.hpp"
#include "analyzer/pipeline/load_schema.hpp"
#include "analyzer/pipeline/migration_project.hpp"
#include "analyzer/platform/platform_ground.hpp"
#include "analyzer/references/name_search.hpp"
#include "parser/git_blob_reader.hpp"
#include "parser/script_reader.hpp"

namespace fs = std::filesystem;

namespace pgdrift {
namespace {

// Where the catalog each file starts from comes from: a replayed migration directory, or
// one catalog (the --schema dump, the platform's ground, or nothing).
struct LintContext {
  std::optional<ReplayedProject> project;
  Catalog start;
  const KnownGround* known = nullptr;
  std::vector<std::string> search_path{"public"};
  bool supabase = false;
  std::optional<bool> transaction_per_file;  // the [lint] setting; unset: as the platform does
  const LintRequest* request = nullptr;

  bool runs(const LintRule& rule) const {
    return !request->disabled_rules.contains(std::string(rule.id));
  }
  bool wraps_files_in_transaction() const { return transaction_per_file.value_or(supabase); }
};

std::string canonical(const std::string& path) {
  std::error_code error;
  fs::path resolved = fs::weakly_canonical(path, error);
  return error ? path : resolved.string();
}

// A file named on the command line: its version is what its name starts with
// (20240101120000_x.sql, V3__x.sql, 0003_x.up.sql), or empty.
MigrationFile single_file(const std::string& path) {
  MigrationFile file;
  file.path = path;
  std::string stem = fs::path(path).filename().string();
  if (stem.starts_with("V")) stem.erase(0, 1);
  std::size_t digits = 0;
  while (digits < stem.size() &&
         (std::isdigit(static_cast<unsigned char>(stem[digits])) || stem[digits] == '.'))
    ++digits;
  if (digits > 0 && digits < stem.size() && stem[digits] == '_')
    file.version = stem.substr(0, digits);
  file.name = fs::path(path).stem().string();
  return file;
}

std::vector<MigrationFile> files_to_lint(const std::vector<std::string>& inputs) {
  std::vector<MigrationFile> files;
  for (const std::string& input : inputs) {
    if (fs::is_directory(input)) {
      for (MigrationFile& file : read_migration_directory(input).files)
        files.push_back(std::move(file));
    } else {
      files.push_back(single_file(input));
    }
  }
  std::stable_sort(files.begin(), files.end(), [](const MigrationFile& a, const MigrationFile& b) {
    return !a.version.empty() && !b.version.empty() && version_less(a.version, b.version);
  });
  return files;
}

// Whether the files are one directory linted on itself: each file then starts where the one
// before it ended, one catalog carried through all of them (no replay, no copies).
bool chained(const LintRequest& request) {
  return request.migrations.empty() && request.since.empty() && request.inputs.size() == 1 &&
         fs::is_directory(request.inputs.front());
}

// The directory whose older migrations give each file its context: --migrations, or the
// first directory given to lint.
std::string context_directory(const LintRequest& request) {
  if (!request.migrations.empty()) return request.migrations;
  for (const std::string& input : request.inputs) {
    if (fs::is_directory(input)) return input;
  }
  return {};
}

bool supabase_files(const LintRequest& request, const std::vector<MigrationFile>& files) {
  if (request.platform != "auto") return request.platform == "supabase";
  return !files.empty() &&
         is_supabase_directory(fs::path(files.front().path).parent_path().string(), files);
}

LintContext make_context(const LintRequest& request, const std::vector<MigrationFile>& files,
                         LintResult& result) {
  LintContext context;
  context.request = &request;
  context.transaction_per_file = request.transaction_per_file;
  if (request.platform != "none") context.known = known_ground("supabase");
  std::string directory = chained(request) ? std::string() : context_directory(request);
  if (!directory.empty()) {
    context.project = replay_project(directory, {request.platform, request.schema});
    context.supabase = context.project->platform == "supabase";
    context.search_path = context.project->search_path;
    for (const Diagnostic& diagnostic : context.project->diagnostics)
      result.notes.push_back(diagnostic);
    return context;
  }
  if (!request.schema.empty()) {
    LoadedSchema schema = load_schema(request.schema);
    context.start = std::move(schema.catalog);
    for (const Diagnostic& diagnostic : schema.diagnostics) result.notes.push_back(diagnostic);
  }
  context.supabase = supabase_files(request, files);
  if (context.supabase && request.schema.empty()) {
    std::shared_ptr<const Catalog> ground = context.known->platform();
    context.start = *ground;
    context.start.grounds = {ground};
    context.search_path = context.known->search_path();
    for (const std::string& schema : context.search_path) {
      if (schema != "public") context.start.search_path_schemas.push_back(schema);
    }
  }
  return context;
}

// The root of the git work tree holding `path`, or empty.
fs::path work_tree_of(const fs::path& path) {
  for (fs::path dir = fs::absolute(path).parent_path(); !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / ".git")) return dir;
    if (dir == dir.parent_path()) break;
  }
  return {};
}

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Whether the file is new or differs from its version at the revision.
bool changed_since(const std::string& revision, const MigrationFile& file) {
  fs::path root = work_tree_of(file.path);
  if (root.empty()) return true;
  std::string relative =
      fs::relative(fs::weakly_canonical(file.path), fs::weakly_canonical(root)).generic_string();
  std::optional<std::string> old = read_git_blob(revision + ":" + relative);
  return !old || *old != file_text(file.path);
}

void keep_changed_since(const std::string& revision, std::vector<MigrationFile>& files) {
  if (!git_revision_exists(revision)) {
    throw InputError({Severity::error,
                      {FileName("--since"), 0, 0},
                      fmt::format("no such git revision here: {}", revision)});
  }
  std::erase_if(files, [&](const MigrationFile& file) { return !changed_since(revision, file); });
}

// The catalog just before the file: after the migration before it in the context directory,
// or after every migration of the directory older than it.
const Catalog& catalog_before(const LintContext& context, const MigrationFile& file) {
  if (!context.project) return context.start;
  const std::vector<ReplayedMigration>& migrations = context.project->replay.migrations;
  std::string path = canonical(file.path);
  for (std::size_t i = 0; i < migrations.size(); ++i) {
    if (canonical(migrations[i].file.path) == path)
      return i == 0 ? context.project->start : *migrations[i - 1].after;
  }
  if (file.version.empty()) return context.project->replay.result;
  const Catalog* before = &context.project->start;
  for (const ReplayedMigration& migration : migrations) {
    if (version_less(migration.file.version, file.version)) before = migration.after.get();
  }
  return *before;
}

// The catalog once every migration of the context directory has run, when the file is one of
// them and not the last; null otherwise.
const Catalog* catalog_after_all(const LintContext& context, const MigrationFile& file) {
  if (!context.project) return nullptr;
  const std::vector<ReplayedMigration>& migrations = context.project->replay.migrations;
  std::string path = canonical(file.path);
  for (std::size_t i = 0; i + 1 < migrations.size(); ++i) {
    if (canonical(migrations[i].file.path) == path) return &context.project->replay.result;
  }
  return nullptr;
}

// The name of the routine a statement creates or replaces, or empty.
std::string routine_defined(const ast::Node& tree) {
  if (!tree.is("CreateFunctionStmt")) return {};
  auto names = tree.list("funcname");
  return names.empty() ? std::string() : std::string(names.back().string_value());
}

bool is_transaction_start(const ast::Node& tree) {
  std::string_view kind = tree.str("kind");
  return tree.is("TransactionStmt") && (kind == "TRANS_STMT_BEGIN" || kind == "TRANS_STMT_START");
}

bool is_transaction_end(const ast::Node& tree) {
  std::string_view kind = tree.str("kind");
  return tree.is("TransactionStmt") &&
         (kind == "TRANS_STMT_COMMIT" || kind == "TRANS_STMT_ROLLBACK" ||
          kind == "TRANS_STMT_COMMIT_PREPARED" || kind == "TRANS_STMT_ROLLBACK_PREPARED");
}

// A file that writes its own BEGIN manages its own transactions: the platform does not wrap it.
bool manages_own_transaction(const ParsedScript& script) {
  return std::any_of(
      script.statements.begin(), script.statements.end(),
      [](const ParsedStatement& s) { return s.tree && is_transaction_start(*s.tree); });
}

// What the statement does to the file's state, recorded before it is applied.
void track(const ast::Node& tree, const Context& session, FileState& state) {
  if (tree.is("CreateStmt") || tree.is("CreateTableAsStmt")) {
    const ast::Node* relation = tree.is("CreateStmt") ? tree.get("relation")
                                : tree.get("into")    ? tree.get("into")->get("rel")
                                                      : nullptr;
    if (relation) state.created_tables.insert(session.name_for_creation(*relation));
  }
  if (std::string routine = routine_defined(tree); !routine.empty()) {
    state.routines_defined_later.erase(state.routines_defined_later.find(routine));
  }
  if (tree.is("AlterTableStmt") && tree.get("relation")) {
    QualifiedName table = session.resolve_relation(*tree.get("relation"));
    for (const ast::Node& command : tree.list("cmds")) {
      const ast::Node* constraint = command.get("def");
      if (command.str("subtype") == "AT_AddConstraint" && constraint &&
          constraint->flag("skip_validation")) {
        state.added_not_valid.insert(member_id(table, std::string(constraint->str("conname"))));
      }
    }
  }
  if (is_transaction_start(tree)) ++state.open_transactions;
  if (is_transaction_end(tree) && state.open_transactions > 0) --state.open_transactions;
}

void sort_by_position(std::vector<Finding>& findings, std::size_t from) {
  std::stable_sort(findings.begin() + static_cast<std::ptrdiff_t>(from), findings.end(),
                   [](const Finding& a, const Finding& b) {
                     return std::pair(a.where.line, a.where.column) <
                            std::pair(b.where.line, b.where.column);
                   });
}

// The level a finding is reported at: the rule's, or the one the settings give it; findings of
// rules turned off (unused-ignore included) are dropped.
void apply_rule_settings(const LintRequest& request, std::vector<Finding>& findings,
                         std::size_t from) {
  auto first = findings.begin() + static_cast<std::ptrdiff_t>(from);
  findings.erase(
      std::remove_if(first, findings.end(),
                     [&](const Finding& f) { return request.disabled_rules.contains(f.rule); }),
      findings.end());
  for (auto it = findings.begin() + static_cast<std::ptrdiff_t>(from); it != findings.end(); ++it) {
    auto level = request.rule_levels.find(it->rule);
    if (level != request.rule_levels.end()) it->level = level->second;
  }
}

// What a file is linted between: `before` is what the rules that look at the whole file compare
// the end with (its routines are `routines_before`), `later` what the migrations after the file
// make (null: none); `api_roles` whether the catalog the file starts from grants to the API roles.
struct FileSurroundings {
  const Catalog& before;
  const std::map<std::string, Routine>& routines_before;
  const Catalog* later;
  bool api_roles;
};

// The rules that look at the file once all of it is applied; their findings go through the
// ignore comments of the statement each is located at.
void lint_file_end(const ParsedScript& script, const FileSurroundings& around,
                   const Context& session, const LintContext& context,
                   std::vector<IgnoreDirective>& directives, std::vector<Finding>& out) {
  std::vector<StatementFinding> found;
  FileEndContext file_end(script, around.before, around.routines_before, session, around.later,
                          found);
  for (const LintRule& rule : lint_rules()) {
    if (!rule.at_file_end || !context.runs(rule)) continue;
    file_end.set_rule(rule);
    rule.at_file_end(file_end);
  }
  for (auto& [statement, finding] : found) {
    std::vector<Finding> one{std::move(finding)};
    apply_ignore_directives(directives, static_cast<int>(statement), one);
    for (Finding& kept : one) out.push_back(std::move(kept));
  }
}

// Lints one file, applying it to `catalog` (which ends as the catalog after the file); the
// index of what uses which table, `dependents`, follows the catalog.
void lint_file(const std::shared_ptr<ParsedScript>& script, Catalog& catalog,
               DependentsIndex& dependents, const FileSurroundings& around,
               const LintContext& context, LintResult& result) {
  for (const Diagnostic& diagnostic : script->diagnostics) {
    (diagnostic.severity == Severity::error ? result.errors : result.notes).push_back(diagnostic);
  }
  Diagnostics replay_diagnostics;
  Interpreter interpreter(catalog, replay_diagnostics, /*strict=*/true, context.known);
  interpreter.set_search_path(context.search_path);
  interpreter.set_dependents(&dependents);
  FileState state;
  state.wrapped_in_transaction =
      context.wraps_files_in_transaction() && !manages_own_transaction(*script);
  for (const ParsedStatement& statement : script->statements) {
    if (statement.tree && !routine_defined(*statement.tree).empty())
      state.routines_defined_later.insert(routine_defined(*statement.tree));
  }
  std::vector<IgnoreDirective> directives = read_ignore_directives(*script);
  SchemaLintOptions schema_options{context.request->exposed_schemas,
                                   context.supabase || around.api_roles};
  std::size_t first = result.findings.size();
  AddedSchemaFindings added_schema_findings;
  for (std::size_t i = 0; i < script->statements.size(); ++i) {
    const ParsedStatement& statement = script->statements[i];
    if (statement.tree) {
      std::vector<Finding> found;
      StatementContext statement_context(statement, interpreter.context(), state, dependents,
                                         found);
      for (const LintRule& rule : lint_rules()) {
        if (!rule.check || !context.runs(rule)) continue;
        statement_context.set_rule(rule);
        rule.check(statement_context);
      }
      track(*statement.tree, interpreter.context(), state);
      SchemaChanges schema_changes(*statement.tree, interpreter.context(), schema_options);
      DependentsUpkeep upkeep(statement.tree, interpreter.context());
      std::size_t said = replay_diagnostics.size();
      interpreter.apply(std::span(&statement, 1));
      upkeep.follow(dependents);
      added_schema_findings.follow(schema_changes);
      for (SchemaFinding& added : schema_changes.added(catalog, statement.where)) {
        std::vector<Finding> one{added.finding};
        apply_ignore_directives(directives, static_cast<int>(i), one);
        if (!one.empty()) added_schema_findings.add(std::move(added));
      }
      for (const LintRule& rule : lint_rules()) {
        if (!rule.after || !context.runs(rule)) continue;
        statement_context.set_rule(rule);
        rule.after(statement_context, std::span(replay_diagnostics).subspan(said));
      }
      apply_ignore_directives(directives, static_cast<int>(i), found);
      result.findings.insert(result.findings.end(), found.begin(), found.end());
    } else {
      interpreter.apply(std::span(&statement, 1));
      dependents.forget_all();
    }
  }
  lint_file_end(*script, around, interpreter.context(), context, directives, result.findings);
  interpreter.keep_source(script);
  for (Finding& added : added_schema_findings.added_by_file(around.before, catalog, schema_options))
    result.findings.push_back(std::move(added));
  for (Finding& unused : unused_ignores(directives)) result.findings.push_back(std::move(unused));
  apply_rule_settings(*context.request, result.findings, first);
  sort_by_position(result.findings, first);
  // What PostgreSQL would refuse is the rules' to report (undefined-object); the rest is said as
  // is.
  for (Diagnostic& diagnostic : replay_diagnostics) {
    if (diagnostic.severity != Severity::error || !is_undefined_object(diagnostic))
      result.notes.push_back(std::move(diagnostic));
  }
}

// Whether no statement of the script can add, remove, replace or rewrite a routine, or change
// what the schema rules say of one (a rename rewrites the bodies that read what it renames, a
// GRANT changes who may run it): the routines before the file are then those after it, and
// need no copy.
bool leaves_routines(const ParsedScript& script) {
  static const std::set<std::string_view> kLeaving{
      "CreateStmt",      "AlterTableStmt",  "IndexStmt", "CommentStmt",    "CreatePolicyStmt",
      "AlterPolicyStmt", "TransactionStmt", "ViewStmt",  "VariableSetStmt"};
  return std::all_of(
      script.statements.begin(), script.statements.end(), [](const ParsedStatement& statement) {
        const ast::Node* tree = statement.tree;
        return tree && (kLeaving.contains(tree->text()) ||
                        (tree->is("DropStmt") && tree->str("removeType") == "OBJECT_INDEX"));
      });
}

// Copies the objects of `from` whose names are `named`, in any schema. Names sort by schema
// first: each schema's objects are looked up by name, then the schema is skipped.
template <typename Map>
void copy_named(const Map& from, const std::set<std::string>& named, Map& to) {
  for (auto it = from.begin(); it != from.end();) {
    const std::string schema = it->first.schema;
    for (const std::string& name : named) {
      auto found = from.find({schema, name});
      if (found != from.end()) to.emplace(found->first, found->second);
    }
    it = from.lower_bound({schema + '\0', ""});  // the next schema's first object
  }
}

// Copies the triggers or policies of the tables whose names are `named`, in any schema: they
// sort by table, so each table's are one range.
template <typename Member>
void copy_members_named(const std::map<TableMemberKey, Member>& from,
                        const std::set<std::string>& named, std::map<TableMemberKey, Member>& to) {
  for (auto it = from.begin(); it != from.end();) {
    const std::string schema = it->first.table.schema;
    for (const std::string& name : named) {
      QualifiedName table{schema, name};
      for (auto at = from.lower_bound({table, ""}); at != from.end() && at->first.table == table;
           ++at)
        to.emplace(at->first, at->second);
    }
    it = from.lower_bound({{schema + '\0', ""}, ""});  // the next schema's first member
  }
}

// What the rules that look at a whole file need of the catalog before it: its routines (unless
// the file leaves them as they are), schemas, extensions and roles, and the tables and views
// its statements name (with their indexes, policies and triggers) (all of it when a statement
// may reach further: a DO block, DROP SCHEMA).
Catalog before_snapshot(const Catalog& catalog, const ParsedScript& script) {
  std::set<std::string> named;
  for (const ParsedStatement& statement : script.statements) {
    const ast::Node* tree = statement.tree;
    if (!tree) continue;
    if (tree->is("DoStmt") || (tree->is("DropStmt") && tree->str("removeType") == "OBJECT_SCHEMA"))
      return catalog;
    if (const ast::Node* relation = tree->get("relation"))
      named.insert(std::string(relation->str("relname")));
    if (const ast::Node* table = tree->get("table"))  // a policy's
      named.insert(std::string(table->str("relname")));
    if (const ast::Node* view = tree->get("view"))  // CREATE VIEW's
      named.insert(std::string(view->str("relname")));
    if (const ast::Node* into = tree->get("into");
        into && into->get("rel"))  // a materialized view's
      named.insert(std::string(into->get("rel")->str("relname")));
    if (tree->is("GrantStmt")) {
      for (const ast::Node& object : tree->list("objects")) {
        if (object.is("RangeVar")) named.insert(std::string(object.str("relname")));
      }
    }
    if (tree->is("DropStmt")) {
      for (const ast::Node& object : tree->list("objects")) {
        if (object.kind() == ast::Kind::list && !object.items().empty())
          named.insert(std::string(object.items().back().string_value()));
      }
    }
  }
  Catalog snapshot;
  if (!leaves_routines(script)) snapshot.routines = catalog.routines;
  snapshot.schemas = catalog.schemas;
  snapshot.extensions = catalog.extensions;
  snapshot.others = catalog.others;  // roles among them
  copy_named(catalog.tables, named, snapshot.tables);
  copy_named(catalog.views, named, snapshot.views);
  for (const auto& [name, index] : catalog.indexes) {
    if (named.contains(index.table.name)) snapshot.indexes.emplace(name, index);
  }
  copy_members_named(catalog.policies, named, snapshot.policies);
  copy_members_named(catalog.triggers, named, snapshot.triggers);
  return snapshot;
}

// Whether the API roles (anon, authenticated) may be granted something by the script: it names
// one of them, or the catalog has a known ground whose objects a statement may take in with
// their grants.
bool may_grant_api_roles(const ParsedScript& script, const LintContext& context) {
  if (context.known) return true;
  NameSearch anon("anon"), authenticated("authenticated");
  std::string_view text = script.source ? script.source->text : std::string_view();
  return anon.in(text) || authenticated.in(text);
}

void lint_chained(const std::vector<MigrationFile>& files, LintContext& context,
                  LintResult& result) {
  std::vector<std::shared_ptr<ParsedScript>> scripts;
  for (const MigrationFile& file : files)
    scripts.push_back(std::make_shared<ParsedScript>(read_script(file.path)));
  std::string schema = context.search_path.empty() ? "public" : context.search_path.front();
  CreatedLater later(scripts, schema);
  Catalog catalog = std::move(context.start);
  DependentsIndex dependents(catalog);
  bool api_roles = context.supabase || has_api_roles(catalog);
  for (std::size_t i = 0; i < files.size(); ++i) {
    result.files.push_back(files[i].path);
    // A catalog without grants to the API roles gains none from a file that does not name them.
    if (i > 0 && !context.supabase && (api_roles || may_grant_api_roles(*scripts[i - 1], context)))
      api_roles = has_api_roles(catalog);
    later.pass(i);
    Catalog before = before_snapshot(catalog, *scripts[i]);
    bool same_routines = leaves_routines(*scripts[i]);
    lint_file(
        scripts[i], catalog, dependents,
        {before, same_routines ? catalog.routines : before.routines, &later.catalog(), api_roles},
        context, result);
  }
}

}  // namespace

LintResult lint_migrations(const LintRequest& request) {
  LintResult result;
  std::vector<MigrationFile> files = files_to_lint(request.inputs);
  LintContext context = make_context(request, files, result);
  if (chained(request)) {
    for (Diagnostic& note : read_migration_directory(request.inputs.front()).diagnostics)
      result.notes.push_back(std::move(note));
    lint_chained(files, context, result);
    return result;
  }
  if (!request.since.empty()) keep_changed_since(request.since, files);
  if (files.empty() && !request.schema.empty() && request.inputs.empty()) {
    result.files.push_back(request.schema);
    result.findings = examine_catalog(
        context.start, {request.exposed_schemas, context.supabase || has_api_roles(context.start)});
    return result;
  }
  for (const MigrationFile& file : files) {
    result.files.push_back(file.path);
    const Catalog& before = catalog_before(context, file);
    Catalog catalog = before;
    DependentsIndex dependents(catalog);
    lint_file(std::make_shared<ParsedScript>(read_script(file.path)), catalog, dependents,
              {before, before.routines, catalog_after_all(context, file), has_api_roles(before)},
              context, result);
  }
  return result;
}

}  // namespace pgdrift
