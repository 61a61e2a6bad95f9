"""Merging mentions into entities: groups of mentions kept in a union-find, joined when one
is the acronym, a name part (surname, first word, tail) or a later bare repeat of another."""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Token

from .entity_mentions import NameMention, context_votes
from .entity_spans import TokenTexts, is_capitalised
from .entity_typing import TentativeTypes
from .gazetteer import Gazetteer, country_code, gazetteer
from .lexicon.heads import HEAD_WORDS
from .lexicon.name_words import LOWER_PARTICLES, PARTICLE_PREFIX
from .lexicon.titles import TITLE_QUALIFIERS, TITLES
from .names import acronym_key, bare, initials, is_acronym, looks_norp, name_key, name_words, part_of_name


class UnionFind:
    """Disjoint sets of mention groups; a union keeps the lower id as the root."""

    def __init__(self) -> None:
        self.parent: list[int] = []

    def add(self) -> int:
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def members_by_group(mentions: list[NameMention], groups: UnionFind) -> dict[int, list[NameMention]]:
    out: dict[int, list[NameMention]] = defaultdict(list)
    for m in mentions:
        out[groups.find(m.group)].append(m)
    return out


def merge_acronyms(mentions: list[NameMention], groups: UnionFind, types: TentativeTypes | None = None) -> None:
    types = types or TentativeTypes()
    members = members_by_group(mentions, groups)
    long_forms: dict[str, set[int]] = defaultdict(set)
    for g, ms in members.items():
        person: bool | None = None  # the group's type, asked once, at its first long form
        for m in ms:
            if not is_acronym(m.name) and len(name_words(m.name)) + m.name.count("-") >= 2:
                if person is None:
                    person = types.of(ms) == "PERSON"
                if person:
                    break  # a person's names are no long forms
                for ini in initials(m.name):
                    long_forms[ini].add(g)
    for g, ms in members.items():
        if all(not is_acronym(m.name) for m in ms):
            continue
        acr = next(acronym_key(m.name) for m in ms if is_acronym(m.name))
        cands = long_forms.get(acr, set()) - {g}
        if len(cands) == 1:
            groups.union(g, cands.pop())


def merge_name_parts(mentions: list[NameMention], groups: UnionFind, gaz: Gazetteer,
                     types: TentativeTypes | None = None) -> None:
    """A part of a longer name joins it when only one longer name fits: a person's surname
    or first names; an organisation's first word ("Goldman"), tail ("Harbour Authority",
    "Authority") or any name's last words."""
    types = types or TentativeTypes()
    members = members_by_group(mentions, groups)
    info = {}
    for g, ms in members.items():
        names = {m.name for m in ms}
        # sorted first: a tie in words and length goes to the same name whatever the hash seed
        longest = max(sorted(names), key=lambda n: (len(name_words(n)), len(n)))
        place_ctx = any(m.place_ctx for m in ms)
        info[g] = (types.of(ms), longest, names, place_ctx)
    # each group's longest name split once, not once for every pair of groups
    longer = [(h, hkind, hnames, [w.lower() for w in name_words(hlong)])
              for h, (hkind, hlong, hnames, _) in info.items()]
    for g, (kind, longest, _names, place_ctx) in info.items():
        words = name_words(longest)
        k = name_key(longest)
        if country_code(k, gaz) or k in gaz.states or kind == "NORP" or is_acronym(longest):
            continue
        if not all(w[:1].isupper() or w.lower() in LOWER_PARTICLES or PARTICLE_PREFIX.match(w)
                   for w in words):
            continue
        if place_ctx and k in gaz.cities:
            continue  # "in Jackson": a city named like a surname stays a city
        low = [w.lower() for w in words]
        person_hits, other_hits = set(), set()
        for h, hkind, hnames, hwords in longer:
            if h == g or len(hwords) <= len(words):
                continue
            if hkind == "PERSON":
                if any(part_of_name(words, name_words(n)) for n in hnames):
                    person_hits.add(h)
                continue
            if hkind not in ("ORG", "PLACE", "EVENT", "LAW", "PRODUCT", "WORK"):
                continue
            if hwords[-len(low):] == low:
                other_hits.add(h)  # "Harbour Authority", "Authority", "Sachs"
            elif hkind == "ORG" and hwords[:len(low)] == low and bare(low[-1]) not in HEAD_WORDS \
                    and k not in gaz.cities:
                other_hits.add(h)  # "Goldman" for "Goldman Sachs", not "London" for LSE
        if len(person_hits) == 1 and not other_hits:
            groups.union(g, person_hits.pop())
        elif len(other_hits) == 1 and not person_hits:
            groups.union(g, other_hits.pop())


# words that open many names and so say nothing as an organisation's first word, joined once
# (not per mention)
_NOT_FIRST_WORDS = HEAD_WORDS | TITLES | TITLE_QUALIFIERS
_FIRST_WORD = re.compile(r"\w+|[^\w\s]")  # a form's first word or sign


def _text_from(toks: list[Token], i: int, size: int) -> str:
    """At least `size` characters of the doc's text from token i on (less only at the doc's
    end): the few tokens a check reads, where building `doc.text` costs a walk over all."""
    parts, n = [], 0
    while i < len(toks) and n < size:
        t = toks[i].text_with_ws
        parts.append(t)
        n += len(t)
        i += 1
    return "".join(parts)


def count_missed_mentions(toks: list[Token], mentions: list[NameMention], groups: UnionFind,
                          texts: TokenTexts, types: TentativeTypes | None = None) -> None:
    """Count later bare occurrences of known names that NER missed ("HTS", "Chayko")."""
    types = types or TentativeTypes()
    last = toks[-1] if toks else None
    covered = bytearray((last.idx + len(last.text_with_ws) if last else 0) + 1)  # len(doc.text) + 1
    for m in mentions:
        covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    gaz = gazetteer()
    members = members_by_group(mentions, groups)
    forms: dict[str, set[int]] = defaultdict(set)
    first_words: set[str] = set()
    for g, ms in members.items():
        kind = types.of(ms)
        for m in ms:
            forms[m.name].add(g)
            if kind == "PERSON":
                ws = name_words(m.name)
                if len(ws) > 1:
                    forms[ws[-1]].add(g)
                    stripped = PARTICLE_PREFIX.sub("", ws[-1])
                    if stripped != ws[-1]:
                        forms[stripped].add(g)
            elif kind == "ORG":  # "Brightwave" for "Brightwave Technologies"
                ws = name_words(m.name)
                first = bare(ws[0])
                if len(ws) > 1 and ws[0][:1].isupper() and first not in _NOT_FIRST_WORDS and name_key(ws[0]) not in gaz.cities and not \
                        country_code(name_key(ws[0]), gaz) and not looks_norp(ws[0], ""):
                    first_words.add(ws[0])
                    forms[ws[0]].add(g)
    by_first: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for form, gs in forms.items():
        # most forms open with a capital: that test first spares the scan over the characters
        if len(gs) != 1 or len(form) < 2 or not (form[0].isupper() or any(c.isupper() for c in form)):
            continue
        first = _FIRST_WORD.match(form)
        if first:
            by_first[first.group(0)].append((form, next(iter(gs))))
    added = []
    for fi in texts.where_texts(by_first):
        tok = toks[fi]
        cands = by_first[texts.text[texts.orth[fi]]]
        if covered[tok.idx]:
            continue
        if not (tok.pos_ == "PROPN" or tok.is_upper or tok.tag_.startswith("NNP")
                or tok.is_sent_start and tok.dep_ in ("nsubj", "nsubjpass")):
            continue  # a sentence's first word is capitalised whatever it is: "Price, 22, said"
        for form, g in sorted(cands, key=lambda c: -len(c[0])):
            end = tok.idx + len(form)
            after = _text_from(toks, tok.i, len(form) + 1)
            if after[:len(form)] != form or (len(after) > len(form) and after[len(form)].isalnum()):
                continue  # not the whole form, or the form runs on into a longer word
            if any(covered[tok.idx:end]):
                continue
            if form in first_words and tok.i + 1 < len(toks) and is_capitalised(toks[tok.i + 1]):
                continue  # the first word of some other name
            covered[tok.idx:end] = b"\x01" * len(form)
            m = NameMention(tok.idx, end, form, form, {}, None, group=g)
            votes: dict[str, float] = {}
            j = tok.i + 1
            while j < len(toks) and toks[j].idx < end:
                j += 1
            m.place_ctx = context_votes(toks, tok.i, j, votes)
            m.votes = votes
            added.append(m)
            break
    mentions.extend(added)
    mentions.sort(key=lambda m: m.start)
