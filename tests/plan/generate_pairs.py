#!/usr/bin/env python3
"""Seeded generator of schema pairs for the `pgdrift plan` round trip.

    tests/plan/generate_pairs.py --seed N --count K OUTDIR [--only I] [--kind NAME]
    tests/plan/generate_pairs.py --list-kinds

Writes OUTDIR/<seed>-<i>/{a.sql,b.sql,mutations.txt,kinds} for i in 1..K (or only
i; <seed>-<kind>-<i> with --kind).  a.sql is a rich base schema; b.sql is the
same schema after 1-4 random mutations (mutations.txt describes them, kinds names
their kinds).  With --kind, every pair has that one mutation kind.  Pair i
depends only on (seed, i) and the kind, not on K, so `--only I` reproduces one
pair of a larger run.  Both files load in PostgreSQL 15 with the roles of
tests/plan/roles.sql.

A mutation kind is either one of the model's (below: it edits the model of the
base schema) or one of the DDL surface's (ddl_kinds.py: a small schema of its
own, and the very statement the kind is about).  docs/plan-coverage.md must list
every kind, as planned or refused.

The schema is a model (schemas, types, sequences, functions, tables with
columns and constraints, indexes, views, a materialized view, triggers,
policies, grants, comments, default privileges); every SQL text that names
another object is a template ({ID} placeholders) rendered from the model, so a
rename is seen everywhere, and dropping something drops (or edits) what depends
on it, the way PostgreSQL's DROP ... CASCADE would.
"""

import argparse
import copy
import os
import random
import re
import sys

import coverage
import ddl_kinds

RESERVED = {
    "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
    "check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
    "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
    "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
    "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
    "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning", "select",
    "session_user", "some", "symmetric", "table", "then", "to", "trailing", "true", "union", "unique", "user",
    "using", "variadic", "when", "where", "window", "with", "authorization", "binary", "collation",
    "concurrently", "cross", "current_schema", "freeze", "full", "ilike", "inner", "is", "isnull", "join",
    "left", "like", "natural", "notnull", "outer", "overlaps", "right", "similar", "tablesample", "verbose",
}


def qi(name):
    if re.fullmatch(r"[a-z_][a-z0-9_$]*", name) and name not in RESERVED:
        return name
    return '"' + name.replace('"', '""') + '"'


def ql(s):
    return "'" + s.replace("'", "''") + "'"


class Obj:
    kind = "obj"

    def __init__(self, oid, **kw):
        self.id = oid
        self.comment = None
        self.__dict__.update(kw)


class Model:
    def __init__(self):
        self.objs = {}       # id -> Obj (schemas, types, sequences, functions, tables, views, ...)
        self.n = 0
        self.default_privs = []   # (schema_id or None, objtype, role, privs)

    # --- ids ----------------------------------------------------------------
    def new_id(self, prefix):
        self.n += 1
        return f"{prefix}{self.n}"

    def add(self, kind, prefix, **kw):
        o = Obj(self.new_id(prefix), **kw)
        o.kind = kind
        self.objs[o.id] = o
        return o

    def of(self, kind):
        return [o for o in self.objs.values() if o.kind == kind]

    def col(self, cid):
        for t in self.of("table"):
            for c in t.columns:
                if c.id == cid:
                    return t, c
        return None, None

    # --- rendering names --------------------------------------------------------
    def name(self, oid):
        if oid.startswith("col"):
            t, c = self.col(oid)
            if c is None:
                raise KeyError(oid)
            return qi(c.name)
        o = self.objs[oid]
        if o.kind == "schema":
            return qi(o.name)
        return qi(self.objs[o.schema].name) + "." + qi(o.name)

    def render(self, template):
        return re.sub(r"\{(\w+)\}", lambda m: self.name(m.group(1)), template)

    @staticmethod
    def refs(template):
        return set(re.findall(r"\{(\w+)\}", template or ""))

    def exists(self, oid):
        if oid.startswith("col"):
            return self.col(oid)[1] is not None
        return oid in self.objs


# ---------------------------------------------------------------------------
# the base schema
# ---------------------------------------------------------------------------

def column(m, name, type_, notnull=False, default=None, identity=None, generated=None, alts=(), comment=None,
           fixed=False):
    return Obj(m.new_id("col"), name=name, type=type_, notnull=notnull, default=default, identity=identity,
               generated=generated, alts=list(alts), comment=comment, fixed=fixed)


def constraint(m, name, kind, body, cols=(), extra=()):
    # kind: p u c f ; body: template text after the constraint name
    return Obj(m.new_id("con"), name=name, ckind=kind, body=body)


def base_model():
    m = Model()
    S = {}
    for name, comment in (("app", "Application data"), ("audit", None), ("Reporting", "Reports for the finance team")):
        S[name] = m.add("schema", "sch", name=name, grants={}, owner=None)
        S[name].comment = comment
    S["public"] = m.add("schema", "sch", name="public", grants=None, owner=None, builtin=True)
    S["app"].grants = {"app_reader": {"USAGE"}, "app_writer": {"USAGE"}}
    S["Reporting"].grants = {"app_reader": {"USAGE"}}

    T = {}
    T["order_status"] = m.add("enum", "typ", schema=S["app"].id, name="order_status",
                              labels=["pending", "paid", "shipped", "cancelled"], grants={})
    T["priority"] = m.add("enum", "typ", schema=S["app"].id, name="priority", labels=["low", "normal", "high"],
                          grants={})
    T["priority"].comment = "How urgent a customer is"
    T["email"] = m.add("domain", "typ", schema=S["app"].id, name="email", base="text", notnull=False, default=None,
                       checks=[["email_check", "CHECK ((VALUE ~ '^[^@]+@[^@]+$'))"]], grants={})
    T["money"] = m.add("domain", "typ", schema=S["app"].id, name="positive_amount", base="numeric(12,2)",
                       notnull=False, default=None, checks=[["positive_amount_check", "CHECK ((VALUE >= (0)::numeric))"]],
                       grants={})
    T["address"] = m.add("composite", "typ", schema=S["app"].id, name="address",
                         attrs=[["street", "text"], ["city", "text"], ["zip", "text"]], grants={})

    seq = m.add("sequence", "seq", schema=S["app"].id, name="invoice_no_seq", start=1000, increment=1, cache=1,
                minvalue=None, maxvalue=None, cycle=False, grants={"app_writer": {"USAGE"}}, owned_by=None)

    F = {}
    F["norm"] = m.add("function", "fn", schema=S["app"].id, name="normalize_email", args=[["e", "text"]],
                      returns="text", lang="sql", body="SELECT lower(btrim(e))", volatility="IMMUTABLE",
                      strict=True, secdef=False, config=None, grants={}, deps=set(), pre=True, revoke_public=False)
    F["tenant"] = m.add("function", "fn", schema=S["app"].id, name="current_tenant", args=[], returns="integer",
                        lang="sql", body="SELECT nullif(current_setting('app.tenant', true), '')::integer",
                        volatility="STABLE", strict=False, secdef=False, config=None, grants={}, deps=set(),
                        pre=True, revoke_public=False)
    F["tenant"].comment = "The tenant of the current session"
    F["touch"] = m.add("function", "fn", schema=S["app"].id, name="touch_updated_at", args=[], returns="trigger",
                       lang="plpgsql", body="\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n",
                       volatility="VOLATILE", strict=False, secdef=False, config=None, grants={}, deps=set(),
                       pre=True, revoke_public=False)
    F["label"] = m.add("function", "fn", schema=S["app"].id, name="status_label",
                       args=[["s", "{%s}" % T["order_status"].id]], returns="text", lang="sql",
                       body="SELECT CASE s WHEN 'pending' THEN 'Waiting' WHEN 'cancelled' THEN 'Cancelled' "
                            "ELSE initcap(s::text) END",
                       volatility="IMMUTABLE", strict=False, secdef=False, config=None, grants={}, deps=set(),
                       pre=True, revoke_public=False)

    def table(key, schema, name, cols, cons=(), comment=None, grants=None):
        t = m.add("table", "tbl", schema=S[schema].id, name=name, columns=cols, constraints=list(cons), rls=False,
                  force_rls=False, grants=grants or {}, colgrants={}, owner=None, options=[], unlogged=False)
        t.comment = comment
        T[key] = t
        return t

    C = {}

    def c(key, *a, **kw):
        C[key] = column(m, *a, **kw)
        return C[key]

    cust = table("customers", "app", "customers", [
        c("cust.id", "id", "bigint", notnull=True, identity="ALWAYS", fixed=True),
        c("cust.email", "email", "{%s}" % T["email"].id, notnull=True, alts=["text"]),
        c("cust.name", "full_name", "text", notnull=True, alts=["character varying(200)"],
          comment="Name as typed by the customer"),
        c("cust.tenant", "tenant_id", "integer", notnull=True, default="{%s}()" % F["tenant"].id,
          alts=["bigint"]),
        c("cust.status", "status", "text", notnull=True, default="'active'::text",
          alts=["character varying(20)"]),
        c("cust.created", "created_at", "timestamp with time zone", notnull=True, default="now()",
          alts=["timestamp without time zone"]),
        c("cust.updated", "updated_at", "timestamp with time zone", alts=["timestamp without time zone"]),
        c("cust.address", "address", "{%s}" % T["address"].id),
        c("cust.priority", "priority", "{%s}" % T["priority"].id, default="'normal'::{%s}" % T["priority"].id),
    ], comment="People and companies who order",
        grants={"app_reader": {"SELECT"}, "app_writer": {"SELECT", "INSERT", "UPDATE"}})
    cust.constraints = [
        constraint(m, "customers_pkey", "p", "PRIMARY KEY ({%s})" % C["cust.id"].id),
        constraint(m, "customers_status_check", "c",
                   "CHECK ({%s} IN ('active', 'suspended', 'closed'))" % C["cust.status"].id),
    ]
    cust.in_list = {"con": cust.constraints[1].id, "col": C["cust.status"].id,
                    "values": ["active", "suspended", "closed"], "pool": ["active", "suspended", "closed",
                                                                           "archived", "trial", "vip"]}

    orders = table("orders", "app", "orders", [
        c("ord.id", "id", "bigint", notnull=True, default="SERIAL", fixed=True),
        c("ord.cust", "customer_id", "bigint", notnull=True, fixed=True),
        c("ord.status", "status", "{%s}" % T["order_status"].id, notnull=True,
          default="'pending'::{%s}" % T["order_status"].id, fixed=True),
        c("ord.amount", "amount", "numeric(12,2)", notnull=True, default="0", alts=["numeric(14,4)", "numeric"]),
        c("ord.currency", "currency", "character(3)", default="'EUR'::bpchar", alts=["text"]),
        c("ord.placed", "placed_at", "timestamp with time zone", default="now()",
          alts=["timestamp without time zone"]),
        c("ord.note", "note", "character varying(200)", alts=["text", "character varying(500)"],
          comment="Free text from the customer"),
        c("ord.tenant", "tenant_id", "integer", alts=["bigint"]),
    ], comment="One order per checkout",
        grants={"app_reader": {"SELECT"}, "app_writer": {"SELECT", "INSERT", "UPDATE", "DELETE"},
                "authenticated": {"SELECT"}})
    orders.constraints = [
        constraint(m, "orders_pkey", "p", "PRIMARY KEY ({%s})" % C["ord.id"].id),
        constraint(m, "orders_amount_check", "c", "CHECK ({%s} >= (0)::numeric)" % C["ord.amount"].id),
        constraint(m, "orders_currency_check", "c",
                   "CHECK ({%s} IN ('EUR', 'USD', 'GBP'))" % C["ord.currency"].id),
        constraint(m, "orders_customer_id_fkey", "f",
                   "FOREIGN KEY ({%s}) REFERENCES {%s}({%s}) ON DELETE CASCADE"
                   % (C["ord.cust"].id, cust.id, C["cust.id"].id)),
    ]
    orders.in_list = {"con": orders.constraints[2].id, "col": C["ord.currency"].id, "values": ["EUR", "USD", "GBP"],
                      "pool": ["EUR", "USD", "GBP", "CHF", "JPY", "SEK"]}
    orders.colgrants = {(C["ord.note"].id, "app_writer"): {"UPDATE"}}
    seq_orders = m.add("sequence", "seq", schema=S["app"].id, name="orders_id_seq", start=1, increment=1, cache=1,
                       minvalue=None, maxvalue=None, cycle=False, grants={"app_writer": {"USAGE"}},
                       owned_by=C["ord.id"].id, serial=True)
    C["ord.id"].default = "nextval('{%s}'::regclass)" % seq_orders.id

    items = table("items", "app", "order_items", [
        c("it.order", "order_id", "bigint", notnull=True, fixed=True),
        c("it.line", "line_no", "integer", notnull=True, fixed=True),
        c("it.sku", "sku", "text", notnull=True, alts=["character varying(40)"]),
        c("it.qty", "qty", "integer", notnull=True, default="1", alts=["bigint", "numeric(10,0)"]),
        c("it.price", "unit_price", "numeric(10,2)", notnull=True, alts=["numeric(12,2)"]),
    ], grants={"app_reader": {"SELECT"}})
    C["it.total"] = column(m, "line_total", "numeric", generated="(({%s})::numeric * {%s})"
                           % (C["it.qty"].id, C["it.price"].id))
    items.columns.append(C["it.total"])
    items.constraints = [
        constraint(m, "order_items_pkey", "p", "PRIMARY KEY ({%s}, {%s})" % (C["it.order"].id, C["it.line"].id)),
        constraint(m, "order_items_qty_check", "c", "CHECK ({%s} > 0)" % C["it.qty"].id),
        constraint(m, "order_items_order_id_fkey", "f",
                   "FOREIGN KEY ({%s}) REFERENCES {%s}({%s}) ON DELETE CASCADE"
                   % (C["it.order"].id, orders.id, C["ord.id"].id)),
    ]

    prod = table("products", "app", "products", [
        c("pr.sku", "sku", "text", notnull=True, fixed=True),
        c("pr.title", "title", "text", notnull=True, alts=["character varying(300)"]),
        c("pr.price", "price", "numeric(10,2)", alts=["numeric(12,2)", "numeric"]),
        c("pr.active", "active", "boolean", default="true", fixed=True),
        c("pr.tags", "tags", "text[]", default="'{}'::text[]", alts=["character varying(50)[]"]),
    ], comment="The catalog", grants={"app_reader": {"SELECT"}, "anon": {"SELECT"}})
    prod.constraints = [constraint(m, "products_pkey", "p", "PRIMARY KEY ({%s})" % C["pr.sku"].id)]

    inv = table("invoices", "app", "invoices", [
        c("inv.id", "id", "integer", notnull=True, fixed=True),
        c("inv.order", "order_id", "bigint", notnull=True, fixed=True),
        c("inv.number", "number", "integer", notnull=True, default="nextval('{%s}'::regclass)" % seq.id,
          alts=["bigint"]),
        c("inv.issued", "issued_on", "date", default="CURRENT_DATE", alts=["timestamp with time zone"]),
        c("inv.total", "total", "{%s}" % T["money"].id, alts=["numeric(12,2)"]),
    ], grants={"app_reader": {"SELECT"}})
    seq_inv = m.add("sequence", "seq", schema=S["app"].id, name="invoices_id_seq", start=1, increment=1, cache=1,
                    minvalue=None, maxvalue=None, cycle=False, grants={}, owned_by=C["inv.id"].id, serial=True,
                    seqtype="integer")
    C["inv.id"].default = "nextval('{%s}'::regclass)" % seq_inv.id
    inv.constraints = [
        constraint(m, "invoices_pkey", "p", "PRIMARY KEY ({%s})" % C["inv.id"].id),
        constraint(m, "invoices_order_id_key", "u", "UNIQUE ({%s})" % C["inv.order"].id),
        constraint(m, "invoices_order_id_fkey", "f", "FOREIGN KEY ({%s}) REFERENCES {%s}({%s})"
                   % (C["inv.order"].id, orders.id, C["ord.id"].id)),
    ]

    ev = table("events", "audit", "events", [
        c("ev.id", "id", "bigint", notnull=True, identity="BY DEFAULT", fixed=True),
        c("ev.table", "table_name", "text", notnull=True, alts=["character varying(128)"]),
        c("ev.op", "op", "text", alts=["character varying(10)"]),
        c("ev.at", "at", "timestamp with time zone", default="now()", alts=["timestamp without time zone"]),
    ], comment="Row changes, written by triggers")
    ev.constraints = [
        constraint(m, "events_pkey", "p", "PRIMARY KEY ({%s})" % C["ev.id"].id),
        constraint(m, "events_op_check", "c", "CHECK ({%s} IN ('INSERT', 'UPDATE', 'DELETE'))" % C["ev.op"].id),
    ]
    ev.in_list = {"con": ev.constraints[1].id, "col": C["ev.op"].id, "values": ["INSERT", "UPDATE", "DELETE"],
                  "pool": ["INSERT", "UPDATE", "DELETE", "TRUNCATE", "MERGE"]}

    tg = table("targets", "Reporting", "Targets", [
        c("tg.month", "Month", "date", notnull=True, fixed=True),
        c("tg.amount", "TargetAmount", "numeric(14,2)", alts=["numeric(16,2)", "numeric"]),
        c("tg.region", "region", "text", default="'eu'::text", alts=["character varying(10)"]),
    ], grants={"app_reader": {"SELECT"}})
    tg.constraints = [constraint(m, "Targets_pkey", "p", "PRIMARY KEY ({%s})" % C["tg.month"].id)]

    st = table("settings", "public", "settings", [
        c("st.key", "key", "text", notnull=True, fixed=True),
        c("st.value", "value", "jsonb", alts=["json", "text"]),
        c("st.updated", "updated_at", "timestamp with time zone", alts=["timestamp without time zone"]),
    ])
    st.constraints = [constraint(m, "settings_pkey", "p", "PRIMARY KEY ({%s})" % C["st.key"].id)]

    # functions that read tables (created after the tables)
    F["total"] = m.add("function", "fn", schema=S["app"].id, name="order_total", args=[["p_order_id", "bigint"]],
                       returns="numeric", lang="sql",
                       body="SELECT coalesce(sum(i.{%s} * i.{%s}), 0) FROM {%s} i WHERE i.{%s} = p_order_id"
                            % (C["it.qty"].id, C["it.price"].id, items.id, C["it.order"].id),
                       volatility="STABLE", strict=False, secdef=False, config=None,
                       grants={"app_reader": {"EXECUTE"}}, deps=set(), pre=False, revoke_public=False)
    F["total"].comment = "Sum of the lines of an order"
    F["log"] = m.add("function", "fn", schema=S["audit"].id, name="log_change", args=[], returns="trigger",
                     lang="plpgsql",
                     body="\nBEGIN\n  INSERT INTO {%s} ({%s}, {%s}) VALUES (TG_TABLE_NAME, TG_OP);\n"
                          "  RETURN NULL;\nEND;\n" % (ev.id, C["ev.table"].id, C["ev.op"].id),
                     volatility="VOLATILE", strict=False, secdef=True, config="SET search_path TO 'pg_catalog'",
                     grants={}, deps=set(), pre=False, revoke_public=True)
    F["monthly"] = m.add("function", "fn", schema=S["Reporting"].id, name="MonthlyTotal",
                         args=[["p_month", "date"]], returns="numeric", lang="sql",
                         body="SELECT coalesce(sum(o.{%s}), 0) FROM {%s} o WHERE date_trunc('month', o.{%s}) = p_month"
                              % (C["ord.amount"].id, orders.id, C["ord.placed"].id),
                         volatility="STABLE", strict=False, secdef=False, config=None, grants={}, deps=set(),
                         pre=False, revoke_public=False)

    # indexes
    def index(name, tbl, body, unique=False, where=None):
        return m.add("index", "idx", schema=tbl.schema, name=name, table=tbl.id, body=body, unique=unique,
                     where=where)
    index("customers_email_norm_idx", cust, "({%s}(({%s})::text))" % (F["norm"].id, C["cust.email"].id), unique=True)
    index("orders_customer_idx", orders, "({%s})" % C["ord.cust"].id)
    index("orders_pending_idx", orders, "({%s})" % C["ord.placed"].id,
          where="({%s} = 'pending'::{%s})" % (C["ord.status"].id, T["order_status"].id))
    index("order_items_sku_idx", items, "({%s})" % C["it.sku"].id)
    index("products_title_lower_idx", prod, "(lower({%s}))" % C["pr.title"].id)
    index("events_at_idx", ev, "({%s} DESC)" % C["ev.at"].id)

    # views: items are [expr template, alias or None]; from/where/group are templates
    def view(key, schema, name, items, from_, where=None, group=None, mat=False, options=None, grants=None,
             comment=None):
        v = m.add("view", "vw", schema=S[schema].id, name=name, items=items, from_=from_, where=where, group=group,
                  mat=mat, options=options or [], grants=grants or {})
        v.comment = comment
        T[key] = v
        return v
    view("active", "app", "active_customers",
         [["c.{%s}" % C["cust.id"].id, None], ["c.{%s}" % C["cust.email"].id, None],
          ["c.{%s}" % C["cust.name"].id, None], ["c.{%s}" % C["cust.tenant"].id, None]],
         "{%s} c" % cust.id, where="c.{%s} = 'active'::text" % C["cust.status"].id,
         options=["security_invoker=true"], grants={"app_reader": {"SELECT"}}, comment="Customers who can order")
    view("summary", "app", "order_summary",
         [["o.{%s}" % C["ord.id"].id, None], ["o.{%s}" % C["ord.cust"].id, None],
          ["o.{%s}" % C["ord.status"].id, None], ["{%s}(o.{%s})" % (F["label"].id, C["ord.status"].id), "status_label"],
          ["o.{%s}" % C["ord.amount"].id, None], ["count(i.{%s})" % C["it.line"].id, "items"]],
         "{%s} o LEFT JOIN {%s} i ON i.{%s} = o.{%s}" % (orders.id, items.id, C["it.order"].id, C["ord.id"].id),
         group="o.{%s}" % C["ord.id"].id, grants={"app_reader": {"SELECT"}})
    view("cust_orders", "app", "customer_orders",
         [["a.{%s}" % C["cust.id"].id, None], ["a.{%s}" % C["cust.name"].id, None],
          ["s.{%s}" % C["ord.id"].id, "order_id"], ["s.{%s}" % C["ord.amount"].id, None]],
         "{%s} a JOIN {%s} s ON s.{%s} = a.{%s}" % (T["active"].id, T["summary"].id, C["ord.cust"].id,
                                                     C["cust.id"].id))
    view("catalog", "app", "product_catalog",
         [["p.{%s}" % C["pr.sku"].id, None], ["p.{%s}" % C["pr.title"].id, None],
          ["p.{%s}" % C["pr.price"].id, None]],
         "{%s} p" % prod.id, where="p.{%s}" % C["pr.active"].id, grants={"anon": {"SELECT"}, "app_reader": {"SELECT"}})
    rev = view("revenue", "Reporting", "Revenue",
               [["date_trunc('month'::text, o.{%s})" % C["ord.placed"].id, "month"],
                ["sum(o.{%s})" % C["ord.amount"].id, "total"], ["count(*)", "orders"]],
               "{%s} o" % orders.id, group="(date_trunc('month'::text, o.{%s}))" % C["ord.placed"].id, mat=True,
               grants={"app_reader": {"SELECT"}}, comment="Monthly revenue, refreshed nightly")
    rev.index = "Revenue_month_idx"

    # triggers
    def trigger(name, tbl, timing, events, fn, of=None, when=None, enabled="O"):
        return m.add("trigger", "trg", schema=tbl.schema, name=name, table=tbl.id, timing=timing, events=events,
                     fn=fn.id, of=of, when=when, enabled=enabled)
    trigger("customers_touch", cust, "BEFORE", ["UPDATE"], F["touch"])
    trigger("orders_audit", orders, "AFTER", ["INSERT", "UPDATE", "DELETE"], F["log"])
    trigger("orders_status_change", orders, "AFTER", ["UPDATE"], F["log"], of=[C["ord.status"].id],
            when="(old.{%s} IS DISTINCT FROM new.{%s})" % (C["ord.status"].id, C["ord.status"].id))

    # row level security
    orders.rls = True
    cust.rls = True

    def policy(name, tbl, cmd, roles, using, check=None, permissive=True):
        return m.add("policy", "pol", schema=tbl.schema, name=name, table=tbl.id, cmd=cmd, roles=roles, using=using,
                     check=check, permissive=permissive)
    policy("orders_tenant_isolation", orders, "ALL", ["authenticated"],
           "({%s} = {%s}())" % (C["ord.tenant"].id, F["tenant"].id),
           check="({%s} = {%s}())" % (C["ord.tenant"].id, F["tenant"].id))
    policy("orders_reader_select", orders, "SELECT", ["app_reader"],
           "({%s} <> 'cancelled'::{%s})" % (C["ord.status"].id, T["order_status"].id))
    policy("customers_tenant", cust, "SELECT", ["authenticated", "app_reader"],
           "({%s} = {%s}())" % (C["cust.tenant"].id, F["tenant"].id))
    m.T, m.C, m.F, m.S = T, C, F, S
    return m


# ---------------------------------------------------------------------------
# SQL rendering
# ---------------------------------------------------------------------------

def func_sig(m, f, with_names=True):
    parts = []
    for a in f.args:
        s = m.render(a[1])
        if with_names:
            s = qi(a[0]) + " " + s + (" DEFAULT " + a[2] if len(a) > 2 else "")
        parts.append(s)
    return f"{m.name(f.id)}({', '.join(parts)})"


def view_sql(m, v):
    items = []
    for expr, alias in v.items:
        e = m.render(expr)
        items.append(e + (" AS " + qi(alias) if alias else ""))
    sql = "SELECT " + ",\n    ".join(items) + "\n  FROM " + m.render(v.from_)
    if v.where:
        sql += "\n  WHERE " + m.render(v.where)
    if v.group:
        sql += "\n  GROUP BY " + m.render(v.group)
    return sql


def obj_deps(m, o):
    """ids (objects and columns) a model object's SQL names."""
    texts = []
    if o.kind == "table":
        for c in o.columns:
            texts += [c.type, c.default, c.generated]
        for k in o.constraints:
            texts.append(k.body)
    elif o.kind == "function":
        texts += [o.body, o.returns] + [a[1] for a in o.args]
    elif o.kind == "view":
        texts += [e for e, _ in o.items] + [o.from_, o.where, o.group]
    elif o.kind == "index":
        texts += [o.body, o.where, "{%s}" % o.table]
    elif o.kind == "trigger":
        texts += ["{%s}" % o.table, "{%s}" % o.fn, o.when] + ["{%s}" % c for c in (o.of or [])]
    elif o.kind == "policy":
        texts += ["{%s}" % o.table, o.using, o.check]
    elif o.kind == "composite":
        texts += [a[1] for a in o.attrs]
    elif o.kind == "domain":
        texts += [o.base]
    elif o.kind == "sequence" and o.owned_by:
        texts += ["{%s}" % o.owned_by]
    deps = set()
    for t in texts:
        deps |= Model.refs(t)
    if getattr(o, "schema", None):
        deps.add(o.schema)
    return deps


def table_of(m, oid):
    if oid.startswith("col"):
        t, _ = m.col(oid)
        return t.id if t else None
    return oid


def topo(m, objs):
    ids = {o.id for o in objs}
    order, seen = [], set()

    def visit(o, stack=()):
        if o.id in seen:
            return
        seen.add(o.id)
        for d in sorted(obj_deps(m, o)):
            d = table_of(m, d)
            if d in ids and d != o.id:
                visit(m.objs[d])
        order.append(o)
    for o in objs:
        visit(o)
    return order


def render_grants(m, target, grants, kind_word, out):
    for role in sorted(grants):
        privs = sorted(grants[role])
        if privs:
            out.append(f"GRANT {', '.join(privs)} ON {kind_word}{target} TO {qi(role)};")


def render(m):
    out = ["-- generated by tests/plan/generate_pairs.py", "SET check_function_bodies = on;", ""]
    schemas = sorted(m.of("schema"), key=lambda s: s.id)
    for s in schemas:
        if not getattr(s, "builtin", False):
            out.append(f"CREATE SCHEMA {qi(s.name)};")
    out.append("")
    for t in sorted(m.of("enum"), key=lambda o: o.id):
        out.append(f"CREATE TYPE {m.name(t.id)} AS ENUM ({', '.join(ql(x) for x in t.labels)});")
    for t in sorted(m.of("domain"), key=lambda o: o.id):
        s = f"CREATE DOMAIN {m.name(t.id)} AS {m.render(t.base)}"
        if t.default:
            s += f" DEFAULT {t.default}"
        if t.notnull:
            s += " NOT NULL"
        for name, chk in t.checks:
            s += f" CONSTRAINT {qi(name)} {chk}"
        out.append(s + ";")
    for t in sorted(m.of("composite"), key=lambda o: o.id):
        out.append(f"CREATE TYPE {m.name(t.id)} AS ({', '.join(qi(a) + ' ' + m.render(ty) for a, ty in t.attrs)});")
    out.append("")
    for s in sorted(m.of("sequence"), key=lambda o: o.id):
        opts = [f"AS {s.seqtype}"] if getattr(s, "seqtype", None) else []
        opts += [f"START WITH {s.start}", f"INCREMENT BY {s.increment}"]
        opts.append(f"MINVALUE {s.minvalue}" if s.minvalue is not None else "NO MINVALUE")
        opts.append(f"MAXVALUE {s.maxvalue}" if s.maxvalue is not None else "NO MAXVALUE")
        opts.append(f"CACHE {s.cache}")
        if s.cycle:
            opts.append("CYCLE")
        out.append(f"CREATE SEQUENCE {m.name(s.id)} {' '.join(opts)};")
    out.append("")

    def render_function(f):
        s = f"CREATE FUNCTION {func_sig(m, f)} RETURNS {m.render(f.returns)}\n    LANGUAGE {f.lang} {f.volatility}"
        if f.strict:
            s += " STRICT"
        if f.secdef:
            s += " SECURITY DEFINER"
        if f.config:
            s += "\n    " + f.config
        body = m.render(f.body)
        out.append(s + "\n    AS $fn$" + body + "$fn$;")

    fns = sorted(m.of("function"), key=lambda o: o.id)
    for f in topo(m, [f for f in fns if f.pre]):
        render_function(f)
    out.append("")
    for t in sorted(m.of("table"), key=lambda o: o.id):
        lines = []
        for c in t.columns:
            s = f"    {qi(c.name)} {m.render(c.type)}"
            if c.generated:
                s += f" GENERATED ALWAYS AS ({m.render(c.generated)}) STORED"
            if c.default and not c.generated:
                s += f" DEFAULT {m.render(c.default)}"
            if c.notnull:
                s += " NOT NULL"
            if c.identity:
                s += f" GENERATED {c.identity} AS IDENTITY"
            lines.append(s)
        for k in t.constraints:
            if k.ckind != "f":
                lines.append(f"    CONSTRAINT {qi(k.name)} {m.render(k.body)}")
        unlogged = "UNLOGGED " if t.unlogged else ""
        s = f"CREATE {unlogged}TABLE {m.name(t.id)} (\n" + ",\n".join(lines) + "\n)"
        if t.options:
            s += f" WITH ({', '.join(t.options)})"
        out.append(s + ";")
    out.append("")
    for s in sorted(m.of("sequence"), key=lambda o: o.id):
        if s.owned_by:
            t, c = m.col(s.owned_by)
            out.append(f"ALTER SEQUENCE {m.name(s.id)} OWNED BY {m.name(t.id)}.{qi(c.name)};")
    for t in sorted(m.of("table"), key=lambda o: o.id):
        for k in t.constraints:
            if k.ckind == "f":
                out.append(f"ALTER TABLE {m.name(t.id)} ADD CONSTRAINT {qi(k.name)} {m.render(k.body)};")
    out.append("")
    later = [f for f in fns if not f.pre] + sorted(m.of("view"), key=lambda o: o.id)
    for o in topo(m, later):
        if o.kind == "function":
            render_function(o)
        else:
            opts = f" WITH ({', '.join(o.options)})" if o.options else ""
            kind = "MATERIALIZED VIEW" if o.mat else "VIEW"
            out.append(f"CREATE {kind} {m.name(o.id)}{opts} AS\n  {view_sql(m, o)};")
            if o.mat and getattr(o, "index", None):
                out.append(f"CREATE INDEX {qi(o.index)} ON {m.name(o.id)} ({qi(first_output(m, o))});")
    out.append("")
    for i in sorted(m.of("index"), key=lambda o: o.id):
        u = "UNIQUE " if i.unique else ""
        w = f" WHERE {m.render(i.where)}" if i.where else ""
        out.append(f"CREATE {u}INDEX {qi(i.name)} ON {m.name(i.table)} USING btree {m.render(i.body)}{w};")
    for tr in sorted(m.of("trigger"), key=lambda o: o.id):
        ev = " OR ".join(e + (" OF " + ", ".join(m.name(c) for c in tr.of) if e == "UPDATE" and tr.of else "")
                         for e in tr.events)
        w = f" WHEN {m.render(tr.when)}" if tr.when else ""
        out.append(f"CREATE TRIGGER {qi(tr.name)} {tr.timing} {ev} ON {m.name(tr.table)} FOR EACH ROW{w} "
                   f"EXECUTE FUNCTION {m.name(tr.fn)}();")
        if tr.enabled == "D":
            out.append(f"ALTER TABLE {m.name(tr.table)} DISABLE TRIGGER {qi(tr.name)};")
    out.append("")
    for t in sorted(m.of("table"), key=lambda o: o.id):
        if t.rls:
            out.append(f"ALTER TABLE {m.name(t.id)} ENABLE ROW LEVEL SECURITY;")
        if t.force_rls:
            out.append(f"ALTER TABLE {m.name(t.id)} FORCE ROW LEVEL SECURITY;")
    for p in sorted(m.of("policy"), key=lambda o: o.id):
        s = f"CREATE POLICY {qi(p.name)} ON {m.name(p.table)}"
        if not p.permissive:
            s += " AS RESTRICTIVE"
        s += f" FOR {p.cmd} TO {', '.join(qi(r) if r != 'PUBLIC' else r for r in p.roles)}"
        if p.using:
            s += f" USING ({m.render(p.using)})"
        if p.check:
            s += f" WITH CHECK ({m.render(p.check)})"
        out.append(s + ";")
    out.append("")
    # owners, grants, comments
    for s in schemas:
        if s.grants:
            render_grants(m, qi(s.name), s.grants, "SCHEMA ", out)
        if s.owner:
            out.append(f"ALTER SCHEMA {qi(s.name)} OWNER TO {qi(s.owner)};")
    for t in sorted(m.of("table"), key=lambda o: o.id):
        render_grants(m, m.name(t.id), t.grants, "TABLE ", out)
        for (cid, role), privs in sorted(t.colgrants.items()):
            out.append(f"GRANT {', '.join(sorted(privs))} ({m.name(cid)}) ON TABLE {m.name(t.id)} TO {qi(role)};")
        if t.owner:
            out.append(f"ALTER TABLE {m.name(t.id)} OWNER TO {qi(t.owner)};")
    for v in sorted(m.of("view"), key=lambda o: o.id):
        render_grants(m, m.name(v.id), v.grants, "TABLE ", out)
    for s in sorted(m.of("sequence"), key=lambda o: o.id):
        render_grants(m, m.name(s.id), s.grants, "SEQUENCE ", out)
    for f in fns:
        if f.revoke_public:
            out.append(f"REVOKE ALL ON FUNCTION {func_sig(m, f, False)} FROM PUBLIC;")
        render_grants(m, func_sig(m, f, False), f.grants, "FUNCTION ", out)
    for t in sorted(m.of("enum") + m.of("domain") + m.of("composite"), key=lambda o: o.id):
        render_grants(m, m.name(t.id), t.grants, "TYPE ", out)
    out.append("")
    for o in sorted(m.objs.values(), key=lambda o: o.id):
        if not o.comment:
            continue
        word = {"schema": "SCHEMA", "table": "TABLE", "enum": "TYPE", "domain": "DOMAIN", "composite": "TYPE",
                "sequence": "SEQUENCE", "index": "INDEX", "function": "FUNCTION"}.get(o.kind)
        if o.kind == "view":
            word = "MATERIALIZED VIEW" if o.mat else "VIEW"
        target = func_sig(m, o, False) if o.kind == "function" else m.name(o.id)
        if o.kind in ("trigger", "policy"):
            word = o.kind.upper()
            target = f"{qi(o.name)} ON {m.name(o.table)}"
        out.append(f"COMMENT ON {word} {target} IS {ql(o.comment)};")
    for t in sorted(m.of("table"), key=lambda o: o.id):
        for c in t.columns:
            if c.comment:
                out.append(f"COMMENT ON COLUMN {m.name(t.id)}.{qi(c.name)} IS {ql(c.comment)};")
        for k in t.constraints:
            if getattr(k, "comment", None):
                out.append(f"COMMENT ON CONSTRAINT {qi(k.name)} ON {m.name(t.id)} IS {ql(k.comment)};")
    for sch, objtype, role, privs in m.default_privs:
        in_schema = f" IN SCHEMA {m.name(sch)}" if sch else ""
        out.append(f"ALTER DEFAULT PRIVILEGES{in_schema} GRANT {privs} ON {objtype} TO {qi(role)};")
    return "\n".join(out) + "\n"


def first_output(m, v):
    expr, alias = v.items[0]
    if alias:
        return alias
    return m.render(expr).split(".")[-1].strip('"')


def output_names(m, v):
    names = []
    for expr, alias in v.items:
        names.append(alias or m.render(expr).split(".")[-1].strip('"').replace('""', '"'))
    return names


# ---------------------------------------------------------------------------
# dropping with dependents (like DROP ... CASCADE)
# ---------------------------------------------------------------------------

def drop(m, oid, log):
    """Remove an object or a column and whatever depends on it."""
    if oid.startswith("col"):
        t, c = m.col(oid)
        if c is None:
            return
        t.columns.remove(c)
        for k in list(t.constraints):
            if oid in Model.refs(k.body):
                t.constraints.remove(k)
        for key in list(t.colgrants):
            if key[0] == oid:
                del t.colgrants[key]
        for c2 in list(t.columns):
            if oid in Model.refs(c2.generated) or oid in Model.refs(c2.default):
                drop(m, c2.id, log)
    else:
        if oid not in m.objs:
            return
        o = m.objs.pop(oid)
        if o.kind == "schema":
            m.default_privs = [d for d in m.default_privs if d[0] != oid]
        if o.kind == "table":
            for c in list(o.columns):
                cascade(m, c.id, log)
    cascade(m, oid, log)


def cascade(m, oid, log):
    for o in list(m.objs.values()):
        if o.id not in m.objs:
            continue
        if o.kind == "table":
            for k in list(o.constraints):
                if oid in Model.refs(k.body):
                    o.constraints.remove(k)
            for c in list(o.columns):
                if oid in Model.refs(c.type) or oid in Model.refs(c.default) or oid in Model.refs(c.generated):
                    if c.fixed or oid in Model.refs(c.type):
                        drop(m, c.id, log)
                    else:
                        c.default = None
            continue
        if o.kind == "view" and oid not in Model.refs(o.from_) and oid not in Model.refs(o.where) \
                and oid not in Model.refs(o.group):
            keep = [it for it in o.items if oid not in Model.refs(it[0])]
            if keep and len(keep) < len(o.items):
                # views over this one name its columns through the same base
                # column ids, so the cascade reaches them too
                o.items = keep
                continue
            if keep:
                continue
        if oid in obj_deps(m, o) or (o.kind == "sequence" and o.owned_by == oid):
            if o.kind == "sequence":
                o.owned_by = None
                if getattr(o, "serial", False):
                    drop(m, o.id, log)
                continue
            drop(m, o.id, log)
            log.append(f"  (cascade: {o.kind} {o.name} dropped too)")


# ---------------------------------------------------------------------------
# mutations: each takes (m, rng) and returns a description, or None when it
# does not apply to this model
# ---------------------------------------------------------------------------

NEW_COLUMN_TYPES = [
    ("integer", ["0", "42"]), ("bigint", ["0"]), ("text", ["''::text", "'n/a'::text"]),
    ("boolean", ["false", "true"]), ("numeric(8,3)", ["0"]), ("timestamp with time zone", ["now()"]),
    ("date", ["CURRENT_DATE"]), ("jsonb", ["'{}'::jsonb"]), ("uuid", []), ("text[]", ["'{}'::text[]"]),
    ("character varying(64)", ["'x'::character varying"]), ("smallint", ["1"]),
]
WORDS = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet", "kilo",
         "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango"]


def fresh(m, rng, prefix, taken):
    for _ in range(100):
        name = f"{prefix}_{rng.choice(WORDS)}"
        if name not in taken:
            return name
        name = f"{prefix}_{rng.choice(WORDS)}_{rng.randint(2, 99)}"
        if name not in taken:
            return name
    raise RuntimeError("no fresh name")


def rel_names(m, schema):
    """Names taken in a schema by relations, types and constraints (their indexes)."""
    names = {o.name for o in m.objs.values() if getattr(o, "schema", None) == schema
             and o.kind in ("table", "view", "sequence", "index", "composite", "enum", "domain")}
    names |= {k.name for t in m.of("table") if t.schema == schema for k in t.constraints}
    names |= {v.index for v in m.of("view") if v.schema == schema and getattr(v, "index", None)}
    return names


def pick_table(m, rng, pred=lambda t: True):
    ts = [t for t in sorted(m.of("table"), key=lambda o: o.id) if pred(t)]
    return rng.choice(ts) if ts else None


def pick_column(m, rng, pred=lambda t, c: True):
    cs = [(t, c) for t in sorted(m.of("table"), key=lambda o: o.id) for c in t.columns if pred(t, c)]
    return rng.choice(cs) if cs else (None, None)


def used_by_dependents(m, cid):
    return [o for o in m.objs.values() if cid in obj_deps(m, o)]


def mut_add_column(m, rng):
    t = pick_table(m, rng)
    ty, defaults = rng.choice(NEW_COLUMN_TYPES)
    name = fresh(m, rng, "col", {c.name for c in t.columns})
    c = column(m, name, ty, alts=[])
    desc = f"add column {m.name(t.id)}.{qi(name)} {ty}"
    if defaults and rng.random() < 0.6:
        c.default = rng.choice(defaults)
        desc += f" DEFAULT {c.default}"
        if rng.random() < 0.5:
            c.notnull = True
            desc += " NOT NULL"
    if rng.random() < 0.2:
        c.comment = f"added column {name}"
        desc += " (with a comment)"
    t.columns.insert(rng.randint(0, len(t.columns)), c)
    return desc


def mut_drop_column(m, rng):
    t, c = pick_column(m, rng, lambda t, c: not c.fixed)
    if not c:
        return None
    deps = sorted({o.kind + " " + o.name for o in used_by_dependents(m, c.id)})
    log = []
    drop(m, c.id, log)
    return f"drop column {m.name(t.id)}.{qi(c.name)}" + (f" (used by: {', '.join(deps)})" if deps else "") + \
        ("\n" + "\n".join(log) if log else "")


def mut_rename_column(m, rng):
    t, c = pick_column(m, rng)
    old = c.name
    c.name = fresh(m, rng, old, {x.name for x in t.columns})
    deps = sorted({o.kind + " " + o.name for o in used_by_dependents(m, c.id)})
    return f"rename column {m.name(t.id)}.{qi(old)} to {qi(c.name)}" + (f" (used by: {', '.join(deps)})" if deps else "")


def mut_retype_column(m, rng):
    t, c = pick_column(m, rng, lambda t, c: c.alts and not c.generated)
    if not c:
        return None
    old = c.type
    new = rng.choice(c.alts)
    c.alts = [x for x in c.alts if x != new] + [old]
    c.type = new
    # defaults typed for the old type keep working through assignment casts; domain defaults too
    deps = sorted({o.kind + " " + o.name for o in used_by_dependents(m, c.id)})
    return f"retype column {m.name(t.id)}.{qi(c.name)} from {m.render(old)} to {m.render(new)}" + \
        (f" (used by: {', '.join(deps)})" if deps else "")


def mut_default(m, rng):
    t, c = pick_column(m, rng, lambda t, c: not c.identity and not c.generated and not c.fixed
                       and "nextval" not in (c.default or ""))
    if not c:
        return None
    ty = m.render(c.type)
    options = {"text": ["'none'::text", "''::text"], "integer": ["0", "7"], "bigint": ["0"],
               "numeric(12,2)": ["0", "1.5"], "timestamp with time zone": ["now()", "CURRENT_TIMESTAMP"],
               "date": ["CURRENT_DATE"], "boolean": ["true", "false"], "jsonb": ["'{}'::jsonb", "'[]'::jsonb"]}
    if c.default and rng.random() < 0.4:
        old = c.default
        c.default = None
        return f"drop default of {m.name(t.id)}.{qi(c.name)} (was {m.render(old)})"
    choices = [d for d in options.get(ty, []) if d != c.default]
    if not choices:
        return None
    c.default = rng.choice(choices)
    return f"set default of {m.name(t.id)}.{qi(c.name)} to {c.default}"


def mut_notnull(m, rng):
    t, c = pick_column(m, rng, lambda t, c: not c.identity and not c.fixed and
                       not any(k.ckind == "p" and c.id in Model.refs(k.body) for k in t.constraints))
    if not c:
        return None
    c.notnull = not c.notnull
    return f"{'set' if c.notnull else 'drop'} NOT NULL on {m.name(t.id)}.{qi(c.name)}"


def mut_in_list(m, rng):
    ts = [t for t in m.of("table") if getattr(t, "in_list", None)
          and any(k.id == t.in_list["con"] for k in t.constraints) and m.exists(t.in_list["col"])]
    if not ts:
        return None
    t = rng.choice(sorted(ts, key=lambda o: o.id))
    il = t.in_list
    k = next(k for k in t.constraints if k.id == il["con"])
    vals = list(il["values"])
    if rng.random() < 0.5 or len(vals) <= 2:
        add = [v for v in il["pool"] if v not in vals]
        v = rng.choice(add)
        vals.insert(rng.randint(0, len(vals)), v)
        what = f"allow {v!r}"
    else:
        v = rng.choice(vals)
        vals.remove(v)
        what = f"no longer allow {v!r}"
    il["values"] = vals
    k.body = "CHECK ({%s} IN (%s))" % (il["col"], ", ".join(ql(x) for x in vals))
    return f"change CHECK {k.name} on {m.name(t.id)}: {what}"


def mut_check(m, rng):
    t = pick_table(m, rng)
    checks = [k for k in t.constraints if k.ckind == "c"]
    if checks and rng.random() < 0.4:
        k = rng.choice(checks)
        t.constraints.remove(k)
        return f"drop CHECK {k.name} on {m.name(t.id)}"
    cols = [c for c in t.columns if m.render(c.type) in ("integer", "bigint", "numeric(12,2)", "numeric(10,2)",
                                                         "text", "numeric(14,2)")]
    if not cols:
        return None
    c = rng.choice(cols)
    ty = m.render(c.type)
    body = ("CHECK (length({%s}) > 0)" if ty == "text" else "CHECK ({%s} <> 12345)") % c.id
    name = fresh(m, rng, f"{t.name}_{c.name}_chk", rel_names(m, t.schema))
    t.constraints.append(constraint(m, name, "c", body))
    if rng.random() < 0.3:
        t.constraints[-1].comment = "added by a mutation"
    return f"add CHECK {name} on {m.name(t.id)}: {m.render(body)}"


def mut_fk(m, rng):
    fks = [(t, k) for t in sorted(m.of("table"), key=lambda o: o.id) for k in t.constraints if k.ckind == "f"]
    if fks and rng.random() < 0.4:
        t, k = rng.choice(fks)
        t.constraints.remove(k)
        return f"drop FOREIGN KEY {k.name} on {m.name(t.id)}"
    T, C = m.T, m.C
    options = []
    if m.exists(C["it.sku"].id) and "items" in T and T["items"].id in m.objs and T["products"].id in m.objs \
            and m.exists(C["pr.sku"].id) and m.render(m.col(C["it.sku"].id)[1].type) == "text":
        options.append(("items_sku", T["items"], "FOREIGN KEY ({%s}) REFERENCES {%s}({%s})"
                        % (C["it.sku"].id, T["products"].id, C["pr.sku"].id), None))
    # FK to a new unique key: UNIQUE (tenant_id, id) on customers, FK from orders (tenant_id, customer_id)
    if all(m.exists(C[k].id) for k in ("cust.tenant", "cust.id", "ord.tenant", "ord.cust")) \
            and m.render(m.col(C["cust.tenant"].id)[1].type) == m.render(m.col(C["ord.tenant"].id)[1].type):
        options.append(("tenant", T["orders"],
                        "FOREIGN KEY ({%s}, {%s}) REFERENCES {%s}({%s}, {%s})"
                        % (C["ord.tenant"].id, C["ord.cust"].id, T["customers"].id, C["cust.tenant"].id,
                           C["cust.id"].id),
                        (T["customers"], "UNIQUE ({%s}, {%s})" % (C["cust.tenant"].id, C["cust.id"].id))))
    if m.exists(C["tg.region"].id) and T["targets"].id in m.objs:
        pass
    if not options:
        return None
    key, t, body, uniq = rng.choice(options)
    if any(k.body == body for k in t.constraints):
        return None
    desc = ""
    if uniq:
        ut, ubody = uniq
        if not any(k.body == ubody for k in ut.constraints):
            uname = fresh(m, rng, f"{ut.name}_tenant_key", rel_names(m, ut.schema))
            ut.constraints.append(constraint(m, uname, "u", ubody))
            desc = f"add UNIQUE {uname} on {m.name(ut.id)} and "
    name = fresh(m, rng, f"{t.name}_{key}_fkey", rel_names(m, t.schema))
    if rng.random() < 0.3:
        body += " ON DELETE SET NULL" if key == "items_sku" and False else " ON UPDATE CASCADE"
    if rng.random() < 0.2:
        body += " DEFERRABLE INITIALLY DEFERRED"
    t.constraints.append(constraint(m, name, "f", body))
    return desc + f"add FOREIGN KEY {name} on {m.name(t.id)}: {m.render(body)}"


def mut_unique(m, rng):
    us = [(t, k) for t in sorted(m.of("table"), key=lambda o: o.id) for k in t.constraints if k.ckind == "u"
          and not any(k2.ckind == "f" and "REFERENCES {%s}" % t.id in k2.body
                      for t2 in m.of("table") for k2 in t2.constraints)]
    if us and rng.random() < 0.4:
        t, k = rng.choice(us)
        t.constraints.remove(k)
        return f"drop UNIQUE {k.name} on {m.name(t.id)}"
    t, c = pick_column(m, rng, lambda t, c: m.render(c.type) in ("text", "integer", "bigint", "date", "uuid")
                       and not c.generated)
    if not c:
        return None
    body = "UNIQUE ({%s})" % c.id
    if any(k.body == body for k in t.constraints):
        return None
    name = fresh(m, rng, f"{t.name}_{c.name}_key", rel_names(m, t.schema))
    t.constraints.append(constraint(m, name, "u", body))
    return f"add UNIQUE {name} on {m.name(t.id)} ({qi(c.name)})"


def mut_index(m, rng):
    idx = sorted(m.of("index"), key=lambda o: o.id)
    if idx and rng.random() < 0.4:
        i = rng.choice(idx)
        drop(m, i.id, [])
        return f"drop index {m.name(i.id)}"
    t, c = pick_column(m, rng, lambda t, c: m.render(c.type) in ("text", "integer", "bigint", "date",
                                                                 "timestamp with time zone", "numeric(12,2)",
                                                                 "boolean"))
    if not c:
        return None
    name = fresh(m, rng, f"{t.name}_{c.name}_idx", rel_names(m, t.schema))
    r = rng.random()
    where = None
    if r < 0.3 and m.render(c.type) == "text":
        body = "(lower({%s}))" % c.id
        kind = "expression"
    else:
        body = "({%s}%s)" % (c.id, rng.choice(["", " DESC", " NULLS FIRST"]))
        kind = "plain"
    if rng.random() < 0.35:
        others = [x for x in t.columns if x.id != c.id and m.render(x.type) in ("boolean", "integer", "bigint",
                                                                                "text")]
        if others:
            o = rng.choice(others)
            where = "({%s} IS NOT NULL)" % o.id
            kind += ", partial"
    m.add("index", "idx", schema=t.schema, name=name, table=t.id, body=body, unique=False, where=where)
    return f"add {kind} index {name} on {m.name(t.id)} {m.render(body)}" + (f" WHERE {m.render(where)}" if where else "")


def mut_view_columns(m, rng):
    vs = [v for v in sorted(m.of("view"), key=lambda o: o.id)]
    if not vs:
        return None
    v = rng.choice(vs)
    dependents = [o for o in m.of("view") if "{%s}" % v.id in o.from_]
    if len(v.items) > 2 and rng.random() < 0.45:
        # remove an output column nobody reads
        cands = [i for i, it in enumerate(v.items) if i > 0 and not (v.group and it[0] == v.group)]
        used = set()
        for o in dependents:
            for expr, _ in o.items:
                used |= Model.refs(expr)
            used |= Model.refs(o.from_)
        cands = [i for i in cands if not (Model.refs(v.items[i][0]) & used)]
        if v.mat and getattr(v, "index", None):
            cands = [i for i in cands if i != 0]
        if not cands:
            return None
        i = rng.choice(cands)
        name = output_names(m, v)[i]
        del v.items[i]
        return f"view {m.name(v.id)}: remove output column {name}" + \
            (f" (views over it: {', '.join(o.name for o in dependents)})" if dependents else "")
    if rng.random() < 0.3 and v.where is not None and not v.mat:
        v.where = v.where + " AND true" if "AND true" not in v.where else v.where.replace(" AND true", "")
        return f"view {m.name(v.id)}: change WHERE to {m.render(v.where)}"
    # add an output column: a constant or an expression
    names = set(output_names(m, v))
    alias = fresh(m, rng, "extra", names)
    expr = rng.choice(["42", "'x'::text", "now()", "NULL::integer", "1.5"])
    pos = rng.randint(1, len(v.items)) if rng.random() < 0.5 and not dependents else len(v.items)
    if v.group and "(" not in expr[:1]:
        pass
    v.items.insert(pos, [expr, alias])
    return f"view {m.name(v.id)}: add output column {alias} = {expr} at position {pos + 1}" + \
        (f" (views over it: {', '.join(o.name for o in dependents)})" if dependents else "")


def mut_function(m, rng):
    fs = [f for f in sorted(m.of("function"), key=lambda o: o.id)]
    f = rng.choice(fs)
    users = sorted({o.kind + " " + o.name for o in m.objs.values() if f.id in obj_deps(m, o)} |
                   {"column default " + c.name for t in m.of("table") for c in t.columns
                    if f.id in Model.refs(c.default)} |
                   {"index " + i.name for i in m.of("index") if f.id in Model.refs(i.body)})
    used = f" (used by: {', '.join(users)})" if users else ""
    r = rng.random()
    if f.returns != "trigger" and r < 0.2 and f.lang == "sql" and f.body.startswith("SELECT ") \
            and "; SELECT" not in f.body:
        # a change of the parsed body: 0 + x, '' || x
        prefix = "'' || " if f.returns in ("text", "character varying") else "0 + "
        if f.body.startswith("SELECT " + prefix):
            f.body = f.body.replace("SELECT " + prefix, "SELECT ", 1)
        else:
            f.body = f.body.replace("SELECT ", "SELECT " + prefix, 1)
        return f"change the body of function {func_sig(m, f, False)} (an operator added){used}"
    if f.returns == "trigger" and f.lang == "plpgsql" and r < 0.5:
        f.body = f.body.replace("BEGIN\n", "BEGIN\n  PERFORM 1;\n", 1) if "PERFORM 1;" not in f.body \
            else f.body.replace("  PERFORM 1;\n", "")
        return f"change the body of function {func_sig(m, f, False)} (a statement added){used}"
    if f.returns == "trigger" or r < 0.35:
        # A change to comments only is no difference to pgdrift (bodies are compared parsed,
        # see docs/plan.md), so the plan rightly leaves it: not a mutation for this harness.
        return None
    if r < 0.55:
        if any(f.id in Model.refs(i.body) for i in m.of("index")):
            return None   # index expressions need IMMUTABLE
        old = f.volatility
        f.volatility = rng.choice([v for v in ("IMMUTABLE", "STABLE", "VOLATILE") if v != old])
        return f"change volatility of {func_sig(m, f, False)} from {old} to {f.volatility}{used}"
    if r < 0.65:
        f.strict = not f.strict
        return f"{'set' if f.strict else 'unset'} STRICT on {func_sig(m, f, False)}{used}"
    if r < 0.75:
        if f.config:
            f.config = None
            return f"remove SET search_path from {func_sig(m, f, False)}"
        f.config = "SET search_path TO 'pg_catalog', 'pg_temp'"
        return f"add SET search_path to {func_sig(m, f, False)}"
    if r < 0.88 and f.returns in ("numeric", "integer", "text"):
        # return type change: callers (views, defaults, policies) must be rebuilt
        new = {"numeric": "double precision", "integer": "bigint", "text": "character varying"}[f.returns]
        old = f.returns
        f.returns = new
        if new == "double precision":
            f.body = f.body.replace("coalesce(sum(", "(coalesce(sum(", 1).replace("), 0)", "), 0))::double precision", 1) \
                if "(coalesce(sum(" not in f.body else f.body
        elif new == "bigint":
            f.body = f.body.replace("::integer", "::bigint")
        return f"change return type of {func_sig(m, f, False)} from {old} to {new}{used}"
    # signature change: add an argument with a default (a new function; callers still resolve)
    if any(a[0] == "p_scale" for a in f.args) or f.returns == "trigger":
        return None
    if users and any(u.startswith(("column default", "index", "policy", "trigger")) for u in users):
        return None
    f.args.append(["p_scale", "integer", "1"])
    return f"change signature of {m.name(f.id)}: add argument p_scale integer DEFAULT 1{used}"


def mut_policy(m, rng):
    ps = sorted(m.of("policy"), key=lambda o: o.id)
    r = rng.random()
    if ps and r < 0.25:
        p = rng.choice(ps)
        drop(m, p.id, [])
        return f"drop policy {p.name} on {m.name(p.table)}"
    if ps and r < 0.5:
        p = rng.choice(ps)
        roles = ["authenticated", "app_reader", "app_writer", "anon", "PUBLIC"]
        new = sorted(rng.sample([x for x in roles if x != "PUBLIC"], rng.randint(1, 2))) if rng.random() < 0.8 \
            else ["PUBLIC"]
        if new == p.roles:
            return None
        p.roles = new
        return f"policy {p.name} on {m.name(p.table)}: roles now {', '.join(new)}"
    if ps and r < 0.7:
        p = rng.choice(ps)
        if p.using is None:
            return None
        p.using = "(" + p.using + " AND true)" if "AND true" not in p.using else p.using[1:-len(" AND true)")]
        return f"policy {p.name} on {m.name(p.table)}: USING now {m.render(p.using)}"
    t = pick_table(m, rng)
    cols = [c for c in t.columns if m.render(c.type) in ("integer", "bigint", "text", "boolean")]
    if not cols:
        return None
    c = rng.choice(cols)
    name = fresh(m, rng, f"{t.name}_policy", {p.name for p in ps if p.table == t.id})
    cmd = rng.choice(["SELECT", "INSERT", "UPDATE", "DELETE", "ALL"])
    using = None if cmd == "INSERT" else "({%s} IS NOT NULL)" % c.id
    check = "({%s} IS NOT NULL)" % c.id if cmd in ("INSERT", "UPDATE", "ALL") and rng.random() < 0.6 else None
    if cmd == "INSERT" and check is None:
        check = "true"
    m.add("policy", "pol", schema=t.schema, name=name, table=t.id, cmd=cmd,
          roles=[rng.choice(["app_reader", "app_writer", "authenticated"])], using=using, check=check,
          permissive=rng.random() < 0.75)
    desc = f"add policy {name} on {m.name(t.id)} FOR {cmd}"
    if not t.rls and rng.random() < 0.7:
        t.rls = True
        desc += " and enable RLS"
    return desc


def mut_rls(m, rng):
    t = pick_table(m, rng)
    if rng.random() < 0.7:
        t.rls = not t.rls
        return f"{'enable' if t.rls else 'disable'} row level security on {m.name(t.id)}"
    t.force_rls = not t.force_rls
    return f"{'force' if t.force_rls else 'no force'} row level security on {m.name(t.id)}"


def mut_grant(m, rng):
    roles = ["app_reader", "app_writer", "anon", "authenticated", "service_role"]
    kind = rng.choice(["table", "table", "view", "column", "function", "schema", "sequence", "type"])
    pool = {"table": ["SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"],
            "view": ["SELECT", "INSERT", "UPDATE", "DELETE"], "function": ["EXECUTE"],
            "schema": ["USAGE", "CREATE"], "sequence": ["USAGE", "SELECT", "UPDATE"], "type": ["USAGE"],
            "column": ["SELECT", "INSERT", "UPDATE", "REFERENCES"]}[kind]
    if kind == "column":
        t, c = pick_column(m, rng)
        key = (c.id, rng.choice(roles))
        have = t.colgrants.get(key, set())
        p = rng.choice(pool)
        if p in have:
            have.discard(p)
            verb = "revoke"
        else:
            have = have | {p}
            verb = "grant"
        if have:
            t.colgrants[key] = have
        else:
            t.colgrants.pop(key, None)
        return f"{verb} {p} ({qi(c.name)}) on {m.name(t.id)} to/from {key[1]}"
    objs = {"table": m.of("table"), "view": m.of("view"), "function": m.of("function"),
            "schema": [s for s in m.of("schema") if not getattr(s, "builtin", False)],
            "sequence": m.of("sequence"), "type": m.of("enum") + m.of("domain") + m.of("composite")}[kind]
    if not objs:
        return None
    o = rng.choice(sorted(objs, key=lambda x: x.id))
    role = rng.choice(roles)
    p = rng.choice(pool)
    have = o.grants.setdefault(role, set())
    if p in have:
        have.discard(p)
        verb = "revoke"
    else:
        have.add(p)
        verb = "grant"
    if kind == "function" and rng.random() < 0.3:
        o.revoke_public = not o.revoke_public
        return f"{'revoke EXECUTE from PUBLIC on' if o.revoke_public else 'give EXECUTE back to PUBLIC on'} " \
               f"{func_sig(m, o, False)}"
    target = func_sig(m, o, False) if kind == "function" else m.name(o.id)
    return f"{verb} {p} on {kind} {target} {'to' if verb == 'grant' else 'from'} {role}"


def mut_enum(m, rng):
    es = sorted(m.of("enum"), key=lambda o: o.id)
    if not es:
        return None
    e = rng.choice(es)
    if rng.random() < 0.2:
        # rename a value nobody names
        named = " ".join(str(x) for o in m.objs.values() for x in vars(o).values() if isinstance(x, (str, list)))
        named += " ".join(str(c.default) for t in m.of("table") for c in t.columns)
        cands = [l for l in e.labels if f"'{l}'" not in named]
        if not cands:
            return None
        old = rng.choice(cands)
        new = fresh(m, rng, old, set(e.labels))
        e.labels[e.labels.index(old)] = new
        return f"rename value {old!r} of enum {m.name(e.id)} to {new!r}"
    new = fresh(m, rng, "v", set(e.labels))
    if rng.random() < 0.3:
        new = new + " it's"   # a quote inside the label
    pos = rng.randint(0, len(e.labels))
    e.labels.insert(pos, new)
    where = "at the end" if pos == len(e.labels) - 1 else f"before {e.labels[pos + 1]!r}"
    return f"add value {new!r} to enum {m.name(e.id)} {where}"


def mut_comment(m, rng):
    r = rng.random()
    if r < 0.3:
        t, c = pick_column(m, rng)
        old = c.comment
        c.comment = None if old and rng.random() < 0.5 else f"column note {rng.choice(WORDS)}"
        return f"{'drop' if not c.comment else 'set'} comment on column {m.name(t.id)}.{qi(c.name)}"
    objs = sorted([o for o in m.objs.values() if o.kind in ("table", "view", "function", "enum", "domain",
                                                           "sequence", "index", "schema", "trigger", "policy")
                   and not getattr(o, "builtin", False)], key=lambda o: o.id)
    o = rng.choice(objs)
    if o.comment and rng.random() < 0.4:
        o.comment = None
        return f"drop comment on {o.kind} {o.name}"
    o.comment = f"{o.kind} note: {rng.choice(WORDS)} 'quoted'"
    return f"set comment on {o.kind} {o.name}"


def mut_add_table(m, rng):
    sch = rng.choice(sorted([s for s in m.of("schema")], key=lambda s: s.id))
    name = fresh(m, rng, "tab", rel_names(m, sch.id))
    cols = [column(m, "id", "bigint", notnull=True, identity=rng.choice(["ALWAYS", "BY DEFAULT"]), fixed=True)]
    for _ in range(rng.randint(1, 3)):
        ty, defs = rng.choice(NEW_COLUMN_TYPES)
        cols.append(column(m, fresh(m, rng, "c", {c.name for c in cols}), ty,
                           default=rng.choice(defs) if defs and rng.random() < 0.4 else None))
    t = m.add("table", "tbl", schema=sch.id, name=name, columns=cols, constraints=[], rls=False, force_rls=False,
              grants={}, colgrants={}, owner=None, options=[], unlogged=False)
    t.constraints.append(constraint(m, f"{name}_pkey", "p", "PRIMARY KEY ({%s})" % cols[0].id))
    desc = f"add table {m.name(t.id)} ({', '.join(c.name for c in cols)})"
    r = rng.random()
    if r < 0.3 and m.exists(m.C["ord.id"].id) and m.T["orders"].id in m.objs:
        c = column(m, "order_id", "bigint")
        t.columns.append(c)
        t.constraints.append(constraint(m, f"{name}_order_id_fkey", "f", "FOREIGN KEY ({%s}) REFERENCES {%s}({%s})"
                                        % (c.id, m.T["orders"].id, m.C["ord.id"].id)))
        desc += " with a FOREIGN KEY to orders"
    elif r < 0.5:
        t.grants = {"app_reader": {"SELECT"}}
        desc += ", granted to app_reader"
    elif r < 0.6:
        t.unlogged = True
        desc += ", UNLOGGED"
    elif r < 0.7:
        t.options = ["fillfactor=70"]
        desc += " WITH (fillfactor=70)"
    if rng.random() < 0.3:
        t.comment = "a new table"
    return desc


def mut_drop_table(m, rng):
    t = pick_table(m, rng)
    users = sorted({o.kind + " " + o.name for o in m.objs.values() if o.id != t.id and
                    (t.id in obj_deps(m, o) or any(c.id in obj_deps(m, o) for c in t.columns))})
    log = []
    drop(m, t.id, log)
    return f"drop table {m.name(t.schema)}.{qi(t.name)}" + (f" (used by: {', '.join(users)})" if users else "")


def mut_rename_table(m, rng):
    t = pick_table(m, rng)
    old = m.name(t.id)
    t.name = fresh(m, rng, t.name.lower(), rel_names(m, t.schema))
    return f"rename table {old} to {qi(t.name)}"


def mut_add_view(m, rng):
    t = pick_table(m, rng)
    cols = rng.sample(t.columns, min(len(t.columns), rng.randint(1, 3)))
    sch = t.schema
    name = fresh(m, rng, "v", rel_names(m, sch))
    v = m.add("view", "vw", schema=sch, name=name, items=[["x.{%s}" % c.id, None] for c in cols],
              from_="{%s} x" % t.id, where=None, group=None, mat=rng.random() < 0.2, options=[], grants={})
    if rng.random() < 0.3:
        v.grants = {"app_reader": {"SELECT"}}
    # a view over this view, sometimes
    desc = f"add {'materialized ' if v.mat else ''}view {m.name(v.id)} over {m.name(t.id)}"
    if rng.random() < 0.3 and not v.mat:
        w = m.add("view", "vw", schema=sch, name=fresh(m, rng, "vv", rel_names(m, sch)),
                  items=[["y.{%s}" % cols[0].id, None]], from_="{%s} y" % v.id, where=None, group=None, mat=False,
                  options=[], grants={})
        desc += f" and view {m.name(w.id)} over it"
    return desc


def mut_drop_view(m, rng):
    vs = sorted(m.of("view"), key=lambda o: o.id)
    if not vs:
        return None
    v = rng.choice(vs)
    users = sorted(o.name for o in m.of("view") if v.id in obj_deps(m, o))
    drop(m, v.id, [])
    return f"drop {'materialized ' if v.mat else ''}view {m.name(v.schema)}.{qi(v.name)}" + \
        (f" (and views over it: {', '.join(users)})" if users else "")


def mut_add_function(m, rng):
    sch = rng.choice(sorted(m.of("schema"), key=lambda s: s.id))
    name = fresh(m, rng, "fn", {f.name for f in m.of("function") if f.schema == sch.id})
    kind = rng.choice(["sql", "plpgsql"])
    if kind == "sql":
        f = m.add("function", "fn", schema=sch.id, name=name, args=[["a", "integer"], ["b", "integer"]],
                  returns="integer", lang="sql", body="SELECT a + b", volatility="IMMUTABLE", strict=False,
                  secdef=False, config=None, grants={}, deps=set(), pre=True, revoke_public=False)
    else:
        f = m.add("function", "fn", schema=sch.id, name=name, args=[["x", "text"]], returns="text",
                  lang="plpgsql", body="\nBEGIN\n  RETURN upper(x);\nEND;\n", volatility="STABLE", strict=True,
                  secdef=False, config=None, grants={}, deps=set(), pre=True, revoke_public=False)
    desc = f"add function {func_sig(m, f, False)} ({kind})"
    if rng.random() < 0.4:
        # and use it in a new view
        vname = fresh(m, rng, "v_fn", rel_names(m, sch.id))
        call = "{%s}(1, 2)" % f.id if kind == "sql" else "{%s}('x'::text)" % f.id
        m.add("view", "vw", schema=sch.id, name=vname, items=[[call, "value"]], from_="(VALUES (1)) AS t(x)",
              where=None, group=None, mat=False, options=[], grants={})
        desc += f", used by a new view {vname}"
    return desc


def mut_drop_function(m, rng):
    fs = sorted([f for f in m.of("function")], key=lambda o: o.id)
    f = rng.choice(fs)
    users = sorted({o.kind + " " + o.name for o in m.objs.values() if f.id in obj_deps(m, o)})
    drop(m, f.id, [])
    return f"drop function {m.name(f.schema)}.{qi(f.name)}" + (f" (used by: {', '.join(users)})" if users else "")


def mut_add_type(m, rng):
    sch = rng.choice(sorted([s for s in m.of("schema")], key=lambda s: s.id))
    name = fresh(m, rng, "ty", rel_names(m, sch.id))
    k = rng.choice(["enum", "domain", "composite"])
    if k == "enum":
        t = m.add("enum", "typ", schema=sch.id, name=name, labels=["one", "two", "three"], grants={})
    elif k == "domain":
        t = m.add("domain", "typ", schema=sch.id, name=name, base="integer", notnull=False, default="0",
                  checks=[[f"{name}_check", "CHECK ((VALUE >= 0))"]], grants={})
    else:
        t = m.add("composite", "typ", schema=sch.id, name=name, attrs=[["a", "integer"], ["b", "text"]], grants={})
    desc = f"add {k} type {m.name(t.id)}"
    if rng.random() < 0.5:
        tb = pick_table(m, rng)
        c = column(m, fresh(m, rng, "typed", {c.name for c in tb.columns}), "{%s}" % t.id)
        tb.columns.append(c)
        desc += f", used by new column {m.name(tb.id)}.{qi(c.name)}"
    return desc


def mut_drop_type(m, rng):
    ts = sorted(m.of("enum") + m.of("domain") + m.of("composite"), key=lambda o: o.id)
    ts = [t for t in ts if not any(t.id in Model.refs(c.type) and c.fixed for tb in m.of("table")
                                   for c in tb.columns)]
    if not ts:
        return None
    t = rng.choice(ts)
    users = sorted({o.kind + " " + o.name for o in m.objs.values() if t.id in obj_deps(m, o)} |
                   {"column " + c.name for tb in m.of("table") for c in tb.columns if t.id in Model.refs(c.type)})
    drop(m, t.id, [])
    return f"drop type {m.name(t.schema)}.{qi(t.name)}" + (f" (used by: {', '.join(users)})" if users else "")


def mut_domain(m, rng):
    ds = sorted(m.of("domain"), key=lambda o: o.id)
    if not ds:
        return None
    d = rng.choice(ds)
    r = rng.random()
    if r < 0.4 and d.checks:
        k = d.checks.pop()
        return f"drop constraint {k[0]} of domain {m.name(d.id)}"
    if r < 0.7:
        name = fresh(m, rng, f"{d.name}_chk", {k[0] for k in d.checks})
        expr = "CHECK ((VALUE IS NOT NULL))" if rng.random() < 0.5 else \
            ("CHECK ((length((VALUE)::text) < 500))" if "text" in d.base else "CHECK ((VALUE < (1000000)::numeric))"
             if "numeric" in d.base else "CHECK ((VALUE < 1000000))")
        d.checks.append([name, expr])
        return f"add constraint {name} to domain {m.name(d.id)}: {expr}"
    if d.default:
        d.default = None
        return f"drop default of domain {m.name(d.id)}"
    d.default = "''::text" if "text" in d.base else "0"
    return f"set default of domain {m.name(d.id)} to {d.default}"


def mut_composite(m, rng):
    cs = sorted(m.of("composite"), key=lambda o: o.id)
    if not cs:
        return None
    c = rng.choice(cs)
    if len(c.attrs) > 2 and rng.random() < 0.4:
        a = c.attrs.pop()
        return f"drop attribute {a[0]} of type {m.name(c.id)}"
    name = fresh(m, rng, "attr", {a for a, _ in c.attrs})
    ty = rng.choice(["text", "integer", "date"])
    c.attrs.append([name, ty])
    return f"add attribute {name} {ty} to type {m.name(c.id)}"


def mut_add_schema(m, rng):
    name = rng.choice(["extra", "Extra Schema", "staging", "Archive"])
    if any(s.name == name for s in m.of("schema")):
        return None
    s = m.add("schema", "sch", name=name, grants={}, owner=None)
    desc = f"add schema {qi(name)}"
    if rng.random() < 0.5:
        s.grants = {"app_reader": {"USAGE"}}
    if rng.random() < 0.3:
        s.owner = "app_owner"
        desc += " owned by app_owner"
    if rng.random() < 0.6:
        t = m.add("table", "tbl", schema=s.id, name="things", columns=[], constraints=[], rls=False,
                  force_rls=False, grants={}, colgrants={}, owner=None, options=[], unlogged=False)
        t.columns = [column(m, "id", "integer", notnull=True, fixed=True), column(m, "label", "text")]
        t.constraints = [constraint(m, "things_pkey", "p", "PRIMARY KEY ({%s})" % t.columns[0].id)]
        desc += " with a table things"
    return desc


def mut_drop_schema(m, rng):
    ss = sorted([s for s in m.of("schema") if not getattr(s, "builtin", False) and s.name != "app"], key=lambda s: s.id)
    if not ss:
        return None
    s = rng.choice(ss)
    inside = [o for o in list(m.objs.values()) if getattr(o, "schema", None) == s.id]
    for o in inside:
        drop(m, o.id, [])
    drop(m, s.id, [])
    return f"drop schema {qi(s.name)} with everything in it ({len(inside)} objects)"


def mut_sequence(m, rng):
    ss = sorted([s for s in m.of("sequence") if not getattr(s, "serial", False)], key=lambda o: o.id)
    if not ss or rng.random() < 0.3:
        sch = rng.choice(sorted(m.of("schema"), key=lambda s: s.id))
        name = fresh(m, rng, "seq", rel_names(m, sch.id))
        m.add("sequence", "seq", schema=sch.id, name=name, start=rng.choice([1, 100]), increment=1, cache=1,
              minvalue=None, maxvalue=None, cycle=False, grants={}, owned_by=None)
        return f"add sequence {qi(m.objs[sch.id].name)}.{qi(name)}"
    s = rng.choice(ss)
    r = rng.random()
    if r < 0.25:
        s.increment = rng.choice([2, 5, 10])
        return f"sequence {m.name(s.id)}: INCREMENT BY {s.increment}"
    if r < 0.45:
        s.cache = rng.choice([10, 20])
        return f"sequence {m.name(s.id)}: CACHE {s.cache}"
    if r < 0.65:
        s.maxvalue = None if s.maxvalue else 99999999
        return f"sequence {m.name(s.id)}: MAXVALUE {s.maxvalue or 'default'}"
    if r < 0.8:
        s.cycle = not s.cycle
        return f"sequence {m.name(s.id)}: {'CYCLE' if s.cycle else 'NO CYCLE'}"
    s.start = s.start + 1000
    return f"sequence {m.name(s.id)}: START WITH {s.start}"


def mut_identity(m, rng):
    t, c = pick_column(m, rng, lambda t, c: c.identity)
    if not c:
        return None
    c.identity = "BY DEFAULT" if c.identity == "ALWAYS" else "ALWAYS"
    return f"identity of {m.name(t.id)}.{qi(c.name)} now GENERATED {c.identity}"


def mut_trigger(m, rng):
    trs = sorted(m.of("trigger"), key=lambda o: o.id)
    r = rng.random()
    if trs and r < 0.3:
        tr = rng.choice(trs)
        drop(m, tr.id, [])
        return f"drop trigger {tr.name} on {m.name(tr.table)}"
    if trs and r < 0.5:
        tr = rng.choice(trs)
        tr.enabled = "D" if tr.enabled == "O" else "O"
        return f"{'disable' if tr.enabled == 'D' else 'enable'} trigger {tr.name} on {m.name(tr.table)}"
    if trs and r < 0.65:
        tr = rng.choice([t for t in trs])
        if tr.of or tr.timing == "BEFORE":
            return None
        tr.events = ["INSERT", "UPDATE"] if tr.events != ["INSERT", "UPDATE"] else ["INSERT", "UPDATE", "DELETE"]
        return f"trigger {tr.name} on {m.name(tr.table)} now fires on {' OR '.join(tr.events)}"
    if "log" not in m.F or m.F["log"].id not in m.objs:
        return None
    t = pick_table(m, rng)
    name = fresh(m, rng, f"{t.name}_audit", {x.name for x in trs if x.table == t.id})
    m.add("trigger", "trg", schema=t.schema, name=name, table=t.id, timing="AFTER",
          events=rng.choice([["INSERT"], ["UPDATE"], ["INSERT", "DELETE"]]), fn=m.F["log"].id, of=None, when=None,
          enabled="O")
    return f"add trigger {name} on {m.name(t.id)}"


def mut_owner(m, rng):
    t = pick_table(m, rng)
    t.owner = None if t.owner else "app_owner"
    return f"owner of {m.name(t.id)} now {t.owner or 'postgres'}"


def mut_table_options(m, rng):
    t = pick_table(m, rng)
    if t.options:
        t.options = [] if rng.random() < 0.5 else ["fillfactor=80", "autovacuum_enabled=false"]
    else:
        t.options = ["fillfactor=" + str(rng.choice([50, 70, 90]))]
    return f"storage parameters of {m.name(t.id)} now ({', '.join(t.options)})"


def mut_default_privileges(m, rng):
    if m.default_privs and rng.random() < 0.5:
        d = m.default_privs.pop()
        return f"drop default privileges {d[3]} on {d[1]} to {d[2]}"
    sch = rng.choice([None] + sorted([s.id for s in m.of("schema")]))
    d = (sch, rng.choice(["TABLES", "SEQUENCES", "FUNCTIONS"]), rng.choice(["app_reader", "app_writer"]), None)
    privs = {"TABLES": "SELECT", "SEQUENCES": "USAGE", "FUNCTIONS": "EXECUTE"}[d[1]]
    d = (d[0], d[1], d[2], privs)
    if any(x[:3] == d[:3] for x in m.default_privs):
        return None
    m.default_privs.append(d)
    return f"ALTER DEFAULT PRIVILEGES{' IN SCHEMA ' + m.name(sch) if sch else ''} GRANT {privs} ON {d[1]} TO {d[2]}"


def mut_matview(m, rng):
    vs = [v for v in m.of("view") if v.mat]
    if not vs:
        return None
    v = rng.choice(sorted(vs, key=lambda o: o.id))
    if v.where:
        v.where = None
        return f"materialized view {m.name(v.id)}: drop its WHERE"
    cols = [it for it in v.items]
    v.where = "true"
    return f"materialized view {m.name(v.id)}: add WHERE true"


MUTATIONS = [
    (mut_add_column, 6), (mut_drop_column, 6), (mut_rename_column, 3), (mut_retype_column, 6), (mut_default, 4),
    (mut_notnull, 3), (mut_in_list, 4), (mut_check, 3), (mut_fk, 3), (mut_unique, 3), (mut_index, 4),
    (mut_view_columns, 5), (mut_function, 6), (mut_policy, 4), (mut_rls, 2), (mut_grant, 5), (mut_enum, 4),
    (mut_comment, 3), (mut_add_table, 3), (mut_drop_table, 2), (mut_rename_table, 1), (mut_add_view, 3),
    (mut_drop_view, 2), (mut_add_function, 2), (mut_drop_function, 2), (mut_add_type, 2), (mut_drop_type, 2),
    (mut_domain, 2), (mut_composite, 2), (mut_add_schema, 1), (mut_drop_schema, 1), (mut_sequence, 2),
    (mut_identity, 1), (mut_trigger, 3), (mut_owner, 1), (mut_table_options, 1), (mut_default_privileges, 1),
    (mut_matview, 1),
]


MODEL_KINDS = {f.__name__[4:]: (f, w) for f, w in MUTATIONS}


def all_kinds():
    """Every mutation kind: the model's (on the base schema) and the DDL surface's."""
    return list(MODEL_KINDS) + ddl_kinds.names()


def apply_model_mutation(b, f, rng):
    """Apply f to a copy of model b; (new model, description) or (b, None)."""
    before = render(b)
    trial = copy.deepcopy(b)
    try:
        d = f(trial, rng)
    except (KeyError, IndexError, ValueError):
        d = None
    if not d:
        return b, None
    try:
        after = render(trial)
    except KeyError:
        return b, None
    if after == before:
        return b, None
    return trial, d


def schema_for(kind, used):
    s = kind
    n = 2
    while s in used:
        s, n = f"{kind}_{n}", n + 1
    used.add(s)
    return s


def make_pair(seed, i, kind=None, refused=(), left_out=()):
    """(a.sql, b.sql, mutation lines, kind names) of pair i of seed.  With kind, the
    pair has that one mutation kind; otherwise 1-4 kinds drawn at random from the
    model's and the DDL surface's (a refused kind only ever comes alone, so that its
    refusal cannot hide another kind's failure); random pairs never draw a kind in left_out
    (the kinds docs/plan-coverage.md marks open)."""
    rng = random.Random(f"pgdrift-plan-{seed}-{i}" if kind is None else f"pgdrift-plan-{seed}-{kind}-{i}")
    a = base_model()
    b = copy.deepcopy(a)
    frags, done, kinds, used = [], [], [], set()

    def add_ddl(name):
        fr = ddl_kinds.KINDS[name][0](rng, schema_for(name, used))
        frags.append(fr)
        done.append(f"{name}: {fr.desc}")
        kinds.append(name)

    if kind is not None:
        if kind in ddl_kinds.KINDS:
            add_ddl(kind)
        else:
            f = MODEL_KINDS[kind][0]
            for _ in range(50):
                b, d = apply_model_mutation(b, f, rng)
                if d:
                    done.append(f"{kind}: {d}")
                    kinds.append(kind)
                    break
            if not kinds:
                raise RuntimeError(f"mutation kind {kind} found nothing to change")
    else:
        n = rng.randint(1, 4)
        model_funcs = [f for f, _ in MUTATIONS]
        model_weights = [w for _, w in MUTATIONS]
        ddl_names = ddl_kinds.names()
        tries = 0
        while len(done) < n and tries < 50:
            tries += 1
            if rng.random() < 0.5:
                name = rng.choice(ddl_names)
                if name in kinds or name in left_out:
                    continue
                if name in refused:
                    if done:
                        continue
                    add_ddl(name)
                    break
                add_ddl(name)
                continue
            f = rng.choices(model_funcs, model_weights)[0]
            b, d = apply_model_mutation(b, f, rng)
            if d:
                done.append(f"{f.__name__[4:]}: {d}")
                kinds.append(f.__name__[4:])
    a_sql, b_sql = render(a), render(b)
    if frags:
        a_sql += "\n-- the DDL surface (tests/plan/ddl_kinds.py)\n" + "\n".join(fr.a for fr in frags)
        b_sql += "\n-- the DDL surface (tests/plan/ddl_kinds.py)\n" + "\n".join(fr.b for fr in frags)
    return a_sql, b_sql, done, kinds


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed")
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--only", type=int, help="write only pair number ONLY (1-based)")
    ap.add_argument("--kind", help="every pair has this one mutation kind (see --list-kinds); "
                                   "all: COUNT pairs of every kind, each kind alone")
    ap.add_argument("--list-kinds", action="store_true", help="print the mutation kinds, one a line, and exit")
    ap.add_argument("outdir", nargs="?")
    args = ap.parse_args()
    known = all_kinds()
    if args.list_kinds:
        for k in known:
            print(k)
        return 0
    if not args.seed or not args.outdir:
        ap.error("--seed and OUTDIR are required")
    if args.kind and args.kind != "all" and args.kind not in known:
        ap.error(f"unknown mutation kind {args.kind!r}; --list-kinds prints them")
    documented = coverage.read()
    missing = [k for k in known if k not in documented]
    if missing:
        sys.exit(f"generate_pairs: mutation kinds not listed in docs/plan-coverage.md: {', '.join(missing)}")
    refused = coverage.refused()
    left_out = coverage.open_kinds()
    os.makedirs(args.outdir, exist_ok=True)
    which = [args.only] if args.only else range(1, args.count + 1)
    for i in which:
        for kind in (known if args.kind == "all" else [args.kind]):
            write_pair(args.outdir, args.seed, i, kind, refused, left_out)
    return 0


def write_pair(outdir, seed, i, kind, refused, left_out):
    a, b, muts, kinds = make_pair(seed, i, kind, refused, left_out)
    d = os.path.join(outdir, f"{seed}-{kind}-{i}" if kind else f"{seed}-{i}")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "a.sql"), "w") as f:
        f.write(a)
    with open(os.path.join(d, "b.sql"), "w") as f:
        f.write(b)
    with open(os.path.join(d, "mutations.txt"), "w") as f:
        f.write(f"seed {seed} pair {i}{' kind ' + kind if kind else ''}\n" + "\n".join(muts) + "\n")
    with open(os.path.join(d, "kinds"), "w") as f:
        f.write("".join(k + "\n" for k in kinds))


if __name__ == "__main__":
    sys.exit(main())
