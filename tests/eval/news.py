"""Claim extraction scored on real news: PolNeAR dev (or train), by the rule of its README.

    python -m tests.eval.news [--split dev|train] [-v] [--update-baseline] [--no-gate]

The data lives outside the repository (its text may not be committed): NEWSROOM_POLNEAR_DIR,
else ../shared/polnear beside the repository root (for a git worktree, also beside the main
checkout). Each article file goes through the same code as `newsroom extract --json`
(ArticleExtractor.extract_files on the file's bytes), in-process, spaCy loaded once.

Scoring (../shared/polnear/README.md, "How we score"): words are runs of [A-Za-z0-9],
lowercased; a predicted claim matches a gold attribution when the F1 of their content word
sets is >= 0.5, pairs one to one, greedily by decreasing F1. Precision over every predicted
claim; recall on the quoted (direct, mixed), core (plain verb of saying or believing),
speech (speech cue or quoted) and all gold; claimant over matched pairs whose gold source is
not only pronouns; content F1 the mean word-set F1 of matched pairs.

Gating: the figures of the split are compared with tests/eval/news_baseline.json; the exit
status is 1 when any drops more than 0.02 below it. --update-baseline writes the file instead.
Exit status 2 when the data is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from .pairing import one_to_one
from .verdict import exit_status

ROOT = Path(__file__).resolve().parents[2]
BASELINE = Path(__file__).with_name("news_baseline.json")
TOLERANCE = 0.02
BATCH = 16

_WORD = re.compile(r"[A-Za-z0-9]+")


def _list(text: str) -> frozenset[str]:
    return frozenset(text.split())


CORE_CUES = _list(
    "said says say told tells tell added adds wrote writes claimed claims claim argued argues "
    "insisted insists stated states explained explains noted notes warned warns acknowledged "
    "acknowledges denied denies believes believe believed think thinks thought reported reports "
    "suggested suggests predicted predicts announced announces confirmed confirms admitted "
    "admits")
PRONOUNS = _list("he her him his i it she their them they us we you")
NOT_NAMES = _list(
    "a an and are as at be been but by dr for former from gov he her his i in is it its mr mrs "
    "ms my of on or our president rep said say says sen she that the their these they this "
    "those to told was we were what which who with you your")

# The figures of the table, in order: (key, label).
FIGURES = [
    ("precision", "precision (predicted claim matches some gold)"),
    ("recall_quoted", "recall, quoted content (direct and mixed)"),
    ("recall_core", "recall, plain verb of saying or believing"),
    ("recall_speech", "recall, every speech attribution"),
    ("claimant", "claimant right (gold source not a pronoun)"),
    ("content_f1", "content word F1 of matched pairs"),
]


def words(s: str | None) -> set[str]:
    return {w.lower() for w in _WORD.findall(s or "")}


def f1(a: set[str], b: set[str]) -> float:
    common = len(a & b)
    if not common:
        return 0.0
    p, r = common / len(b), common / len(a)
    return 2 * p * r / (p + r)


def match(golds: list[dict], preds: list[dict]) -> list[tuple[int, int, float]]:
    """One-to-one pairs (gold i, pred j, F1) with F1 >= 0.5, greedily by decreasing F1."""
    gw = [words(g["content"]) for g in golds]
    pw = [words(p["content"]) for p in preds]
    cands = [(f, i, j) for i, a in enumerate(gw) for j, b in enumerate(pw) if (f := f1(a, b)) >= 0.5]
    cands.sort(key=lambda c: (-c[0], c[1], c[2]))
    return one_to_one(cands)


def is_quoted(g: dict) -> bool:
    return g["quote_type"] in ("direct", "mixed")


def is_core(g: dict) -> bool:
    cue = (g.get("cue") or "").lower()
    ws = _WORD.findall(cue)
    return bool(ws) and ws[-1] in CORE_CUES or cue.strip().startswith("according to")


def is_speech(g: dict) -> bool:
    return g.get("cue_class") == "speech" or is_quoted(g)


def claimant_counts(g: dict) -> bool:
    """Scored for claimant unless the gold source is only pronouns."""
    ws = words(g.get("claimant"))
    return not ws or not ws <= PRONOUNS


def name_words(s: str | None) -> set[str]:
    return {w for w in words(s) if len(w) > 1 and w not in NOT_NAMES}


def claimant_right(g: dict, p: dict) -> bool:
    gw = words(g.get("claimant"))
    pw = words(p.get("claimant")) | words(p.get("claimant_entity"))
    if not gw or not pw:
        return not gw and not pw
    return bool(name_words(g.get("claimant")) & (name_words(p.get("claimant")) | name_words(p.get("claimant_entity"))))


# ----------------------------------------------------------------------------- data


def polnear_dir(explicit: str | None = None) -> Path | None:
    """The first of: --dir, NEWSROOM_POLNEAR_DIR, ../shared/polnear beside the repository
    (or beside the main checkout when this is a git worktree) that exists."""
    named = explicit or os.environ.get("NEWSROOM_POLNEAR_DIR")
    if named:  # a folder named by the user is the only one looked at
        return Path(named) if Path(named).is_dir() else None
    cands = [ROOT.parent / "shared" / "polnear"]
    try:
        common = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--path-format=absolute",
                                 "--git-common-dir"], capture_output=True, text=True, timeout=10)
        if common.returncode == 0 and common.stdout.strip():
            cands.append(Path(common.stdout.strip()).parent.parent / "shared" / "polnear")
    except (OSError, subprocess.SubprocessError):
        pass
    for c in cands:
        if c and Path(c).is_dir():
            return Path(c)
    return None


def load_split(base: Path, split: str) -> list[dict]:
    gold = json.loads((base / split / "gold.json").read_text(encoding="utf-8"))["articles"]
    for art in gold:
        art["path"] = base / split / "articles" / art["file"]
    return gold


# ----------------------------------------------------------------------------- extraction


def extract_all(arts: list[dict], progress: bool = True) -> tuple[list[list[dict]], float]:
    """The claims `newsroom extract --json` gives for each article file, in-process."""
    from services.core.settings import get_settings
    from services.extract.pipeline import ArticleExtractor

    ex = ArticleExtractor(get_settings())
    out: list[list[dict]] = []
    t0 = time.perf_counter()
    for k in range(0, len(arts), BATCH):
        chunk = arts[k:k + BATCH]
        results = ex.extract_files([(str(a["path"]), a["path"].read_bytes()) for a in chunk])
        for a, r in zip(chunk, results, strict=True):
            if r.error:
                print(f"eval-news: {a['file']}: extraction failed: {r.error.reason}", file=sys.stderr)
                out.append([])
            else:
                out.append([c.model_dump(mode="json") for c in r.article.claims])
        if progress and sys.stderr.isatty():
            print(f"\r  {min(k + BATCH, len(arts))}/{len(arts)} articles", end="", file=sys.stderr)
    if progress and sys.stderr.isatty():
        print(file=sys.stderr)
    return out, time.perf_counter() - t0


# ----------------------------------------------------------------------------- scoring


class Tally:
    def __init__(self) -> None:
        self.n = self.hit = self.cl_n = self.cl_ok = 0
        self.f1_sum = 0.0

    def add(self, g: dict, pair: tuple[dict, float] | None) -> None:
        self.n += 1
        if pair is None:
            return
        p, f = pair
        self.hit += 1
        self.f1_sum += f
        if claimant_counts(g):
            self.cl_n += 1
            self.cl_ok += claimant_right(g, p)

    def row(self) -> dict:
        return {"gold": self.n, "recall": _r(self.hit, self.n), "claimant": _r(self.cl_ok, self.cl_n),
                "content_f1": _r(self.f1_sum, self.hit)}


def _r(a: float, b: float) -> float | None:
    return round(a / b, 4) if b else None


def score(arts: list[dict], preds: list[list[dict]]) -> dict:
    n_pred = n_match = 0
    subsets = {k: Tally() for k in ("quoted", "core", "speech", "all")}
    by_class: dict[str, Tally] = defaultdict(Tally)
    by_qtype: dict[str, Tally] = defaultdict(Tally)
    pred_by_qtype: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses, spurious, wrong_claimant = [], [], []
    for art, ps in zip(arts, preds, strict=True):
        golds = art["claims"]
        pairs = match(golds, ps)
        n_pred += len(ps)
        n_match += len(pairs)
        of_gold = {i: (ps[j], f) for i, j, f in pairs}
        matched_p = {j for _, j, _ in pairs}
        for j, p in enumerate(ps):
            pred_by_qtype[p["quote_type"]][0] += 1
            pred_by_qtype[p["quote_type"]][1] += j in matched_p
            if j not in matched_p:
                spurious.append((art["file"], p))
        for i, g in enumerate(golds):
            pair = of_gold.get(i)
            subsets["all"].add(g, pair)
            for name, test in (("quoted", is_quoted), ("core", is_core), ("speech", is_speech)):
                if test(g):
                    subsets[name].add(g, pair)
            by_class[g["cue_class"]].add(g, pair)
            by_qtype[g["quote_type"]].add(g, pair)
            if pair is None:
                misses.append((art["file"], g))
            elif claimant_counts(g) and not claimant_right(g, pair[0]):
                wrong_claimant.append((art["file"], g, pair[0]))
    al = subsets["all"]
    figures = {
        "precision": _r(n_match, n_pred),
        "recall_quoted": subsets["quoted"].row()["recall"],
        "recall_core": subsets["core"].row()["recall"],
        "recall_speech": subsets["speech"].row()["recall"],
        "claimant": al.row()["claimant"],
        "content_f1": al.row()["content_f1"],
    }
    return {
        "figures": figures,
        "recall_all": al.row()["recall"],
        "counts": {"articles": len(arts), "gold": al.n, "predicted": n_pred, "matched": n_match,
                   "claimant_scored": al.cl_n},
        "subsets": {k: t.row() for k, t in subsets.items()},
        "by_cue_class": {k: by_class[k].row() for k in sorted(by_class)},
        "by_quote_type": {k: by_qtype[k].row() for k in sorted(by_qtype)},
        "precision_by_predicted_quote_type": {k: {"predicted": v[0], "precision": _r(v[1], v[0])}
                                              for k, v in sorted(pred_by_qtype.items())},
        "_misses": misses, "_spurious": spurious, "_wrong_claimant": wrong_claimant,
    }


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.2f}"


def print_report(split: str, res: dict, seconds: float) -> None:
    c = res["counts"]
    print(f"PolNeAR {split}: {c['articles']} articles, {c['gold']} gold attributions, "
          f"{c['predicted']} predicted claims, {c['matched']} matched ({seconds:.0f} s)")
    print()
    print(f"  {'measure':52} {'score':>6}")
    for key, label in FIGURES:
        print(f"  {label:52} {_fmt(res['figures'][key]):>6}")
    print(f"  {'recall, every attribution':52} {_fmt(res['recall_all']):>6}")
    print()
    print(f"  {'gold subset':22} {'gold':>6} {'recall':>7} {'claimant':>9} {'content F1':>11}")
    groups = [("subset", res["subsets"]), ("cue class", res["by_cue_class"]),
              ("quote type", res["by_quote_type"])]
    for title, rows in groups:
        for name, row in rows.items():
            label = f"{title}: {name}"
            print(f"  {label:22} {row['gold']:>6} {_fmt(row['recall']):>7} {_fmt(row['claimant']):>9} "
                  f"{_fmt(row['content_f1']):>11}")
    print()
    print("  precision by predicted quote_type: " + ", ".join(
        f"{k} {_fmt(v['precision'])} (n={v['predicted']})" for k, v in res["precision_by_predicted_quote_type"].items()))


def print_misses(res: dict) -> None:
    def short(s: str | None, n: int = 100) -> str:
        s = " ".join((s or "").split())
        return s if len(s) <= n else s[:n - 1] + "…"

    print("\nMISSED gold attributions:")
    for f, g in res["_misses"]:
        print(f"  [{f[:40]}] {g['id']} cue={g['cue']!r} {g['quote_type']} src={short(g['claimant'], 40)!r}: "
              f"{short(g['content'])!r}")
    print("\nSPURIOUS predicted claims (no gold):")
    for f, p in res["_spurious"]:
        print(f"  [{f[:40]}] cue={p['cue']!r} {p['quote_type']} by={short(p['claimant'], 40)!r}: {short(p['content'])!r}")
    print("\nCLAIMANT wrong on matched pairs:")
    for f, g, p in res["_wrong_claimant"]:
        print(f"  [{f[:40]}] gold={short(g['claimant'], 50)!r} pred={short(p['claimant'], 40)!r}/"
              f"{p['claimant_entity']!r} cue={g['cue']!r}")


# ----------------------------------------------------------------------------- gate


def gate(split: str, figures: dict, baseline_path: Path) -> list[str]:
    """The figures that dropped more than TOLERANCE below the committed baseline."""
    if not baseline_path.exists():
        return [f"no baseline at {baseline_path} (write it with --update-baseline)"]
    base = json.loads(baseline_path.read_text()).get(split)
    if base is None:
        return []
    drops = []
    for key, label in FIGURES:
        b, now = base["figures"].get(key), figures.get(key)
        if b is not None and (now is None or now < b - TOLERANCE):
            drops.append(f"{label}: {'none' if now is None else f'{now:.4f}'} < baseline {b:.4f} - {TOLERANCE}")
    return drops


def write_baseline(split: str, res: dict, seconds: float, baseline_path: Path) -> None:
    data = json.loads(baseline_path.read_text()) if baseline_path.exists() else {}
    data["_about"] = ("Scores of tests/eval/news.py on PolNeAR (aggregate numbers only); "
                      f"`make eval-news` fails when a figure drops more than {TOLERANCE} below these.")
    data[split] = {"figures": res["figures"], "recall_all": res["recall_all"], "counts": res["counts"],
                   "by_cue_class": res["by_cue_class"], "by_quote_type": res["by_quote_type"],
                   "seconds": round(seconds)}
    baseline_path.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.eval.news", description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=["dev", "train"], default="dev", help="never test: it is held back")
    ap.add_argument("--dir", help="the PolNeAR folder (default: NEWSROOM_POLNEAR_DIR or ../shared/polnear)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the misses, false positives and wrong claimants")
    ap.add_argument("--update-baseline", action="store_true", help=f"write the figures to {BASELINE.name}")
    ap.add_argument("--no-gate", action="store_true", help="report only; do not compare with the baseline")
    ap.add_argument("--baseline", type=Path, default=BASELINE)
    ap.add_argument("--json", type=Path, help="also write the scores (aggregates) to this file")
    ap.add_argument("--limit", type=int, help="score only the first N articles (no gating)")
    args = ap.parse_args(argv)

    base = polnear_dir(args.dir)
    if base is None or not (base / args.split / "gold.json").is_file():
        where = base or args.dir or os.environ.get("NEWSROOM_POLNEAR_DIR") or ROOT.parent / "shared" / "polnear"
        print(f"eval-news: PolNeAR {args.split} split not found at {where}/{args.split}/gold.json.\n"
              "  Put the corpus (README, train/, dev/) in ../shared/polnear beside the repository, "
              "or set NEWSROOM_POLNEAR_DIR to its folder.", file=sys.stderr)
        return 2
    arts = load_split(base, args.split)
    if args.limit:
        arts = arts[:args.limit]
    preds, seconds = extract_all(arts)
    res = score(arts, preds)
    print_report(args.split, res, seconds)
    if args.verbose:
        print_misses(res)
    if args.json:
        args.json.write_text(json.dumps({k: v for k, v in res.items() if not k.startswith("_")}, indent=2) + "\n")
    if args.limit:
        return 0
    if args.update_baseline:
        write_baseline(args.split, res, seconds, args.baseline)
        print(f"\nbaseline for {args.split} written to {args.baseline}")
        return 0
    if args.no_gate:
        return 0
    if args.baseline.exists() and args.split not in json.loads(args.baseline.read_text()):
        print(f"\neval-news: {args.baseline.name} has no {args.split} figures: not gated")
        return 0
    drops = gate(args.split, res["figures"], args.baseline)
    failures = [f"eval-news: FAILED against {args.baseline.name}:" + "".join(f"\n  {d}" for d in drops)] if drops else []
    return exit_status(failures, f"eval-news: no figure more than {TOLERANCE} below the baseline ({args.split})")


if __name__ == "__main__":
    sys.exit(main())
