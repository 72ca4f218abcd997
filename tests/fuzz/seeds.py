#!/usr/bin/env python3
"""Writes the fuzzers' seed inputs from the fixtures: usage seeds.py FIXTURES_DIR OUT_DIR MAX_LEN.

OUT_DIR/<entry point>/ gets, for reader and interpret, runs of consecutive statements of
each fixture up to MAX_LEN bytes; for parse, single statements; for diff, the same stretch
of two dumps of one database (OLD, a NUL byte, NEW).
"""
import hashlib
import pathlib
import re
import sys

fixtures, out, max_len = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])


def statements(text):
    # Cut after each ';' that ends a line: close enough for seeds (a function body may be
    # cut in two, which is a fine seed too).
    return [s for s in re.split(r"(?<=;)\n", text) if s.strip()]


def runs(items, limit):
    run = ""
    for item in items:
        if run and len(run) + len(item) + 1 > limit:
            yield run
            run = ""
        run += item + "\n"
    if run:
        yield run


def write(entry, data):
    directory = out / entry
    directory.mkdir(parents=True, exist_ok=True)
    data = data.encode() if isinstance(data, str) else data
    (directory / hashlib.sha1(data).hexdigest()).write_bytes(data[:max_len])


dumps = sorted(fixtures.glob("*/*.sql")) + sorted(fixtures.glob("*/supabase/migrations/*.sql"))
for dump in dumps:
    parts = statements(dump.read_text())
    for run in runs(parts, max_len):
        write("reader", run)
        write("interpret", run)
    for part in parts:
        if len(part) <= 4096:
            write("parse", part)

for old_name, new_name in [("supabase-agents/production.dump.sql", "supabase-agents/staging.dump.sql"),
                           ("every-kind/schema.sql", "every-kind/dump.sql")]:
    old = list(runs(statements((fixtures / old_name).read_text()), max_len // 2))
    new = list(runs(statements((fixtures / new_name).read_text()), max_len // 2))
    for a, b in zip(old, new):
        write("diff", a.encode() + b"\0" + b.encode())
