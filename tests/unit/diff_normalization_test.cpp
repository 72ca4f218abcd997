#include <catch2/catch.hpp>

#include "tests/unit/diff_test_support.hpp"

using namespace pgdrift;
using pgdrift::testing::diff_sql;

namespace {

const char* kTable = "CREATE TABLE public.t (id integer PRIMARY KEY, status character varying(20), amount integer, created_at timestamptz);\n";

void require_same(const std::string& a, const std::string& b) {
  DiffResult result = diff_sql(std::string(kTable) + a, std::string(kTable) + b);
  INFO(a << "\n  vs\n" << b);
  for (const Change& change : result.changes) {
    INFO(change.kind << " " << change.id);
    for (const ChangeDetail& detail : change.details) INFO("  " << detail.aspect);
  }
  REQUIRE(result.identical());
}

void require_different(const std::string& a, const std::string& b) {
  INFO(a << "\n  vs\n" << b);
  REQUIRE_FALSE(diff_sql(std::string(kTable) + a, std::string(kTable) + b).identical());
}

}  // namespace

TEST_CASE("normalization: whitespace, comments and keyword case do not count", "[diff][normalization]") {
  require_same("CREATE VIEW public.v AS SELECT id, status FROM public.t WHERE amount > 10;",
               "create   view public.v as\n  -- comment\n  select ID, status\n  from t where (amount > 10);");
}

TEST_CASE("normalization: IN, = ANY (ARRAY[...]) and OR chains are one form", "[diff][normalization]") {
  const char* in_list = "CREATE VIEW public.v AS SELECT id FROM public.t WHERE status IN ('a', 'b', 'c');";
  require_same(in_list, "CREATE VIEW public.v AS SELECT t.id FROM public.t WHERE ((t.status)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying, 'c'::character varying])::text[]));");
  require_same(in_list, "CREATE VIEW public.v AS SELECT id FROM public.t WHERE status = 'a' OR status = 'b' OR status = 'c';");
  require_different(in_list, "CREATE VIEW public.v AS SELECT id FROM public.t WHERE status IN ('a', 'b');");
}

TEST_CASE("normalization: casts PostgreSQL adds on its own", "[diff][normalization]") {
  require_same("ALTER TABLE public.t ALTER COLUMN status SET DEFAULT 'new';",
               "ALTER TABLE public.t ALTER COLUMN status SET DEFAULT 'new'::character varying;");
  require_same("ALTER TABLE public.t ALTER COLUMN amount SET DEFAULT -1;",
               "ALTER TABLE public.t ALTER COLUMN amount SET DEFAULT '-1'::integer;");
  require_same("CREATE VIEW public.v AS SELECT amount / 60.0 AS minutes FROM public.t;",
               "CREATE VIEW public.v AS SELECT (t.amount)::numeric / 60.0 AS minutes FROM public.t;");
  require_different("ALTER TABLE public.t ALTER COLUMN amount SET DEFAULT 0;",
                    "ALTER TABLE public.t ALTER COLUMN amount SET DEFAULT -1;");
}

TEST_CASE("normalization: BETWEEN, GROUP BY ordinals and interval spellings", "[diff][normalization]") {
  require_same("ALTER TABLE public.t ADD CONSTRAINT t_amount_check CHECK (amount BETWEEN 1 AND 10);",
               "ALTER TABLE public.t ADD CONSTRAINT t_amount_check CHECK (((amount >= 1) AND (amount <= 10)));");
  require_same("CREATE VIEW public.v AS SELECT status, count(*) FROM public.t GROUP BY 1 ORDER BY 1;",
               "CREATE VIEW public.v AS SELECT t.status, count(*) AS count FROM public.t GROUP BY t.status ORDER BY t.status;");
  require_same("ALTER TABLE public.t ALTER COLUMN created_at SET DEFAULT now() - interval '30 minutes';",
               "ALTER TABLE public.t ALTER COLUMN created_at SET DEFAULT (now() - '00:30:00'::interval);");
}

TEST_CASE("normalization: function bodies compare parsed, SQL and PL/pgSQL", "[diff][normalization]") {
  require_same("CREATE FUNCTION public.f(p integer) RETURNS integer LANGUAGE sql AS $$ SELECT p + 1 $$;",
               "CREATE FUNCTION public.f(p integer) RETURNS integer LANGUAGE sql AS $$\n  select (p + 1);\n$$;");
  require_same("CREATE FUNCTION public.g(p integer) RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN p * 2; END $$;",
               "CREATE FUNCTION public.g(p integer) RETURNS integer LANGUAGE plpgsql AS $$\nbegin\n  -- doubled\n  return p*2;\nend\n$$;");
  require_different("CREATE FUNCTION public.g(p integer) RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN p * 2; END $$;",
                    "CREATE FUNCTION public.g(p integer) RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN p * 3; END $$;");
}

TEST_CASE("normalization: generated constraint names and serial columns", "[diff][normalization]") {
  require_same("CREATE TABLE public.u (id serial PRIMARY KEY, t_id integer REFERENCES public.t, n integer CHECK (n > 0) UNIQUE);",
               "CREATE SEQUENCE public.u_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;\n"
               "CREATE TABLE public.u (id integer DEFAULT nextval('public.u_id_seq'::regclass) NOT NULL, t_id integer, n integer,"
               " CONSTRAINT u_n_check CHECK ((n > 0)));\n"
               "ALTER SEQUENCE public.u_id_seq OWNED BY public.u.id;\n"
               "ALTER TABLE ONLY public.u ADD CONSTRAINT u_n_key UNIQUE (n);\n"
               "ALTER TABLE ONLY public.u ADD CONSTRAINT u_pkey PRIMARY KEY (id);\n"
               "ALTER TABLE ONLY public.u ADD CONSTRAINT u_t_id_fkey FOREIGN KEY (t_id) REFERENCES public.t(id);");
}
