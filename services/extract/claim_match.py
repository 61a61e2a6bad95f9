"""When two claims state the same thing: a rule on normalised content words, pure and cheap
(no model; ~20 µs a pair).

A claim's content becomes its key: lower-cased words without function words, auxiliaries and
modals ("would", "could", "will": hedging is not a different claim), with plurals, -ed, -ing and
common irregular verbs folded to one stem, and its numbers. Its negation is the parity of
negation words ("not", "never", "no", "n't", "nobody", ...) flipped when the claimant denies it
(polarity "denied"): "X denied that the port will close" and "the port will not close" are one
claim; "the port will close" is another.

Two claims are the same when their negation, numbers and conditions ("if", "unless", "only")
agree, the stems of one are
all in the other (words added or dropped, none swapped: "harm herring" is not "harm cod", "the
port will close" is not "the school will close"), and the shared stems come in the same order,
the passive turned active first ("400 jobs will be cut by the merger" -> "merger cut 400 jobs"),
with one stem out of place allowed from four shared stems on. The order keeps "the police
arrested the mayor" apart from "the mayor arrested the police". A swapped synonym ("dredging" /
"moving the sediment") is missed: rules know no synonyms (precision first).
Measured on tests/data/claim_pairs.tsv (hand-labelled pairs): tests/unit/test_claim_match.py."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

MATCH_THRESHOLD = 1.0  # shared stems / stems of the shorter claim: containment
_AUX = {"is", "are", "was", "were", "be", "been", "being"}
# A condition changes the claim: "the port will close" is not "the port will close if ...".
CONDITIONS = {"if", "unless", "only", "except", "provided", "whether"}

_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[a-z]+", re.UNICODE)
_CONTRACTIONS = [("won't", "will not"), ("can't", "can not"), ("cannot", "can not"), ("n't", " not"), ("'s", "")]
NEGATIONS = {
    "not", "no", "never", "n't", "nobody", "nothing", "none", "neither", "nor", "without",
    "cannot", "noone", "nowhere",
}
_STOPWORDS_TEXT = """
a an the this that these those it its it's they them their there here he she his her him we our
us you your i me my of in on at to for from by with as into onto over under about after before
during since until than then so and or but if because while also just only even still already
yet again now very much more most less least such same other another any some each every all both
is are was were be been being am do does did doing done have has had having will would shall
should can could may might must ought going go goes went gone get got getting set to
said says say told tell according claimed claims reported
what which who whom whose when where why how
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())
# Same-claim words a stem cannot reach: irregular verbs and a few spellings.
IRREGULAR = {
    "kept": "keep", "knew": "know", "known": "know", "broke": "break", "broken": "break",
    "took": "take", "taken": "take", "fled": "flee", "fell": "fall", "fallen": "fall",
    "rose": "rise", "risen": "rise", "won": "win", "lost": "lose", "hit": "hit", "cut": "cut",
    "ran": "run", "run": "run", "withdrew": "withdraw", "withdrawn": "withdraw", "made": "make",
    "began": "begin", "begun": "begin", "bought": "buy", "sold": "sell", "built": "build",
    "held": "hold", "led": "lead", "left": "leave", "met": "meet", "paid": "pay", "sent": "send",
    "spent": "spend", "stole": "steal", "stolen": "steal", "struck": "strike", "threw": "throw",
    "thrown": "throw", "wrote": "write", "written": "write", "gave": "give", "given": "give",
    "saw": "see", "seen": "see", "found": "find", "brought": "bring", "thought": "think",
    "caught": "catch", "fought": "fight", "hid": "hide", "hidden": "hide", "shot": "shoot",
    "spread": "spread", "sank": "sink", "sunk": "sink", "froze": "freeze", "frozen": "freeze",
    "people": "person", "children": "child", "men": "man", "women": "woman",
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "twelve": "12", "twenty": "20", "hundred": "100",
    "thousand": "1000", "million": "million", "billion": "billion",
}
_NUMBER = re.compile(r"^\d[\d,.]*$")


def stem(word: str) -> str:
    """A light English stem: irregular forms, then -ies/-es/-s, -ing, -ed (doubled consonants
    undone), so "harms", "harmed", "harming" and "harm" meet."""
    if word in IRREGULAR:
        w = IRREGULAR[word]
        return w[:-1] if len(w) > 3 and w.endswith("e") else w
    w = word
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            w = w[: -len(suffix)]
            if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]  # "harmed"/"harm", "closed"/"close" -> "clos"
    return w


@dataclass(frozen=True)
class ClaimKey:
    stems: tuple[str, ...]  # content stems in order (numbers left out)
    order: tuple[str, ...]  # the same, a passive turned active (agent, verb, patient)
    numbers: frozenset[str]
    negated: bool
    conditions: frozenset[str] = frozenset()

    @property
    def text(self) -> str:
        return " ".join(self.stems)


@lru_cache(maxsize=8192)  # a pure function of its text; grouping keys candidates seen many times
def claim_key(content: str, polarity: str = "asserted") -> ClaimKey:
    text = content.lower().replace("\u2019", "'").replace("no one", "noone")
    for short, long in _CONTRACTIONS:
        text = text.replace(short, long)
    negations = 0
    stems: list[str] = []
    numbers: set[str] = set()
    aux_at = by_at = None
    conditions: set[str] = set()
    for tok in _TOKEN.findall(text):
        if tok in _AUX and aux_at is None:
            aux_at = len(stems)
        elif tok == "by" and aux_at is not None and by_at is None:
            by_at = len(stems)
        if tok in CONDITIONS:
            conditions.add(tok)
            continue
        if tok in NEGATIONS:
            negations += 1
            continue
        if tok in STOPWORDS:
            continue
        if _NUMBER.match(tok):
            numbers.add(tok.replace(",", "").rstrip("."))
            continue
        s = stem(tok)
        if s.isdigit():
            numbers.add(s)
        else:
            stems.append(s)
    negated = (negations % 2 == 1) != (polarity == "denied")
    order = stems
    if aux_at is not None and by_at is not None and aux_at < by_at < len(stems):
        order = stems[by_at:] + stems[aux_at:by_at] + stems[:aux_at]
    return ClaimKey(tuple(stems), tuple(order), frozenset(numbers), negated, frozenset(conditions))


def _dice(a: set, b: set) -> float:
    if not a and not b:
        return 1.0
    return 2 * len(a & b) / (len(a) + len(b))


def _lcs(a: list[str], b: list[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def similarity(a: ClaimKey, b: ClaimKey) -> float:
    """Dice of the stem sets (ranks candidates); 0 when negation, numbers or conditions differ."""
    if (a.negated != b.negated or a.numbers != b.numbers or a.conditions != b.conditions
            or not a.stems or not b.stems):
        return 0.0
    return _dice(set(a.stems), set(b.stems))


def same_claim(a: ClaimKey, b: ClaimKey, threshold: float = MATCH_THRESHOLD) -> bool:
    if similarity(a, b) == 0.0:
        return False
    sa, sb = set(a.stems), set(b.stems)
    common = sa & sb
    if len(common) / min(len(sa), len(sb)) < threshold or (len(common) < 2 and len(sa | sb) > 1):
        return False
    oa = list(dict.fromkeys(s for s in a.order if s in common))
    ob = list(dict.fromkeys(s for s in b.order if s in common))
    slack = 1 if len(common) >= 4 else 0
    return _lcs(oa, ob) >= len(common) - slack
