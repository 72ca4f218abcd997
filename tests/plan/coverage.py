"""Reads docs/plan-coverage.md: which mutation kinds exist, and which are refused.

The document has one table row per mutation kind:

    | `kind_name` | what it covers | planned |
    | `kind_name` | what it covers | refused: the reason | `text of the warning` |

A refused kind's last cell holds, in backquotes, the text of the warning pgdrift prints
when it holds the change back.  The harness counts a pair as refused only when one of
its kinds is listed as refused here AND the planner printed that warning.
"""

import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DOC = os.path.join(os.path.dirname(os.path.dirname(HERE)), "docs", "plan-coverage.md")

ROW = re.compile(r"^\|\s*`([a-z0-9_]+)`\s*\|([^|]*)\|\s*(planned|refused[^|]*?|open[^|]*?)\s*\|([^|]*)\|?\s*$")


def read(path=DOC):
    """{kind: None (planned) or the warning text (refused)}; {} when there is no doc."""
    kinds = {}
    try:
        text = open(path, encoding="utf-8").read()
    except FileNotFoundError:
        return kinds
    for line in text.splitlines():
        m = ROW.match(line.strip())
        if not m:
            continue
        name, _, status, warning = m.groups()
        if status.startswith("open"):
            kinds[name] = OPEN
        elif status.startswith("refused"):
            w = re.search(r"`([^`]+)`", warning)
            kinds[name] = w.group(1) if w else ""
        else:
            kinds[name] = None
    return kinds


# A kind still known to fail (the reason is in the doc): random pairs leave it out so that
# CI stays a check of what is claimed; `--kind NAME` and soak-plans --kind still run it.
OPEN = object()


def refused(path=DOC):
    return {k: w for k, w in read(path).items() if w is not None and w is not OPEN}


def open_kinds(path=DOC):
    return {k for k, w in read(path).items() if w is OPEN}
