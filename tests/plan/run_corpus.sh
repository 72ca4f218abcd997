#!/usr/bin/env bash
# Round-trip a corpus of schema pairs (every directory with a.sql and b.sql, as
# in the migra fixtures: ../shared/corpus/migra/FIXTURES) and print the pass
# rate and each failing case with its first error.  Not part of ctest: the
# corpus is not in this repository.  Roles the corpus grants to
# (schemainspect_test_role) are in tests/plan/roles.sql; the extensions it uses
# (pg_trgm, hstore, citext) come with PostgreSQL's contrib.
# usage: tests/plan/run_corpus.sh PGDRIFT CORPUS_DIR
# env: PLANNER, PLAN_CLUSTER, JOBS, KEEP_TMP: see tests/plan/README.md
set -uo pipefail
[ $# -eq 2 ] || { echo "usage: $0 PGDRIFT CORPUS_DIR" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
exec python3 "$here/harness.py" corpus "$1" "$2"
