"""Claim grouping measured on hand-labelled pairs (tests/data/claim_pairs.tsv): paraphrases,
near misses with the same words, negated and denied claims, other numbers, other subjects."""

from __future__ import annotations

import csv
from pathlib import Path

from services.extract.claim_match import MATCH_THRESHOLD, claim_key, same_claim

PAIRS = Path(__file__).resolve().parent.parent / "data" / "claim_pairs.tsv"


def load_pairs() -> list[dict[str, str]]:
    lines = [ln for ln in PAIRS.read_text().splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def scores(threshold: float = MATCH_THRESHOLD) -> tuple[float, float, list[dict[str, str]]]:
    tp = fp = fn = 0
    wrong = []
    for p in load_pairs():
        got = same_claim(claim_key(p["a"], p["pol_a"]), claim_key(p["b"], p["pol_b"]), threshold)
        want = p["label"] == "1"
        tp += got and want
        fp += got and not want
        fn += want and not got
        if got != want:
            wrong.append(p)
    return tp / max(1, tp + fp), tp / max(1, tp + fn), wrong


def test_at_least_150_labelled_pairs_of_every_kind():
    pairs = load_pairs()
    assert len(pairs) >= 150
    assert {p["kind"] for p in pairs} >= {"para", "neg", "words", "number", "subject", "topic"}


def test_precision_and_recall_on_labelled_pairs():
    precision, recall, wrong = scores()
    print(f"claim groups: precision {precision:.3f} recall {recall:.3f}; wrong: {len(wrong)}")
    for p in wrong:
        print(f"  {p['label']} {p['kind']}: {p['a']!r} / {p['b']!r}")
    assert precision >= 0.95, wrong
    assert recall >= 0.9, wrong


def test_a_negated_or_denied_claim_is_not_the_same_claim():
    base = claim_key("the dredging would harm herring stocks")
    assert not same_claim(base, claim_key("the dredging would not harm herring stocks"))
    assert not same_claim(base, claim_key("the dredging would harm herring stocks", "denied"))
    # denying a negated claim asserts it
    assert same_claim(claim_key("the port will close"), claim_key("the port will not close", "denied"))


def test_paraphrases_with_words_added_or_in_the_passive_are_one_claim():
    assert same_claim(claim_key("the bank merger will cut 400 jobs"), claim_key("400 jobs will be cut by the bank merger"))
    assert same_claim(claim_key("the dredging would harm herring stocks"),
                      claim_key("dredging could harm herring stocks in the estuary"))


def test_same_words_in_other_roles_are_other_claims():
    assert not same_claim(claim_key("the police arrested the mayor"), claim_key("the mayor arrested the police"))
