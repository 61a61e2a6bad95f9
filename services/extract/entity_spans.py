"""Name spans: where in the tokens the names are, before any cleaning or merging.

NER spans of the labels we keep, widened over hyphenated name parts the tokenizer split and
over given names before a particle name; plus names after a title that NER missed, and
acronyms defined in brackets with their long forms. Overlaps are settled longest first."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from spacy.attrs import ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from .gazetteer import is_place
from .lexicon.heads import HEAD_WORDS
from .lexicon.labels import SPACY_TYPES
from .lexicon.name_words import ARTICLES, CONNECTORS, PARTICLES
from .lexicon.titles import TITLES
from .names import acronym_key, bare, initials, is_acronym
from .token_index import form_texts, positions


@dataclass
class TokenTexts:
    """Each token's text as a hash (`orth`), and the text of each distinct hash (`text`).

    The walks over every token want a few texts ("(", a title, a known name's first word):
    they test the hash against the few that qualify, where `Token.text` would look the string
    up again for every token."""

    orth: list[int]
    text: dict[int, str]

    @classmethod
    def of(cls, doc: Doc) -> TokenTexts:
        orth = doc.to_array(ORTH).tolist() if len(doc) else []
        return cls(orth, form_texts(set(orth), doc.vocab.strings))

    @cached_property
    def acronyms(self) -> frozenset[str]:
        """All-capital words of three letters or more in the text (over the distinct texts: the
        same set as over the tokens)."""
        return frozenset(t for t in self.text.values() if len(t) >= 3 and t.isalpha() and t.isupper())

    def where(self, wanted: set[int]) -> list[int]:
        """The indices of the tokens whose hash is one of `wanted`, in order."""
        if len(wanted) <= 8:  # a few texts (a bracket, the titles in the text): a C scan for each
            return positions(self.orth, wanted)
        return [i for i, h in enumerate(self.orth) if h in wanted]

    def where_texts(self, wanted: Iterable[str]) -> list[int]:
        """The indices of the tokens whose text is one of `wanted`, in order: a token's hash is
        its text's `hash_string`, so the few wanted texts are hashed instead of testing every
        distinct text of the doc."""
        return self.where({hash_string(t) for t in wanted})


@dataclass
class NameSpan:
    """Tokens that may hold a name, and who found them (NER or which rule)."""

    start: int  # token offsets [start, end)
    end: int
    label: str | None  # spaCy label, or None when a rule found it
    source: str = "ner"


def span_text(toks: list[Token], start: int, end: int) -> str:
    """The exact text of tokens [start, end)."""
    return "".join([t.text_with_ws for t in toks[start:end - 1]]) + toks[end - 1].text


def is_capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


def glued(a: Token, b: Token) -> bool:
    """No whitespace between token a and the next token b."""
    return a.i + 1 == b.i and not a.whitespace_


def find_name_spans(doc: Doc, toks: list[Token], texts: TokenTexts) -> list[NameSpan]:
    spans = [NameSpan(e.start, e.end, label) for e in doc.ents if (label := e.label_) in SPACY_TYPES]
    spans = [w for w in (_widen(toks, s, texts.acronyms) for s in spans) if w.end > w.start]
    spans.extend(_names_after_titles(toks, spans, texts))
    spans.extend(_defined_acronyms(toks, spans, texts))
    # keep non-overlapping spans, longest first (rule spans win ties over NER)
    spans.sort(key=lambda s: (-(s.end - s.start), s.source == "ner", s.start))
    taken = [False] * len(toks)
    kept: list[NameSpan] = []
    for s in spans:
        if any(taken[s.start:s.end]):
            continue
        for i in range(s.start, s.end):
            taken[i] = True
        kept.append(s)
    kept.sort(key=lambda s: s.start)
    return kept


def _widen(toks: list[Token], s: NameSpan, acronyms: frozenset[str]) -> NameSpan:
    start, end = s.start, s.end
    # a name holds no bracket: "World Health Organization (WHO" ends before it
    for i in range(start, end):
        if toks[i].text in "()[]":
            if i == start:
                start += 1
                continue
            end = i
            break
    if end <= start:
        return NameSpan(s.start, s.start, s.label, s.source)
    # over hyphen-joined name parts split by the tokenizer: "al" "-" [Jolani], [Abu] "-" ...
    while start >= 2:
        hy, w = toks[start - 1], toks[start - 2]
        if hy.text in "-‐" and glued(w, hy) and glued(hy, toks[start]) and (
                is_capitalised(w) or w.lower_ in PARTICLES) and w.is_alpha:
            start -= 2
        else:
            break
    while end + 1 < len(toks):
        hy, w = toks[end], toks[end + 1]
        if hy.text in "-‐" and glued(toks[end - 1], hy) and glued(hy, w) and is_capitalised(w) \
                and w.is_alpha:
            end += 2
        else:
            break
    # an organisation whose long name NER cut short, when the text confirms the long form
    # with its acronym: "Conference on Security" + "and Co-operation in Europe" (CSCE)
    if s.label == "ORG":
        end = _widen_to_acronym_long_form(toks, start, _trim_location(toks, start, end, acronyms), acronyms)
    # given names before a particle name: "Bashar" + "al-Assad", "Mohammed" + "bin Salman"
    if toks[start].lower_ in PARTICLES and s.label in ("PERSON", "ORG", None):
        while start > 0:
            p = toks[start - 1]
            if p.ent_type_ or not is_capitalised(p) or p.pos_ != "PROPN" or bare(p.text) in TITLES:
                break
            start -= 1
    return NameSpan(start, end, s.label, s.source)


def _trim_location(toks: list[Token], start: int, end: int, acronyms: frozenset[str]) -> int:
    """The end of an ORG span without a trailing "in <place>": where a body sits is not part
    of its name ("the Ministry of Defence in Africa"), unless an acronym in the text spells the
    whole span (then `_widen_to_acronym_long_form` keeps it)."""
    for i in range(end - 2, start, -1):
        if toks[i].lower_ == "in":
            place = span_text(toks, i + 1, end)
            if all(is_capitalised(t) for t in toks[i + 1:end]) and is_place(place) and \
                    _long_form_initials(toks[start:end]) not in acronyms:
                return i
            break
    return end


_LONG_FORM_LINKS = frozenset(("and", "of", "for", "on", "in", "&"))


def _widen_to_acronym_long_form(toks: list[Token], start: int, end: int, acronyms: frozenset[str]) -> int:
    """The end of an ORG span widened over "and|of|for|on|in" + capitalised words, only as far
    as an acronym written elsewhere in the same text spells its initials ("Organisation for
    Security and Co-operation in Europe" with OSCE). Without that evidence a trailing "in
    Africa" is where a body sits, not part of its name ("the Ministry of Defence in Africa")."""
    if not acronyms:
        return end
    best, j, n = end, end, len(toks)
    for _ in range(4):  # at most four more links: "... and Co-operation in Europe"
        if j + 1 >= n or toks[j].lower_ not in _LONG_FORM_LINKS:
            break
        k = j + 1
        while k < n:
            if is_capitalised(toks[k]) and toks[k].is_alpha:
                k += 1
            elif k > j + 1 and toks[k].text in "-‐" and k + 1 < n and toks[k + 1].is_alpha:
                k += 2  # "Co-operation": the part after the hyphen may be lowercase
            else:
                break
        if k == j + 1:
            break
        j = k
        if _long_form_initials(toks[start:j]) in acronyms:
            best = j
    return best


def _long_form_initials(span: list[Token]) -> str:
    """Initials of the capitalised words, a hyphenated word counted once ("Co-operation": C)."""
    out, after_hyphen = [], False
    for t in span:
        if t.text in "-‐":
            after_hyphen = True
            continue
        if is_capitalised(t) and t.is_alpha and not after_hyphen and bare(t.text) not in ARTICLES:
            out.append(t.text[0])
        after_hyphen = False
    return "".join(out).upper()


def _names_after_titles(toks: list[Token], spans: list[NameSpan], texts: TokenTexts) -> list[NameSpan]:
    """Names after a capitalised rank or title that NER missed or mislabelled."""
    in_span: dict[int, NameSpan] = {}
    for s in spans:
        for i in range(s.start, s.end):
            in_span[i] = s
    out = []
    n = len(toks)
    titles = {h for h, t in texts.text.items() if t[:1].isupper() and bare(t) in TITLES}  # is_capitalised
    for ti in texts.where(titles):
        tok = toks[ti]
        host = in_span.get(tok.i)
        if host is not None and host.label != "PERSON":
            continue  # "General Motors", "King's College"
        j = tok.i + 1
        while j < n and bare(toks[j].text) in TITLES and is_capitalised(toks[j]):
            j += 1
        k = j
        while k < n and k - j < 4 and is_capitalised(toks[k]) and toks[k].pos_ == "PROPN" and (
                bare(toks[k].text) not in TITLES):
            k += 1
        while k + 1 < n and toks[k].text in "-‐" and glued(toks[k - 1], toks[k]) and \
                toks[k + 1].is_alpha:
            k += 2
        if k == j or any(bare(t.text) in HEAD_WORDS for t in toks[j:k]):
            continue  # "Premier League": the title word opens an institution's name
        covering = [in_span[i] for i in range(j, k) if i in in_span]
        if covering and all(c.label == "PERSON" for c in covering):
            continue  # NER has it already
        if any(c.label in ("ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT")
               for c in covering):
            continue
        out.append(NameSpan(j, k, "PERSON", "title"))
    return out


def _defined_acronyms(toks: list[Token], spans: list[NameSpan], texts: TokenTexts) -> list[NameSpan]:
    """"Long Form (ACR)": the acronym inside the brackets is a span; when NER missed the
    long form, the capitalised run before the bracket that the initials fit is one too."""
    out = []
    ends = {s.end for s in spans}
    for bi in texts.where_texts(("(",)):
        tok = toks[bi]
        if tok.i < 1 or tok.i + 2 >= len(toks) or toks[tok.i + 2].text != ")":
            continue
        acr = toks[tok.i + 1]
        if not is_acronym(acr.text):
            continue
        if tok.i in ends:
            out.append(NameSpan(acr.i, acr.i + 1, None, "acronym"))
            continue
        start = tok.i
        while start > 0 and (is_capitalised(toks[start - 1]) or toks[start - 1].lower_ in CONNECTORS
                             or toks[start - 1].lower_ in PARTICLES or toks[start - 1].text == "-"):
            start -= 1
            if tok.i - start > 10:
                break
        while start < tok.i and not is_capitalised(toks[start]):
            start += 1
        target = acronym_key(acr.text)
        for s in range(start, tok.i):
            if is_capitalised(toks[s]) and target in initials(span_text(toks, s, tok.i)):
                out.append(NameSpan(s, tok.i, None, "longform"))
                out.append(NameSpan(acr.i, acr.i + 1, None, "acronym"))
                break
    return out
