#!/usr/bin/env bash
# A few judged queries (tests/integration/judged_queries.py) through a running stack's API, for
# `make compose-test` after the seed article seeds/syria-russia-bases.txt is searchable:
#   compose/analysis-smoke.sh http://127.0.0.1:18000
# Checks that the Elasticsearch image carries newsroom's analysis chain (possessives, hyphenated
# names, verb forms, phrases in order, negation through a possessive, highlighting in the
# original text). Prints one line per query; exits 1 on the first failure.
set -euo pipefail
API="${1:?usage: $0 API_URL}"
exec python3 - "$API" <<'PY'
import json, sys, urllib.parse, urllib.request

api = sys.argv[1].rstrip("/")

def search(q):
    with urllib.request.urlopen(f"{api}/search?" + urllib.parse.urlencode({"q": q, "size": 50}), timeout=30) as r:
        return json.load(r)

hits = search("Khmeimim")["hits"]
if not hits:
    sys.exit("analysis-smoke: the seed article is not searchable (q=Khmeimim found nothing)")
seed = hits[0]["id"]
checks = [  # (query, the seed must be hit?, a snippet must contain)
    ("Ukraine", True, "<em>Ukraine’s</em>"),
    ("Assad", True, "al-<em>Assad’s</em>"),
    ("flee", True, "<em>fleeing</em>"),
    ("Zhuravlyov’s", True, None),
    ('"Ukraine military"', True, None),
    ('"military Ukraine"', False, None),
    ("S-400", True, None),
    ("Khmeimim -Syria", False, None),
]
for q, wanted, snippet in checks:
    got = {h["id"]: h for h in search(q)["hits"]}
    ok = (seed in got) == wanted
    if ok and snippet:
        ok = snippet in " ".join(got[seed]["snippets"])
    print(f"analysis-smoke: q={q!r}: {'ok' if ok else 'FAIL'}", file=sys.stderr)
    if not ok:
        sys.exit(f"analysis-smoke: q={q!r} should {'' if wanted else 'not '}find the seed"
                 + (f" with {snippet!r} in a snippet" if snippet else "") + f"; got {list(got.values())[:3]}")
print("analysis-smoke: the analysis chain answers through the API", file=sys.stderr)
PY
