// A platform's known ground (analyzer/platform/): its files read cleanly, a Supabase
// project's migrations replay from it, a dump that names its objects reads without errors,
// and neither listings nor diffs show its objects unless the user's statements change them.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "analyzer/diff/differ.hpp"
#include "analyzer/interpret/interpreter.hpp"
#include "analyzer/listing/object_listing.hpp"
#include "analyzer/migrations/replay.hpp"
#include "analyzer/pipeline/migration_project.hpp"
#include "analyzer/platform/ground_files.hpp"
#include "analyzer/platform/platform_ground.hpp"
#include "parser/script_reader.hpp"

using namespace pgdrift;

namespace {

const KnownGround& supabase() { return *known_ground("supabase"); }

std::vector<std::string> messages(const Diagnostics& diagnostics) {
  std::vector<std::string> texts;
  for (const Diagnostic& d : diagnostics) texts.push_back(d.to_string());
  return texts;
}

// A dump read as load_schema reads one: not strict, the platform known.
Catalog dump_of(const std::string& sql, Diagnostics& diagnostics) {
  Catalog catalog;
  Interpreter(catalog, diagnostics, /*strict=*/false, &supabase())
      .apply(std::make_shared<ParsedScript>(read_script_text("dump.sql", sql)));
  return catalog;
}

// Migrations replayed onto the platform's ground, as for a Supabase project.
Catalog replayed_on_ground(const std::string& sql, Diagnostics& diagnostics) {
  Catalog catalog = *supabase().platform();
  catalog.grounds = {supabase().platform()};
  Interpreter interpreter(catalog, diagnostics, /*strict=*/true, &supabase());
  interpreter.set_search_path(supabase().search_path());
  interpreter.apply(std::make_shared<ParsedScript>(read_script_text("20240101000000_init.sql", sql)));
  return catalog;
}

std::vector<std::string> ids(const Catalog& catalog) {
  std::vector<std::string> listed;
  for (const ListedObject& object : list_objects(catalog)) listed.push_back(object.kind + " " + object.id);
  return listed;
}

const char* kMigration = R"sql(
create table profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  avatar_path text
);
alter table profiles enable row level security;
create policy "own profile" on profiles for select to authenticated using ((select auth.uid()) = id);
create function handle_new_user() returns trigger language plpgsql security definer set search_path = ''
as $$ begin insert into public.profiles (id) values (new.id); return new; end $$;
create trigger on_auth_user_created after insert on auth.users for each row execute function handle_new_user();
create policy "own avatars" on storage.objects for select to authenticated
  using (bucket_id = 'avatars' and (storage.foldername(name))[1] = (select auth.uid())::text);
alter publication supabase_realtime add table profiles;
)sql";

// What `supabase db dump` prints for the same project (pg_dump of its user schemas, after
// the migration ran in PostgreSQL onto the ground): the trigger on auth.users and the policy
// on storage.objects are not in it.
const char* kUserSchemaDump = R"sql(
SELECT pg_catalog.set_config('search_path', '', false);
CREATE EXTENSION IF NOT EXISTS pg_stat_statements WITH SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA extensions;
CREATE FUNCTION public.handle_new_user() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO ''
    AS $$ begin insert into public.profiles (id) values (new.id); return new; end $$;
ALTER FUNCTION public.handle_new_user() OWNER TO postgres;
CREATE TABLE public.profiles (
    id uuid NOT NULL,
    avatar_path text
);
ALTER TABLE public.profiles OWNER TO postgres;
ALTER TABLE ONLY public.profiles
    ADD CONSTRAINT profiles_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.profiles
    ADD CONSTRAINT profiles_id_fkey FOREIGN KEY (id) REFERENCES auth.users(id) ON DELETE CASCADE;
CREATE POLICY "own profile" ON public.profiles FOR SELECT TO authenticated USING ((( SELECT auth.uid() AS uid) = id));
ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY;
CREATE PUBLICATION supabase_realtime WITH (publish = 'insert, update, delete, truncate');
ALTER PUBLICATION supabase_realtime OWNER TO postgres;
ALTER PUBLICATION supabase_realtime ADD TABLE ONLY public.profiles;
GRANT USAGE ON SCHEMA public TO postgres;
GRANT USAGE ON SCHEMA public TO anon;
GRANT USAGE ON SCHEMA public TO authenticated;
GRANT USAGE ON SCHEMA public TO service_role;
GRANT ALL ON FUNCTION public.handle_new_user() TO anon;
GRANT ALL ON FUNCTION public.handle_new_user() TO authenticated;
GRANT ALL ON FUNCTION public.handle_new_user() TO service_role;
GRANT ALL ON TABLE public.profiles TO anon;
GRANT ALL ON TABLE public.profiles TO authenticated;
GRANT ALL ON TABLE public.profiles TO service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT ALL ON SEQUENCES  TO postgres;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT ALL ON SEQUENCES  TO anon;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT ALL ON SEQUENCES  TO authenticated;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT ALL ON SEQUENCES  TO service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT ALL ON FUNCTIONS  TO postgres;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT ALL ON FUNCTIONS  TO anon;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT ALL ON FUNCTIONS  TO authenticated;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT ALL ON FUNCTIONS  TO service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT ALL ON TABLES  TO postgres;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT ALL ON TABLES  TO anon;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT ALL ON TABLES  TO authenticated;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA public GRANT ALL ON TABLES  TO service_role;
)sql";

}  // namespace

TEST_CASE("known ground: every ground file reads with no diagnostic", "[platform]") {
  REQUIRE(!ground_files().empty());
  for (const GroundFile& file : ground_files()) {
    INFO(file.path);
    Catalog catalog;
    Diagnostics diagnostics;
    Interpreter(catalog, diagnostics, /*strict=*/true)
        .apply(std::make_shared<ParsedScript>(read_script_text(std::string(file.path), std::string(file.text))));
    CHECK(messages(diagnostics) == std::vector<std::string>{});
    CHECK(!catalog.schemas.empty());
  }
  const Catalog& ground = *supabase().platform();
  CHECK(ground.tables.contains({"auth", "users"}));
  CHECK(ground.tables.contains({"storage", "objects"}));
  CHECK(ground.publications.contains("supabase_realtime"));
  CHECK(ground.routines.contains("auth.uid()"));
  CHECK(supabase().extension("pg_cron")->tables.contains({"cron", "job"}));
  CHECK(supabase().extension("no_such_extension") == nullptr);
}

TEST_CASE("known ground: a Supabase project's migration replays onto the platform", "[platform]") {
  Diagnostics diagnostics;
  Catalog replayed = replayed_on_ground(kMigration, diagnostics);
  CHECK(messages(diagnostics) == std::vector<std::string>{});
  CHECK(replayed.triggers.contains({{"auth", "users"}, "on_auth_user_created"}));
  CHECK(replayed.policies.contains({{"storage", "objects"}, "own avatars"}));
  CHECK(replayed.publications.at("supabase_realtime").tables.size() == 1);
  // The platform's default privileges give the new table to the API roles.
  CHECK(!replayed.tables.at({"public", "profiles"}).meta.acl.entries.empty());
  // Listed: the user's objects, and theirs on the platform's tables; not the platform's own.
  std::vector<std::string> listed = ids(replayed);
  CHECK(std::count(listed.begin(), listed.end(), "table public.profiles") == 1);
  CHECK(std::count(listed.begin(), listed.end(), "trigger auth.users.on_auth_user_created") == 1);
  CHECK(std::count(listed.begin(), listed.end(), "policy storage.objects.\"own avatars\"") == 1);
  CHECK(std::count(listed.begin(), listed.end(), "table auth.users") == 0);
}

TEST_CASE("known ground: without the ground the same migration fails on the platform's objects", "[platform]") {
  Catalog catalog;
  Diagnostics diagnostics;
  Interpreter(catalog, diagnostics, /*strict=*/true)
      .apply(std::make_shared<ParsedScript>(read_script_text("20240101000000_init.sql", kMigration)));
  CHECK(!diagnostics.empty());
}

TEST_CASE("known ground: a user-schema dump names the platform without errors and diffs equal to the replay", "[platform]") {
  Diagnostics dump_diagnostics, replay_diagnostics;
  Catalog dump = dump_of(kUserSchemaDump, dump_diagnostics);
  CHECK(messages(dump_diagnostics) == std::vector<std::string>{});
  std::vector<std::string> listed = ids(dump);
  CHECK(std::count(listed.begin(), listed.end(), "table auth.users") == 0);
  Catalog replayed = replayed_on_ground(kMigration, replay_diagnostics);
  DiffOptions options;
  options.ignored_aspects = {"owner"};  // migrations do not say who runs them
  auto changed = [&](const Catalog& a, const Catalog& b) {
    std::vector<std::string> keys;
    for (const Change& change : diff_catalogs(a, b, options).changes) keys.push_back(change.kind + " " + change.id);
    return keys;
  };
  // Only what the dump leaves out with the platform's schemas differs: the platform's own
  // objects, grants and default privileges, the publication's new member compare equal.
  const std::vector<std::string> left_out{"trigger auth.users.on_auth_user_created", "policy storage.objects.\"own avatars\""};
  CHECK(changed(replayed, dump) == left_out);
  // A grant the user gave on a platform table is a difference, though only one side has it.
  Diagnostics granted_diagnostics;
  Catalog granted = replayed_on_ground(std::string(kMigration) + "grant select on auth.users to authenticated;", granted_diagnostics);
  std::vector<std::string> with_grant = changed(dump, granted);
  CHECK(std::count(with_grant.begin(), with_grant.end(), "table auth.users") == 1);
  CHECK(with_grant.size() == left_out.size() + 1);
}

TEST_CASE("known ground: an extension brings its objects when it is created", "[platform]") {
  Diagnostics diagnostics;
  Catalog catalog = dump_of(
      "CREATE EXTENSION IF NOT EXISTS pg_cron WITH SCHEMA pg_catalog;\n"
      "GRANT USAGE ON SCHEMA cron TO postgres;\n"
      "GRANT ALL ON TABLE cron.job TO postgres;\n",
      diagnostics);
  CHECK(messages(diagnostics) == std::vector<std::string>{});
  CHECK(catalog.tables.contains({"cron", "job"}));
  CHECK(ids(catalog) == std::vector<std::string>{"extension pg_cron"});
}

TEST_CASE("known ground: a Supabase project is recognized by its layout", "[platform]") {
  namespace fs = std::filesystem;
  fs::path root = fs::temp_directory_path() / "pgdrift-known-ground-test";
  fs::remove_all(root);
  fs::create_directories(root / "app" / "supabase" / "migrations");
  fs::create_directories(root / "plain" / "migrations");
  std::ofstream(root / "app" / "supabase" / "config.toml") << "project_id = \"x\"\n";
  std::ofstream(root / "plain" / "migrations" / "0001_init.sql") << "create table t (id int);\n";
  std::vector<MigrationFile> numbered{{"0001", "init", "0001_init.sql", "numbered", false}};
  CHECK(is_supabase_directory((root / "app").string(), numbered));
  CHECK(is_supabase_directory((root / "app" / "supabase" / "migrations").string(), numbered));
  CHECK_FALSE(is_supabase_directory((root / "plain" / "migrations").string(), numbered));
  fs::remove_all(root);
}
