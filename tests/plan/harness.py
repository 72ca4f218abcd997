#!/usr/bin/env python3
"""Round-trip proof harness for `pgdrift plan` (see tests/plan/README.md).

For a pair of schemas A.sql (old) and B.sql (new), in a throwaway PostgreSQL
cluster:

  1. load A into database a and B into database b (psql -v ON_ERROR_STOP=1),
  2. pg_dump --schema-only both,
  3. run the planner on the two dumps (default: PGDRIFT plan --allow-drops),
  4. CREATE DATABASE c TEMPLATE a; apply the plan to c with psql -v ON_ERROR_STOP=1,
  5. compare the catalog snapshot of c with that of b (tests/sql/catalog_snapshot.sql).

The comparison never goes through pgdrift: only the server's own catalog.

The same run is also a differential check of `pgdrift diff`: on the two dumps it
must say "same" (exit 0) exactly when the snapshots of a and b are equal
(DIFF MISSED / DIFF FALSE otherwise).  A pair whose remaining difference comes
from a mutation kind that docs/plan-coverage.md lists as refused, with the
warning listed there printed by pgdrift, counts as refused: neither passed nor
failed.

Subcommands (the shell scripts next to this file are thin wrappers):
  pair A.sql B.sql [-- PLAN ARGS]       one pair                       (roundtrip.sh)
  generated DIR                          every DIR/*/{a,b}.sql          (run_generated.sh)
  pairs DIR...                           every pair, both directions    (run_pairs.sh)
  corpus DIR                             migra-style corpus, pass rate  (run_corpus.sh)
  oracle SQL...                          self-test of the snapshot oracle: SQL and the
                                         restore of its own pg_dump snapshot identical

Environment:
  PLANNER       shell command that plans instead of pgdrift; it is run as
                `bash -c 'PLANNER "$@"' planner OLD.dump NEW.dump` (OLD and NEW
                are also exported as $OLD and $NEW) and must print SQL on stdout;
                its exit status is reported but not judged.
  PLAN_CLUSTER  directory of a scripts/pg-sandbox cluster to start or reuse and
                leave running (default: a temporary one, stopped at exit).
  JOBS          pairs run at once (default 2).
  KEEP_TMP=1    keep the work directory (dumps, plans, snapshots, logs).
  PLAN_RESULTS  append one JSON line per pair (name, kinds, status, reason) to this file.
"""

import argparse
import concurrent.futures
import difflib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import coverage  # noqa: E402  (docs/plan-coverage.md: the refused mutation kinds)
ROOT = os.path.dirname(os.path.dirname(HERE))
SNAPSHOT_SQL = os.path.join(ROOT, "tests", "sql", "catalog_snapshot.sql")
ROLES_SQL = os.path.join(HERE, "roles.sql")
SANDBOX = os.path.join(ROOT, "scripts", "pg-sandbox")

MAX_PLAN_LINES = int(os.environ.get("MAX_PLAN_LINES", "150"))
MAX_DIFF_LINES = int(os.environ.get("MAX_DIFF_LINES", "120"))


def pg_bindir():
    if os.environ.get("PG_BINDIR"):
        return os.environ["PG_BINDIR"]
    base = "/usr/lib/postgresql"
    try:
        versions = sorted((d for d in os.listdir(base) if d.replace(".", "").isdigit()),
                          key=lambda v: [int(x) for x in v.split(".")])
    except FileNotFoundError:
        versions = []
    if not versions:
        sys.exit("SETUP ERROR: no PostgreSQL installation under /usr/lib/postgresql (scripts/install-deps)")
    return os.path.join(base, versions[-1], "bin")


BIN = pg_bindir()
PSQL = os.path.join(BIN, "psql")
PG_DUMP = os.path.join(BIN, "pg_dump")


class SetupError(Exception):
    pass


TIMES = {}
_times_lock = threading.Lock()


def timed(label, fn, *a, **kw):
    t0 = time.time()
    try:
        return fn(*a, **kw)
    finally:
        with _times_lock:
            TIMES[label] = TIMES.get(label, 0.0) + time.time() - t0


class Cluster:
    """A scripts/pg-sandbox cluster; the client environment to reach it."""

    def __init__(self, workdir):
        self.reused = bool(os.environ.get("PLAN_CLUSTER"))
        self.dir = os.path.abspath(os.environ.get("PLAN_CLUSTER") or os.path.join(workdir, "pg"))
        out = subprocess.run([SANDBOX, "start", self.dir], capture_output=True, text=True)
        if out.returncode != 0:
            raise SetupError("could not start the PostgreSQL sandbox: " + out.stderr.strip())
        env = dict(os.environ)
        for var in ("PGDATABASE", "PGSERVICE", "PGSERVICEFILE", "PGPASSWORD", "PGPASSFILE",
                    "PGHOSTADDR", "PGSSLMODE", "PGCONNECT_TIMEOUT", "PGOPTIONS"):
            env.pop(var, None)
        for m in re.finditer(r"(PG\w+)=(\S+)", out.stdout):
            env[m.group(1)] = m.group(2)
        env.update(PGTZ="UTC", PGCLIENTENCODING="UTF8", PGAPPNAME="pgdrift-plan-harness",
                   PGOPTIONS="-c client_min_messages=warning", LC_ALL="C.UTF-8")
        self.env = env
        self._drops, self._drop_lock = [], threading.Lock()
        self.run_sql("postgres", file=ROLES_SQL)

    def stop(self):
        self.drop_dbs([], now=True)
        if not self.reused:
            subprocess.run([SANDBOX, "stop", self.dir], capture_output=True)

    def psql(self, db, args, **kw):
        return timed("psql " + (args[1][:12] if args[0] == "-c" else os.path.basename(args[1])[:12]),
                     subprocess.run, [PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db] + args,
                     capture_output=True, text=True, env=self.env, **kw)

    def run_sql(self, db, sql=None, file=None, cwd=None):
        args = ["-c", sql] if sql is not None else ["-f", file]
        out = self.psql(db, args, cwd=cwd)
        if out.returncode != 0:
            raise SetupError(f"psql {' '.join(args)[:200]} on {db}: {first_error(out.stderr)}")
        return out

    def create_db(self, name, template="template1", also=()):
        """CREATE DATABASE name (and each (name, template) of also) in one psql."""
        args = []
        for n, t in [(name, template)] + list(also):
            # FILE_COPY: a file-level copy of the template, measured faster here than WAL_LOG
            args += ["-c", f'DROP DATABASE IF EXISTS "{n}"',
                     "-c", f'CREATE DATABASE "{n}" TEMPLATE "{t}" STRATEGY FILE_COPY']
        for attempt in range(5):
            out = self.psql("postgres", args)
            if out.returncode == 0:
                return
            if "is being accessed by other users" not in out.stderr:
                break
            time.sleep(0.5)   # another job is copying the same template right now
        raise SetupError(f"CREATE DATABASE {name}: {first_error(out.stderr)}")

    def drop_dbs(self, names, now=False):
        """Drops are queued and done in batches: one psql for many databases."""
        with self._drop_lock:
            self._drops.extend(names)
            if len(self._drops) < 16 and not now:
                return
            batch, self._drops = self._drops, []
        if batch:
            args = []
            for n in batch:
                args += ["-c", f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)']
            subprocess.run([PSQL, "-X", "-q", "-d", "postgres"] + args, capture_output=True, env=self.env)

    def dump(self, db, path):
        out = timed("pg_dump", subprocess.run, [PG_DUMP, "--schema-only", "-d", db, "-f", path],
                             capture_output=True, text=True, env=self.env)
        if out.returncode != 0:
            raise SetupError(f"pg_dump {db}: {out.stderr.strip()}")

    def snapshot(self, db, path):
        out = subprocess.run([PSQL, "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-d", db, "-f", SNAPSHOT_SQL],
                             capture_output=True, text=True, env=self.env)
        if out.returncode != 0:
            raise SetupError(f"snapshot query on {db}: {first_error(out.stderr)}")
        with open(path, "w") as f:
            f.write(out.stdout)
        return out.stdout


def first_error(stderr):
    lines = stderr.strip().splitlines()
    for i, line in enumerate(lines):
        if "ERROR:" in line or "FATAL:" in line:
            return " | ".join(lines[i:i + 3])
    return " | ".join(lines[:3]) or "(no message)"


SESSION_ONLY = re.compile(
    r"^(SET\s|RESET\s|BEGIN\b|COMMIT\b|START\s+TRANSACTION\b|SELECT\s+pg_catalog\.set_config\s*\(|\\)", re.I)


def has_statements(sql):
    """Does a plan change anything?  Comments, blank lines, session settings (SET,
    RESET, set_config), BEGIN/COMMIT and psql meta-commands do not count."""
    s = re.sub(r"/\*.*?\*/", " ", sql, flags=re.S)
    for line in s.splitlines():
        line = line.strip()
        if line and not line.startswith("--") and not SESSION_ONLY.match(line):
            return True
    return False


def numbered(text, limit):
    lines = text.splitlines()
    out = [f"  {i + 1:4d}  {line}" for i, line in enumerate(lines[:limit])]
    if len(lines) > limit:
        out.append(f"  ... ({len(lines) - limit} more lines)")
    return "\n".join(out) if out else "  (empty plan)"


class Planner:
    def __init__(self, pgdrift, extra_args):
        self.custom = os.environ.get("PLANNER")
        self.pgdrift = os.path.abspath(pgdrift) if pgdrift and "/" in pgdrift else pgdrift
        self.extra = list(extra_args)

    def describe(self):
        if self.custom:
            return f"PLANNER={self.custom!r}"
        return " ".join([self.pgdrift or "pgdrift", "plan", "--allow-drops"] + self.extra)

    def command(self, old, new):
        if self.custom:
            return ["bash", "-c", self.custom + ' "$@"', "planner", old, new]
        return [self.pgdrift, "plan", "--allow-drops"] + self.extra + [old, new]

    def run(self, old, new, env):
        env = dict(env, OLD=old, NEW=new)
        for attempt in range(10):   # the binary may be being rebuilt under us
            if self.custom or os.path.exists(self.pgdrift or "") or shutil.which(self.pgdrift or ""):
                break
            time.sleep(3)
        try:
            return subprocess.run(self.command(old, new), capture_output=True, text=True, env=env, timeout=300)
        except FileNotFoundError as e:
            return subprocess.CompletedProcess([], 127, "", str(e))
        except subprocess.TimeoutExpired:
            return subprocess.CompletedProcess([], 124, "", "planner timed out after 300 s")


class Differ:
    """The differential half of the oracle: `pgdrift diff OLD NEW` must say "same" (exit 0)
    exactly when the catalog snapshots of A and B are equal.  The snapshot ignores column
    order, so the diff is asked to as well when it knows the column_order aspect."""

    def __init__(self, pgdrift):
        usable = pgdrift and pgdrift != "-" and (os.path.exists(pgdrift) or shutil.which(pgdrift))
        self.pgdrift = os.path.abspath(pgdrift) if usable and "/" in pgdrift else (pgdrift if usable else None)
        self._extra = None
        self._lock = threading.Lock()

    def extra(self, some_dump):
        with self._lock:
            if self._extra is None:
                probe = subprocess.run([self.pgdrift, "diff", "--ignore", "column_order", some_dump, some_dump],
                                       capture_output=True, text=True)
                self._extra = ["--ignore", "column_order"] if probe.returncode == 0 else []
            return self._extra

    def run(self, old, new):
        """(exit status, output) of the diff; None when there is no pgdrift to ask."""
        if not self.pgdrift:
            return None
        cmd = [self.pgdrift, "diff", "--color", "never"] + self.extra(old) + [old, new]
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
        except subprocess.TimeoutExpired:
            return 124, "diff timed out after 300 s"
        return p.returncode, (p.stdout + p.stderr)


REFUSED = coverage.refused()


def refusal(kinds, stderr):
    """The documented refusal that explains a pair's remaining difference, or None: one of
    its kinds is listed as refused in docs/plan-coverage.md and pgdrift printed that
    kind's warning."""
    for k in kinds or ():
        w = REFUSED.get(k)
        if w is not None and w and w in stderr:
            return f"{k}: {w}"
    return None


class Result:
    def __init__(self, name, status, detail="", info=None):
        self.name = name
        self.status = status   # pass | refused | fail | setup
        self.detail = detail
        self.info = info or {}


_counter = 0
_counter_lock = threading.Lock()
MARK = "=====pgdrift-plan-harness-snapshot====="


def next_id():
    global _counter
    with _counter_lock:
        _counter += 1
        return _counter


class Loaded:
    """A schema SQL file loaded once into a template database, with its dump and snapshot."""

    def __init__(self, db, dump, snapshot, error=None):
        self.db, self.dump, self.snapshot, self.error = db, dump, snapshot, error


class Store:
    """Loads each distinct SQL text once per run (keyed by content), so pairs that share a
    side (every generated pair shares A; run_pairs runs each pair both ways) reuse it:
    the copy the plan is applied to is CREATE DATABASE ... TEMPLATE of it."""

    def __init__(self, cluster, workdir, uses):
        self.cluster, self.workdir = cluster, workdir
        self.uses = dict(uses)       # content key -> pairs still to use it
        self.items, self.locks = {}, {}
        self.lock = threading.Lock()

    @staticmethod
    def key(path):
        import hashlib
        with open(path, "rb") as f:
            return hashlib.sha1(f.read()).hexdigest()[:16]

    def get(self, path, also=()):
        """The loaded schema; `also` are databases to create in the same psql when
        it has to be loaded (returns whether they were)."""
        k = self.key(path)
        with self.lock:
            lk = self.locks.setdefault(k, threading.Lock())
        with lk:
            if k not in self.items:
                self.items[k] = self.load(path, k, also)
                return self.items[k], bool(also)
            return self.items[k], False

    def load(self, path, k, also=()):
        c = self.cluster
        db = f"plan{os.getpid()}_{k}"
        dump = os.path.join(self.workdir, f"{k}.dump.sql")
        try:
            c.create_db(db, also=also)
            src = os.path.abspath(path)
            out = c.psql(db, ["-f", src, "-c", f"\\c {db}", "-c", "\\echo " + MARK, "-A", "-t", "-f", SNAPSHOT_SQL],
                         cwd=os.path.dirname(src))
            if out.returncode != 0:
                return Loaded(db, None, None, f"{path} does not load: {first_error(out.stderr)}")
            snap = out.stdout.split(MARK + "\n", 1)[1] if MARK in out.stdout else None
            if snap is None:
                return Loaded(db, None, None, f"snapshot of {path} missing")
            c.dump(db, dump)
            return Loaded(db, dump, snap)
        except SetupError as e:
            return Loaded(db, None, None, str(e))

    def release(self, path):
        k = self.key(path)
        with self.lock:
            self.uses[k] = self.uses.get(k, 1) - 1
            item = self.items.get(k) if self.uses[k] <= 0 else None
        if item and os.environ.get("KEEP_TMP") != "1":
            self.cluster.drop_dbs([item.db])

    def close(self):
        if os.environ.get("KEEP_TMP") != "1":
            self.cluster.drop_dbs([i.db for i in self.items.values()])


def roundtrip(cluster, store, planner, differ, name, a_sql, b_sql, workdir, kinds=None):
    """One pair. Returns a Result; never raises."""
    n = next_id()
    dc = f"plan{os.getpid()}_{n}_c"
    w = os.path.join(workdir, f"{n:04d}")
    os.makedirs(w, exist_ok=True)
    try:
        A, _ = store.get(a_sql)
        if A.error:
            return Result(name, "setup", A.error)
        # c, the copy of A the plan is applied to, is created with B's database when B is new
        B, c_created = store.get(b_sql, also=[(dc, A.db)])
        if B.error:
            return Result(name, "setup", B.error)
        old, new = os.path.join(w, "old.dump.sql"), os.path.join(w, "new.dump.sql")
        shutil.copyfile(A.dump, old)
        shutil.copyfile(B.dump, new)
        with open(os.path.join(w, "b.snapshot"), "w") as f:
            f.write(B.snapshot)

        p = timed("planner", planner.run, old, new, cluster.env)
        plan = p.stdout
        with open(os.path.join(w, "plan.sql"), "w") as f:
            f.write(plan)
        planner_line = f"planner exit {p.returncode}" + (f"; stderr: {p.stderr.strip()[:2000]}" if p.stderr.strip() else "")
        stmts = has_statements(plan)
        identical = open(a_sql, "rb").read() == open(b_sql, "rb").read()

        # the differential check: diff says "same" exactly when the snapshots are equal
        same_catalog = A.snapshot == B.snapshot
        diff_note = ""
        d = timed("diff", differ.run, old, new)
        if d is not None:
            drc, dout = d
            if drc not in (0, 1):
                diff_note = f"DIFF ERROR\n-- pgdrift diff exited {drc}:\n" + "\n".join(
                    "  " + l for l in dout.strip().splitlines()[:20])
            elif drc == 0 and not same_catalog:
                diff_note = "DIFF MISSED\n-- pgdrift diff says the dumps are the same, but the catalogs of A and B differ:\n" \
                    + "\n".join(list(difflib.unified_diff(A.snapshot.splitlines(), B.snapshot.splitlines(), "A", "B",
                                                          lineterm="", n=0))[2:MAX_DIFF_LINES])
            elif drc == 1 and same_catalog:
                diff_note = "DIFF FALSE\n-- the catalogs of A and B are equal, but pgdrift diff reports:\n" + "\n".join(
                    "  " + l for l in dout.strip().splitlines()[:40])

        def fail(kind, text):
            if diff_note:   # a wrong diff explains the rest: it is the reason, the plan's failure follows
                kind, text = diff_note.split("\n", 1)[0], diff_note.split("\n", 1)[1] + f"\n-- and the plan: {kind}\n" + text
            return Result(name, "fail", f"{kind}\n{planner_line}\n-- plan ({planner.describe()}):\n"
                          f"{numbered(plan, MAX_PLAN_LINES)}\n{text}", {"kind": kind, "workdir": w})

        if not planner.custom:
            if p.returncode not in (0, 1):
                return fail("PLANNER ERROR", f"-- expected exit 0 (empty plan) or 1 (statements), got {p.returncode}")
            if (p.returncode == 1) != stmts:
                return fail("EXIT CODE", f"-- exit {p.returncode} but the plan "
                            f"{'has statements' if stmts else 'has no statements'}")
        if identical and stmts:
            return fail("NOT EMPTY", "-- A and B are the same file: the plan must change nothing")

        try:
            if not c_created:
                cluster.create_db(dc, template=A.db)
        except SetupError as e:
            return Result(name, "setup", str(e))
        # \\c: a new session, so a transaction the plan leaves open is rolled back, as at psql's exit
        ap = cluster.psql(dc, ["-f", os.path.join(w, "plan.sql"), "-c", f"\\c {dc}", "-c", "\\echo " + MARK, "-A", "-t",
                               "-f", SNAPSHOT_SQL])
        with open(os.path.join(w, "apply.log"), "w") as f:
            f.write(ap.stdout + ap.stderr)
        if ap.returncode != 0 or MARK not in ap.stdout:
            return fail("APPLY ERROR", "-- psql -v ON_ERROR_STOP=1 stopped:\n" +
                        "\n".join("  " + l for l in ap.stderr.strip().splitlines()[:20]))
        snap_c = ap.stdout.split(MARK + "\n", 1)[1]
        with open(os.path.join(w, "c.snapshot"), "w") as f:
            f.write(snap_c)
        if snap_c != B.snapshot:
            diff = list(difflib.unified_diff(snap_c.splitlines(), B.snapshot.splitlines(),
                                             "A+plan (c)", "B (b)", lineterm="", n=1))
            more = f"\n  ... ({len(diff) - MAX_DIFF_LINES} more diff lines)" if len(diff) > MAX_DIFF_LINES else ""
            why = refusal(kinds, p.stderr)
            if why and not diff_note:
                return Result(name, "refused", why, {"kind": "REFUSED", "workdir": w})
            return fail("SNAPSHOT DIFF", "-- catalog snapshot of A+plan versus B (diff -u: '-' only after the plan, '+' only in B):\n"
                        + "\n".join(diff[:MAX_DIFF_LINES]) + more)
        if diff_note:
            return fail("PLAN OK", "-- the plan reached B")
        return Result(name, "pass", info={"statements": stmts})
    except Exception as e:   # a bug in the harness must not look like a pass
        import traceback
        return Result(name, "setup", f"harness error: {type(e).__name__}: {e}\n{traceback.format_exc()}")
    finally:
        if os.environ.get("KEEP_TMP") != "1":
            cluster.drop_dbs([dc])
        store.release(a_sql)
        store.release(b_sql)


def run_all(pairs, planner, header, replay=None, quiet_pass=True, differ=None):
    """pairs: list of (name, a, b, extra_text, kinds). Prints failures; returns exit code.
    kinds are the mutation kinds of a generated pair (None otherwise): they decide whether
    a remaining difference is a documented refusal, and the summary counts by kind."""
    keep = os.environ.get("KEEP_TMP") == "1"
    workdir = tempfile.mkdtemp(prefix="pgdrift-plan.")
    os.chmod(workdir, 0o755)
    cluster = None
    start = time.time()
    results = []
    store = None
    differ = differ or Differ(None)
    try:
        cluster = Cluster(workdir)
        uses = {}
        for _, a, b, _, _ in pairs:
            for path in (a, b):
                k = Store.key(path)
                uses[k] = uses.get(k, 0) + 1
        store = Store(cluster, workdir, uses)
        print(header, flush=True)
        jobs = max(1, int(os.environ.get("JOBS", "2")))
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            futs = [pool.submit(roundtrip, cluster, store, planner, differ, name, a, b, workdir, kinds)
                    for name, a, b, extra, kinds in pairs]
            for (name, a, b, extra, kinds), fut in zip(pairs, futs):
                r = fut.result()
                r.extra = extra
                r.kinds = kinds or []
                results.append(r)
                record(r)
                if r.status == "pass":
                    if not quiet_pass:
                        print(f"PASS {name}", flush=True)
                    continue
                if r.status == "refused":
                    print(f"REFUSED {name}: {r.detail}", flush=True)
                    continue
                label = "FAIL" if r.status == "fail" else "SETUP ERROR"
                print(f"\n=== {label} {name}\n  A: {a}\n  B: {b}", flush=True)
                if extra:
                    print(extra.rstrip())
                print(r.detail.rstrip())
                if replay:
                    print(f"  replay: {replay(name, a, b)}")
                if keep and r.info.get("workdir"):
                    print(f"  files: {r.info['workdir']}")
                print(flush=True)
    except SetupError as e:
        print(f"SETUP ERROR: {e}")
        return 2
    finally:
        if store:
            store.close()
        if cluster:
            cluster.stop()
        if keep:
            print(f"kept work directory: {workdir}", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    if os.environ.get("PLAN_TIMING") == "1":
        print("time spent (s, summed over jobs): " + ", ".join(f"{k} {v:.1f}" for k, v in sorted(TIMES.items())))
    if any(r.kinds for r in results):
        print_by_kind(results)
    passed = sum(r.status == "pass" for r in results)
    refused = sum(r.status == "refused" for r in results)
    setup = sum(r.status == "setup" for r in results)
    print(f"{passed}/{len(results)} passed"
          + (f", {refused} refused as documented (docs/plan-coverage.md)" if refused else "")
          + (f" ({setup} set-up errors: the pair itself does not load)" if setup else "")
          + f" in {time.time() - start:.0f} s", flush=True)
    ok = passed + refused
    return 0 if ok == len(results) else (2 if setup and ok + setup == len(results) else 1)


def reason(r):
    if r.status == "fail":
        return r.info.get("kind", "FAIL")
    return {"setup": "SETUP ERROR", "refused": "REFUSED", "pass": "PASS"}[r.status]


def record(r):
    """PLAN_RESULTS=FILE: one JSON line per pair, for scripts/soak-plans to add up."""
    path = os.environ.get("PLAN_RESULTS")
    if not path:
        return
    import json
    with open(path, "a") as f:
        f.write(json.dumps({"name": r.name, "kinds": r.kinds, "status": r.status, "reason": reason(r)}) + "\n")


def print_by_kind(results):
    """A pair counts once for each of its kinds."""
    table = {}
    for r in results:
        for k in r.kinds:
            row = table.setdefault(k, {"pass": 0, "refused": 0, "fail": 0, "setup": 0, "reasons": {}})
            row[r.status] += 1
            if r.status in ("fail", "setup"):
                row["reasons"][reason(r)] = row["reasons"].get(reason(r), 0) + 1
    print("\nby mutation kind (a pair counts for each of its kinds):")
    print(f"  {'kind':28} {'pass':>5} {'refused':>7} {'fail':>5} {'setup':>5}  reasons")
    for k in sorted(table):
        row = table[k]
        why = ", ".join(f"{n} {x}" for x, n in sorted(row["reasons"].items(), key=lambda kv: -kv[1]))
        print(f"  {k:28} {row['pass']:5d} {row['refused']:7d} {row['fail']:5d} {row['setup']:5d}  {why}")


def cmd_pair(args):
    planner = Planner(args.pgdrift, args.plan_args)
    name = f"{args.a} -> {args.b}"
    return run_all([(name, args.a, args.b, "", None)], planner,
                   f"plan round trip: {planner.describe()}", quiet_pass=False,
                   differ=Differ(None if planner.custom else args.pgdrift))


def cmd_generated(args):
    planner = Planner(args.pgdrift, args.plan_args)
    pairs = []
    for d in sorted(os.listdir(args.dir), key=lambda s: [int(x) if x.isdigit() else x for x in re.split(r"(\d+)", s)]):
        pdir = os.path.join(args.dir, d)
        a, b = os.path.join(pdir, "a.sql"), os.path.join(pdir, "b.sql")
        if not (os.path.isfile(a) and os.path.isfile(b)):
            continue
        mt = os.path.join(pdir, "mutations.txt")
        muts = open(mt).read() if os.path.exists(mt) else ""
        kt = os.path.join(pdir, "kinds")
        kinds = open(kt).read().split() if os.path.exists(kt) else []
        pairs.append((d, a, b, "  mutations:\n" + "".join("    " + l + "\n" for l in muts.splitlines()), kinds))
    if not pairs:
        print(f"SETUP ERROR: no pairs in {args.dir}")
        return 2

    def replay(name, a, b):
        # <seed>-<i>, or <seed>-<kind>-<i> for pairs of one kind (kind names have no '-')
        rest, _, i = name.rpartition("-")
        seed, _, kind = rest.rpartition("-") if re.search(r"-[a-z][a-z0-9_]*$", rest) else (rest, "", "")
        return f"{'KIND=' + kind + ' ' if kind else ''}ONLY={i} tests/plan/run_generated.sh {shlex.quote(args.pgdrift)} {seed}"
    return run_all(pairs, planner, f"plan round trip of {len(pairs)} generated pairs: {planner.describe()}",
                   replay=replay, differ=Differ(None if planner.custom else args.pgdrift))


def discover(dirs):
    found = []
    for top in dirs:
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames.sort()
            if "a.sql" in filenames and "b.sql" in filenames:
                found.append(dirpath)
    return found


def cmd_pairs(args):
    planner = Planner(args.pgdrift, args.plan_args)
    pairs = []
    for d in discover(args.dirs):
        a, b = os.path.join(d, "a.sql"), os.path.join(d, "b.sql")
        pairs.append((f"{d} (a -> b)", a, b, "", None))
        # A file named one-way says why the reverse is not planned (and is not run).
        if not os.path.exists(os.path.join(d, "one-way")):
            pairs.append((f"{d} (b -> a)", b, a, "", None))
    if not pairs:
        print("SETUP ERROR: no a.sql/b.sql pairs found")
        return 2
    return run_all(pairs, planner, f"plan round trip of {len(pairs)} pairs (both directions unless one-way): {planner.describe()}",
                   replay=lambda n, a, b: f"tests/plan/roundtrip.sh {shlex.quote(args.pgdrift)} {a} {b}",
                   differ=Differ(None if planner.custom else args.pgdrift))


def cmd_corpus(args):
    planner = Planner(args.pgdrift, args.plan_args)
    pairs = []
    for d in discover([args.dir]):
        a, b = os.path.join(d, "a.sql"), os.path.join(d, "b.sql")
        pairs.append((os.path.relpath(d, args.dir), a, b, "", None))
    if not pairs:
        print(f"SETUP ERROR: no a.sql/b.sql pairs under {args.dir}")
        return 2
    # capture the failures to summarize them at the end
    import io
    import contextlib
    buf = io.StringIO()

    class Tee:
        def write(self, s):
            sys.__stdout__.write(s)
            buf.write(s)

        def flush(self):
            sys.__stdout__.flush()
    with contextlib.redirect_stdout(Tee()):
        rc = run_all(pairs, planner, f"plan round trip of the corpus {args.dir} ({len(pairs)} pairs): {planner.describe()}",
                     replay=lambda n, a, b: f"tests/plan/roundtrip.sh {shlex.quote(args.pgdrift)} {a} {b}",
                   differ=Differ(None if planner.custom else args.pgdrift))
    text = buf.getvalue()
    fails = re.findall(r"^=== (FAIL|SETUP ERROR) (\S+)\n(?:  [AB]: .*\n)*(.*)\n(.*)", text, re.M)
    print("\nsummary (case: first error):")
    for label, name, kind, planner_line in fails:
        first = kind
        m = re.search(r"^=== " + re.escape(label) + " " + re.escape(name) + r"\n(.*?)(?=^=== |\Z)", text, re.M | re.S)
        block = m.group(1) if m else ""
        e = re.search(r"^\s*(psql:.*ERROR:.*)$", block, re.M) or re.search(r"^([-+](?![-+]).*)$", block, re.M)
        if e:
            first += ": " + e.group(1).strip()[:200]
        if label == "SETUP ERROR":
            first = "set-up: " + kind[:200]
        print(f"  {name}: {first}")
    passed = len(pairs) - len(fails)
    print(f"pass rate: {passed}/{len(pairs)} ({100.0 * passed / len(pairs):.0f}%)")
    return rc


def cmd_oracle(args):
    """The oracle must not see differences pg_dump cannot express: SQL and the
    restore of its own dump must have identical snapshots."""
    workdir = tempfile.mkdtemp(prefix="pgdrift-oracle.")
    os.chmod(workdir, 0o755)
    cluster = None
    failed = 0
    try:
        cluster = Cluster(workdir)
        for i, sql in enumerate(args.sql):
            x, y = f"oracle{os.getpid()}_{i}_x", f"oracle{os.getpid()}_{i}_y"
            try:
                cluster.create_db(x)
                cluster.run_sql(x, file=os.path.abspath(sql), cwd=os.path.dirname(os.path.abspath(sql)))
                dump = os.path.join(workdir, f"{i}.dump.sql")
                cluster.dump(x, dump)
                cluster.create_db(y)
                cluster.run_sql(y, file=dump)
                sx = cluster.snapshot(x, os.path.join(workdir, f"{i}.x"))
                sy = cluster.snapshot(y, os.path.join(workdir, f"{i}.y"))
            finally:
                cluster.drop_dbs([x, y])
            if sx != sy:
                failed += 1
                print(f"FAIL {sql}: snapshot of the SQL and of the restore of its dump differ")
                print("\n".join(list(difflib.unified_diff(sx.splitlines(), sy.splitlines(), "sql", "restored dump",
                                                          lineterm="", n=1))[:MAX_DIFF_LINES]))
            elif len(sx.splitlines()) < 5:
                failed += 1
                print(f"FAIL {sql}: the snapshot has only {len(sx.splitlines())} lines")
            else:
                print(f"PASS {sql}: {len(sx.splitlines())} snapshot lines, identical after dump and restore")
    except SetupError as e:
        print(f"SETUP ERROR: {e}")
        return 2
    finally:
        if cluster:
            cluster.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    return 1 if failed else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pair")
    p.add_argument("pgdrift")
    p.add_argument("a")
    p.add_argument("b")
    p.add_argument("plan_args", nargs=argparse.REMAINDER)
    p = sub.add_parser("generated")
    p.add_argument("pgdrift")
    p.add_argument("dir")
    p.add_argument("plan_args", nargs=argparse.REMAINDER)
    p = sub.add_parser("pairs")
    p.add_argument("pgdrift")
    p.add_argument("dirs", nargs="+")
    p.set_defaults(plan_args=[])
    p = sub.add_parser("corpus")
    p.add_argument("pgdrift")
    p.add_argument("dir")
    p.set_defaults(plan_args=[])
    p = sub.add_parser("oracle")
    p.add_argument("sql", nargs="+")
    args = ap.parse_args()
    if getattr(args, "plan_args", None) and args.plan_args[:1] == ["--"]:
        args.plan_args = args.plan_args[1:]
    return {"pair": cmd_pair, "generated": cmd_generated, "pairs": cmd_pairs,
            "corpus": cmd_corpus, "oracle": cmd_oracle}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
