#!/usr/bin/env bash
# pgdrift report --format html, as headless Chromium renders it: the summary's counts equal
# the JSON report's, the headings are in the asked language, nothing is fetched, hostile
# names (fixtures/hostile-names, real pg_dump output) are text and never markup, and -o
# writes atomically (a refused input leaves the old file and exits 2).
# usage: tests/cli/report_html.sh PGDRIFT_BINARY
source "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$1"
command -v chromium >/dev/null || { echo "SETUP ERROR: no chromium (scripts/install-deps)"; exit 2; }

dom() { # HTML-FILE DOM-FILE: the page as Chromium built it
  timeout 120 chromium --headless --no-sandbox --disable-gpu --user-data-dir="$tmp/chromium" \
    --dump-dom "file://$1" >"$2" 2>"$tmp/chromium.log"
}

agents=$root/fixtures/supabase-agents
agents_args=("$agents/production.dump.sql" "$agents/staging.dump.sql"
  --migrations "$agents/supabase/migrations"
  --old-ledger "$agents/production.ledger.sql" --new-ledger "$agents/staging.ledger.sql")
"$pgdrift" report "${agents_args[@]}" --format json -o "$tmp/agents.json"
for lang in en fr; do
  "$pgdrift" report "${agents_args[@]}" --format html --lang "$lang" -o "$tmp/agents.$lang.html"
  [ $? = 1 ] && pass || fail "report --format html --lang $lang exited $?, want 1"
  dom "$tmp/agents.$lang.html" "$tmp/agents.$lang.dom" && [ -s "$tmp/agents.$lang.dom" ] && pass ||
    fail "chromium could not render the $lang report: $(tail -3 "$tmp/chromium.log")"
  if grep -nE 'https?://|src=' "$tmp/agents.$lang.html" | grep -v 'src="data:' >"$tmp/fetch"; then
    fail "the $lang report names something to fetch: $(head -3 "$tmp/fetch")"
  else pass; fi
done

# The page's text, read from the DOM Chromium built.
cat >"$tmp/page.py" <<'PY'
import html.parser

class Page(html.parser.HTMLParser):
    """Text, elements, headings and the summary's count rows of a DOM."""
    def __init__(self, path):
        super().__init__()
        self.text, self.tags, self.headings, self.counts, self.lang = [], set(), [], {}, None
        self._heading = self._row = None
        self._cells = []
        self.feed(open(path, encoding="utf-8").read())
        self.text = "".join(self.text)
    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.add(tag)
        if tag == "html": self.lang = attrs.get("lang")
        if tag in ("h1", "h2", "h3"): self._heading = []
        if tag == "tr" and "data-count" in attrs: self._row, self._cells = attrs["data-count"], []
        if tag in ("td", "th") and self._row: self._cells.append("")
        if tag == "br": self.text.append("\n")
    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3") and self._heading is not None:
            self.headings.append("".join(self._heading).strip())
            self._heading = None
        if tag == "tr" and self._row:
            self.counts[self._row] = self._cells[1:]
            self._row = None
    def handle_data(self, data):
        self.text.append(data)
        if self._heading is not None: self._heading.append(data)
        if self._row and self._cells: self._cells[-1] += data
PY

if /usr/bin/python3 - "$tmp" <<'PY'
import json, sys
sys.path.insert(0, sys.argv[1])
from page import Page
tmp = sys.argv[1]
report = json.load(open(f"{tmp}/agents.json"))
headings = {
    "en": ["1. Executive summary", "2. Differences", "3. Migrations per side", "4. Drift per side",
           "5. Dry run of the migrations OLD has not recorded", "6. Impact", "7. Recommended actions",
           "8. What schema-only dumps cannot tell"],
    "fr": ["1. Synthèse", "2. Différences", "3. Migrations de chaque côté", "4. Dérive de chaque côté",
           "5. Essai à blanc des migrations qu'ANCIEN n'a pas enregistrées", "6. Impact",
           "7. Actions recommandées", "8. Ce que des dumps du seul schéma ne disent pas"],
}
titles = {"en": "Schema audit report", "fr": "Rapport d'audit des schémas"}
for lang in ("en", "fr"):
    page = Page(f"{tmp}/agents.{lang}.dom")
    assert page.lang == lang, (lang, page.lang)
    assert "script" not in page.tags, lang
    assert page.headings[0] == titles[lang], page.headings[:2]
    h2 = [h for h in page.headings if h[:1].isdigit()]
    assert h2 == headings[lang], (lang, h2)
    shown = 0
    for kind, cells in page.counts.items():
        if kind.startswith("migrations_"):
            key = kind.removeprefix("migrations_")
            want = [str(report["summary"][side]["migrations"][key]) for side in ("old", "new")]
        else:
            want = [str(report["summary"][side]["counts"].get(kind, 0)) for side in ("old", "new")]
            shown += 1
        assert cells == want, (lang, kind, cells, want)
    assert shown >= 10 and "migrations_recorded" in page.counts, page.counts
    for side in ("old", "new"):
        for kind, count in report["summary"][side]["counts"].items():
            assert count == 0 or kind in page.counts, (lang, kind, "counted but not shown")
    differences = len(report["changes"])
    verdict = {"en": f"The schemas differ: {differences} differences.",
               "fr": f"Les schémas diffèrent : {differences} différences."}[lang]
    assert verdict in page.text, (lang, verdict)
    assert "public.get_latency_metrics" in page.text
PY
then pass; else fail "the Supabase report's DOM is not as expected"; fi

hostile=$root/fixtures/hostile-names
"$pgdrift" report "$hostile/old.dump.sql" "$hostile/new.dump.sql" --migrations "$hostile/migrations" \
  --platform none --format html -o "$tmp/hostile.html"
[ $? = 1 ] && pass || fail "the hostile report exited $?, want 1"
dom "$tmp/hostile.html" "$tmp/hostile.dom" && [ -s "$tmp/hostile.dom" ] && pass ||
  fail "chromium could not render the hostile report"
if /usr/bin/python3 - "$tmp" "$hostile" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
from page import Page
page = Page(f"{sys.argv[1]}/hostile.dom")
hostile = sys.argv[2]
assert "script" not in page.tags, "a <script> element made it into the DOM"
assert not page.tags & {"b", "i"}, page.tags
for text in ['public."x<script>alert(1)</script>"."a`b|c"',
             'public."x<script>alert(1)</script>"."d\'e""f"',
             'public."v&amp;"', 'public."f<b>"()', 'public."two↵lines"',
             "line one\n</details></summary><script>alert(2)</script> & done",
             "-SELECT 1 WHERE 1 < 2", "+SELECT 2 WHERE 2 > 1 AND '<i>' <> ''"]:
    assert text in page.text, text
assert f"Schema audit report: {hostile}/old.dump.sql (OLD) and {hostile}/new.dump.sql (NEW)" in page.text
sql = "COMMENT ON COLUMN public.\"x<script>alert(1)</script>\".\"a`b|c\" IS 'line one\n</details></summary><script>alert(2)</script> & done';"
assert sql in page.text, "the capture SQL of the hand-made comment is not shown as text"
PY
then pass; else fail "hostile names are not rendered as text"; fi
grep -qF '<pre class="sql">COMMENT ON COLUMN public.&quot;x&lt;script&gt;alert(1)&lt;/script&gt;&quot;' \
  "$tmp/hostile.html" && pass || fail "the capture SQL of the hand-made comment is not in a <pre>"

# -o is atomic: a refused input leaves the previous file as it was, and exits 2.
echo previous >"$tmp/kept.html"
"$pgdrift" report "$tmp/missing.sql" "$hostile/new.dump.sql" --format html -o "$tmp/kept.html" 2>"$tmp/err"
[ $? = 2 ] && pass || fail "a missing input exited $?, want 2"
[ "$(cat "$tmp/kept.html")" = previous ] && pass || fail "a refused input touched the -o file"
"$pgdrift" report "$hostile/old.dump.sql" "$hostile/new.dump.sql" --migrations "$tmp/nowhere" \
  --format html -o "$tmp/kept.html" 2>"$tmp/err"
[ $? = 2 ] && pass || fail "a missing migrations directory exited $?, want 2"
[ "$(cat "$tmp/kept.html")" = previous ] && pass || fail "a refused migrations directory touched the -o file"
ls "$tmp" | grep -v -e '^kept.html$' | grep -q 'kept.html.' && fail "a temporary file was left behind" || pass
finish
