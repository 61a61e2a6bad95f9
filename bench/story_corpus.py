"""A corpus for measuring story grouping: distinct articles on the same topics (bench/corpus.py
writes them from shared templates, so two distinct articles share whole sentences) and copies
of some of them made by edits of known size: a new headline, a trimmed last paragraph, an added
paragraph, sentences reordered, typos fixed (or made). Each copy knows its original and the
share of its words the edits touched."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from bench.corpus import article

EDITS = ("headline", "trim", "add", "reorder", "typos")


@dataclass
class Doc:
    n: int
    title: str
    body: str
    original: int  # index of the original in the corpus (itself for an original)
    edits: tuple[str, ...] = ()
    edited_share: float = 0.0  # words removed, added or changed / words of the original


def _sentences(paragraph: str) -> list[str]:
    return re.split(r"(?<=[.”\"])\s+(?=[A-Z“])", paragraph)


def _typos(body: str, rng: random.Random, count: int) -> tuple[str, int]:
    ws = body.split(" ")
    idx = [i for i, w in enumerate(ws) if len(w) > 4 and w.isalpha()]
    changed = 0
    for i in rng.sample(idx, min(count, len(idx))):
        w = ws[i]
        j = rng.randrange(1, len(w) - 1)
        ws[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        changed += 1
    return " ".join(ws), changed


def edit(original: Doc, rng: random.Random, kinds: tuple[str, ...], donor: str, n: int, strength: float) -> Doc:
    """A copy of `original` with the edits `kinds`; strength (0..1) scales how much each edit
    touches (paragraphs trimmed or added, sentences moved, words with typos)."""
    title, paras = original.title, original.body.split("\n\n")
    words0 = len(original.body.split())
    touched = 0
    if "headline" in kinds:
        title = f"{rng.choice(['Update', 'Breaking', 'Analysis', 'Explainer'])}: {title.lower()}"
    if "trim" in kinds:
        k = max(1, round(strength * len(paras) * 0.5))
        k = min(k, len(paras) - 1)
        touched += sum(len(p.split()) for p in paras[-k:])
        paras = paras[:-k]
    if "add" in kinds:
        donor_paras = donor.split("\n\n")[1:]
        k = max(1, round(strength * len(donor_paras) * 0.5))
        added = donor_paras[:k]
        touched += sum(len(p.split()) for p in added)
        paras = paras + added
    if "reorder" in kinds:
        # Move whole sentences within paragraphs, and swap two paragraphs: words stay.
        new = []
        for p in paras:
            s = _sentences(p)
            if len(s) > 1 and rng.random() < strength:
                rng.shuffle(s)
            new.append(" ".join(s))
        if len(new) > 3:
            i, j = rng.sample(range(1, len(new)), 2)
            new[i], new[j] = new[j], new[i]
        paras = new
    body = "\n\n".join(paras)
    if "typos" in kinds:
        body, changed = _typos(body, rng, max(1, round(strength * 0.05 * words0)))
        touched += changed
    return Doc(n, title, body, original.original, kinds, touched / max(1, words0))


def story_corpus(originals: int = 120, copies_per: int = 2, seed: int = 11) -> list[Doc]:
    """Originals first, then copies in a shuffled order (the first seen is always the original)."""
    rng = random.Random(seed)
    docs = []
    for i in range(originals):
        a = article(i, seed=seed)
        docs.append(Doc(i, a.title, a.body, i))
    copies = []
    for i in range(originals):
        for _ in range(copies_per):
            kinds = tuple(k for k in EDITS if rng.random() < 0.5) or ("headline",)
            donor = docs[rng.randrange(originals)].body
            copies.append(edit(docs[i], rng, kinds, donor, 0, rng.uniform(0.1, 1.0)))
    rng.shuffle(copies)
    for k, c in enumerate(copies):
        c.n = originals + k
    return docs + copies


def pair_scores(docs: list[Doc], predicted: list[int], max_share: float = 1.0) -> dict[str, float]:
    """Pair precision and recall: a pair is true when both come from one original; copies whose
    edited share is above max_share are left out of the truth and the predictions alike."""
    keep = [d for d in docs if d.edited_share <= max_share]
    truth = set()
    pred = set()
    for x in range(len(keep)):
        for y in range(x + 1, len(keep)):
            a, b = keep[x], keep[y]
            if a.original == b.original:
                truth.add((a.n, b.n))
            if predicted[a.n] == predicted[b.n]:
                pred.add((a.n, b.n))
    tp = len(truth & pred)
    return {
        "pairs_true": len(truth), "pairs_predicted": len(pred), "true_positive": tp,
        "precision": tp / len(pred) if pred else 1.0, "recall": tp / len(truth) if truth else 1.0,
    }
