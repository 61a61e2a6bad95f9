"""Mentions: a name span cleaned into a name, with the type votes its own words and its
neighbours give ("General X" says person, "the city of X" says place)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from .entity_spans import NameSpan, glued, is_capitalised, span_text
from .lexicon.heads import (
    HEAD_WORDS,
    ORG_HEADS,
    ORG_NOUNS,
    ORG_ROLES,
    PERSON_NOUNS,
    PLACE_HEADS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
)
from .lexicon.labels import NUMBERED_LABELS, SPACY_TYPES, THING_LABELS
from .lexicon.name_words import ARTICLES, CALENDAR_WORDS, LOWER_PARTICLES, PRONOUNS
from .lexicon.titles import PERSONAL_ABBREVIATIONS, TITLE_QUALIFIERS, TITLES
from .names import APOSTROPHES, bare, clean_name, looks_norp, name_key, post_nominal_len, title_prefix_len


@dataclass
class NameMention:
    """One occurrence of a name while resolving (the public `Mention` is the resolved result)."""

    start: int
    end: int
    surface: str
    name: str
    votes: dict[str, float]
    label: str | None
    group: int = -1
    place_ctx: bool = False  # "in X", "the city of X", "the X airbase"


def mentions_from_spans(toks: list[Token], spans: list[NameSpan]
                        ) -> tuple[list[NameMention], list[tuple[int, int]]]:
    """The mentions of the spans that hold a plausible name, and the (long form, acronym)
    pairs that brackets defined."""
    mentions: list[NameMention] = []
    links: list[tuple[int, int]] = []
    by_end: dict[int, int] = {}
    for s in spans:
        m = mention_from_span(toks, s)
        if m is None:
            continue
        if s.source == "acronym":
            # the acronym sits at "(" ACR ")": link it to the mention ending at "("
            prev = by_end.get(s.start - 1)
            if prev is not None:
                links.append((prev, len(mentions)))
                mentions[prev].votes["ORG"] = mentions[prev].votes.get("ORG", 0) + 2
        mentions.append(m)
        by_end[s.end] = len(mentions) - 1
    return mentions, links


def mention_from_span(toks: list[Token], s: NameSpan) -> NameMention | None:
    start, end = s.start, s.end
    votes: dict[str, float] = defaultdict(float)
    person_strip = s.label not in THING_LABELS
    # leading article: a capitalised "The" inside a sentence is part of a name ("The Hague");
    # other leading lowercase words are not part of a name ("stun City"), particles are
    while start < end and toks[start].is_lower and toks[start].lower_ not in LOWER_PARTICLES:
        start += 1
    while start < end and toks[start].lower_ in ARTICLES and (
            toks[start].is_sent_start or start == 0):
        start += 1
    # trailing possessive, punctuation, lowercase words ("Barclays in"), scores ("City 2-1")
    while end > start:
        last = toks[end - 1]
        if last.is_lower and end - start >= 3 and toks[end - 2].text in "-‐" and glued(
                toks[end - 3], toks[end - 2]) and glued(toks[end - 2], last) and is_capitalised(
                toks[end - 3]):
            break  # a hyphenated word is one word: "Co-operation", "Jean-baptiste"
        if last.tag_ == "POS" or last.text in APOSTROPHES or (
                last.is_punct and last.text not in ".)") or (
                last.is_lower and last.lower_ not in LOWER_PARTICLES) or (
                last.like_num and s.label not in NUMBERED_LABELS):
            end -= 1
        else:
            break
    # leading titles: always for people; for other labels only when what follows reads as a
    # name ("Striker Callum Price"), never "General Motors" or "General Electric Company"
    words = [t.text for t in toks[start:end]]
    cut = title_prefix_len(words)
    if cut and not person_strip:
        rest = words[cut:]
        if not (len(rest) >= 2 and all(w[:1].isupper() and bare(w) not in HEAD_WORDS for w in rest)
                or words[0].rstrip(".").lower() in PERSONAL_ABBREVIATIONS and rest):
            cut = 0
    if 0 < cut < len(words):
        start += cut
        words = words[cut:]  # the texts of toks[start:end] again, without asking the tokens
        votes["PERSON"] += 3
    # trailing post-nominal letters: "Sarah Lindqvist KC", "Femi Adebayo OBE" are people
    post = post_nominal_len(words)
    if post and (person_strip or all(w[:1].isupper() and bare(w) not in HEAD_WORDS
                                     for w in words[:-post])):
        end -= post
        votes["PERSON"] += 3
        person_strip = True
    if end <= start:
        return None
    surface = span_text(toks, start, end)
    name = clean_name(surface, person_strip, False)  # positional: lru_cache keys them faster
    if not is_plausible_name(name):
        return None
    kind = SPACY_TYPES.get(s.label) if s.label else None
    if s.source == "title" or cut:
        votes["PERSON"] += 3
        kind = None
    elif kind == "NORP" and not looks_norp(name, toks[end - 1].tag_):
        pass  # "Khmeimim" as NORP: not a nationality or group word, so no vote
    elif kind:
        votes[kind] += 1.5 if end - start > 1 else 1  # NER is surer of longer names
    place_ctx = context_votes(toks, start, end, votes)
    at = toks[start].idx
    return NameMention(at, at + len(surface), surface, name, dict(votes), s.label, place_ctx=place_ctx)


@lru_cache(maxsize=8192)  # a pure test of the string; names repeat
def is_plausible_name(name: str) -> bool:
    k = name_key(name)
    if not k or (k in PRONOUNS and not name.isupper()) or k in ARTICLES or k in CALENDAR_WORDS:
        return False
    if not any(c.isupper() for c in name) or not any(c.isalpha() for c in name):
        return False
    words = name.split()
    if all(bare(w) in TITLES or bare(w) in TITLE_QUALIFIERS for w in words):
        return False
    return len(k) > 1


def context_votes(toks: list[Token], start: int, end: int, votes: dict[str, float]) -> bool:
    """Votes from the words around a name; True when they say it is a place."""
    place = False
    # rank or title right before the name
    i = start - 1
    while i >= 0 and toks[i].text in ".":
        i -= 1
    if i >= 0 and bare(toks[i].text) in TITLES and toks[i].ent_type_ not in ("ORG", "GPE"):
        votes["PERSON"] = votes.get("PERSON", 0) + 3
    # noun before: "the militia al-Nusra", "the city of Homs"
    j = start - 1
    if j >= 1 and toks[j].lower_ == "of":
        j -= 1
    if j >= 0 and toks[j].is_lower:
        if toks[j].lower_ in ORG_NOUNS:
            votes["ORG"] = votes.get("ORG", 0) + 2
        elif toks[j].lower_ in PLACE_NOUNS:
            votes["PLACE"] = votes.get("PLACE", 0) + 2
            place = True
        elif toks[j].lower_ in PLACE_PREPOSITIONS and toks[start].pos_ == "PROPN" and j == start - 1:
            votes["PLACE"] = votes.get("PLACE", 0) + 0.5
            place = True
    # noun after a proper noun: "the Khmeimim airbase", "the Wagner group"
    if end < len(toks) and toks[end].is_lower and toks[end - 1].pos_ == "PROPN":
        if toks[end].lower_ in PLACE_HEADS or toks[end].lower_ in PLACE_NOUNS:
            votes["PLACE"] = votes.get("PLACE", 0) + 1
            place = True
        elif toks[end].lower_ in ORG_HEADS or toks[end].lower_ in ORG_NOUNS:
            votes["ORG"] = votes.get("ORG", 0) + 1
        elif toks[end].lower_ in ORG_ROLES and end + 1 < len(toks) and is_capitalised(toks[end + 1]) \
                and toks[end + 1].pos_ == "PROPN":
            # "[Northport City] captain Joe Adeyemi": the holder's organisation
            votes["ORG"] = votes.get("ORG", 0) + 4
    # apposition after a name: an age ("Graham Whitlow, 58,") or a person's role ("Priyanka
    # Deshmukh, a researcher at ...") says it is a person
    if end + 2 < len(toks) and toks[end].text in ",(":
        nxt = toks[end + 1]
        if nxt.text.isdigit() and 0 < int(nxt.text) < 120 and toks[end + 2].text in ",)":
            votes["PERSON"] = votes.get("PERSON", 0) + 2
        else:
            for j in range(end + 1, min(end + 6, len(toks))):
                t = toks[j]
                if t.is_punct and t.text not in "-‐":
                    break
                if t.dep_ == "appos" and t.head.i == end - 1 and t.is_lower and (
                        t.lower_ in PERSON_NOUNS or t.lower_ in TITLES):
                    votes["PERSON"] = votes.get("PERSON", 0) + 2
                    break
    return place
