"""Collecting claims: every pattern adds its finds here, which gives each its quote type,
hedging and claimant; `claims()` settles nested and overlapping finds."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

import numpy
from spacy.attrs import DEP
from spacy.tokens import Span, Token

from services.core.models import Claim

from .claim_candidates import ClaimCandidate, _overlap, between_pieces
from .claim_doc import ClaimDoc, ClaimDocReader, combine_quote_types
from .claimants import ClaimantResolver
from .content_kinds import content_kind
from .lexicon.cues import CUE_FORMS, DIRECTIVE_LEMMAS, GLOSS_CUES, OUTLET_NOTES, WH_WORDS
from .lexicon.kinds import EVIDENCE_SOURCES, KIND_BY_LEMMA, POLLED
from .list_tails import through_list_items, through_noun_list
from .mixed_tails import through_trailing_clause


class ClaimCollector(ClaimDocReader):
    """The claims found in one Doc so far (`found`, in the order found)."""

    def __init__(self, cd: ClaimDoc, claimants: ClaimantResolver):
        super().__init__(cd)
        self.claimants = claimants
        self.found: list[ClaimCandidate] = claimants.found
        self._verbs: dict[int, list[tuple[Token, list[Token]]]] = {}
        self._untaken: dict[int, tuple[set[int], list[tuple[Token, list[Token]]]]] = {}
        self._taken: tuple[int, ClaimCandidate | None, set[int]] = (-1, None, set())
        self._negated_heads: set[int] | None = None

    def taken_cues(self) -> set[int]:
        """The cue tokens of the claims found so far (do not change the set). A dozen families
        ask once per sentence, so it is made again only when `found` changed: claims are only
        appended or filtered out, which changes its length or its last claim (held here, so no
        new claim can take its id)."""
        n, last, taken = self._taken
        if n != len(self.found) or (self.found and self.found[-1] is not last):
            taken = {c.cue_i for c in self.found}
            self._taken = (len(self.found), self.found[-1] if self.found else None, taken)
        return taken

    def untaken_verbs(self, sent: Span) -> Iterator[tuple[Token, list[Token]]]:
        """The verbs of the sentence (with their children) that no claim has as its cue, outside
        quotations and not negated: what the later verb patterns may still read."""
        # a dozen families ask in turn (some 380 calls per 400 words), mostly with no claim found
        # in between: the verbs left are kept with the set of cues they were read against (held
        # here, so no new set takes its id), and that set is checked as `taken_cues` would, inline
        n, last, taken = self._taken
        found = self.found
        if n != len(found) or (found and found[-1] is not last):
            taken = self.taken_cues()
        left = self._untaken.get(sent.start)
        if left is not None and left[0] is taken:
            return iter(left[1])
        verbs = self._verbs.get(sent.start)
        if verbs is None:  # three pattern families read these: make the tokens once per sentence
            negated = self._negated()
            pos, tokens, qidx = self.cd.words.pos, self.cd.tokens, self.qidx
            verbs = self._verbs[sent.start] = [
                (v, list(v.children)) for i in range(sent.start, sent.end)
                if pos[i] == "VERB" and qidx[i] < 0 and i not in negated for v in [tokens[i]]
            ]
        left = self._untaken[sent.start] = (taken, [(v, kids) for v, kids in verbs if v.i not in taken])
        return iter(left[1])

    def _negated(self) -> set[int]:
        """The tokens with a "neg" child, read once for the Doc from its arrays (reading each
        verb's children's `dep_` looks up a string per child)."""
        if self._negated_heads is None:
            doc, head = self.doc, self.cd.words.head
            deps = doc.to_array(DEP) if len(doc) else numpy.zeros(0, "uint64")
            self._negated_heads = {head[j] for j in numpy.flatnonzero(deps == doc.vocab.strings["neg"]).tolist()
                                   if head[j] != j}
        return self._negated_heads

    def undivided_attributed(self) -> list[ClaimCandidate]:
        """The claims found so far that a second act may be cut out of (a copy of the list, so one
        may be added while reading): one span, no quotation, a claimant and a cue token."""
        n = len(self.doc)
        return [c for c in self.found if not c.parts and c.quote_type != "direct" and c.claimant is not None
                and 0 <= c.cue_i < n]

    def overlaps(self, sp: tuple[int, int]) -> bool:
        """Whether a claim found so far overlaps the character span `sp`."""
        return any(c.start < sp[1] and sp[0] < c.end for c in self.found)

    def add(self, sent: Span, start: int, end: int, cue: str, qtype: str | None, cue_i: int,
            claimant: tuple[str | None, str | None, bool] = (None, None, False),
            hedged: bool = False, polarity: str = "asserted",
            parts: list[tuple[int, int]] | None = None) -> ClaimCandidate:
        if qtype is None:
            qtype = self.quote_type_of(start, end, parts)
        content = self.content_of(start, end, parts)
        hedged = hedged or qtype == "reported" or self.cd.content_hedged(start, end)
        c = ClaimCandidate(start, end, content, sent, cue, qtype, claimant[0], claimant[1], hedged,
                           polarity, cue_i, claimant[2], parts or [])
        self.found.append(c)
        return c

    def content_of(self, start: int, end: int, parts: list[tuple[int, int]] | None = None) -> str:
        """A claim's content: its span's text, or its pieces' joined in order."""
        return " ".join(self.text[s:e] for s, e in parts) if parts else self.text[start:end]

    def quote_type_of(self, start: int, end: int, parts: list[tuple[int, int]] | None = None) -> str:
        """A claim's quote type: its span's, or what its pieces' add up to."""
        return combine_quote_types([self.cd.quote_type_of(s, e) for s, e in parts]) if parts else \
            self.cd.quote_type_of(start, end)

    def respan(self, c: ClaimCandidate, start: int, end: int, parts: list[tuple[int, int]] | None = None) -> None:
        """Moves a found claim to a new span (or pieces), with the content and quote type they give."""
        c.start, c.end, c.parts = start, end, parts or []
        c.content, c.quote_type = self.content_of(start, end, parts), self.quote_type_of(start, end, parts)

    def add_attributed(self, sent: Span, sp: tuple[int, int], cue: str, v: Token, who: Token,
                       hedge: bool, polarity: str, parts: list[tuple[int, int]] | None = None) -> None:
        if parts:
            parts = self.cd.before_next_act(parts, v)
            if len(parts) == 1:
                sp, parts = parts[0], None
            elif (q := self.cd.quote_at(parts[-1][1] - 1)) is not None:
                # "“A.” she said, “B. C.”": the last piece stopped at a sentence break inside its quote
                end = self.cd.quote_close(parts[-1][1], q)
                parts = [*parts[:-1], (parts[-1][0], end)]
                sp = sp[0], max(sp[1], end)
        qtype = self.quote_type_of(*sp, parts)
        if qtype == "mixed" and not parts:
            sp = self.cd.without_trailing_predicate(self.cd.through_open_quote(sp))
            sp = through_trailing_clause(self.cd, sp, v)  # "“mild” compared to Y": the clause was said too
        if qtype == "indirect" and not parts:
            # "urged X to A, B and C", "cited A, B and C": the parse hung B and C elsewhere
            sp = through_noun_list(self.cd, through_list_items(self.cd, sp, v), v)
        if qtype == "direct" and not parts:
            # the quote may run over several sentences: take the whole quotation
            q = self.cd.quote_at(sp[0])
            if q is not None and q[0] <= sp[0] and sp[1] <= q[1] + 1:
                sp = self.cd.trim(q)
                parts = None
            else:  # “ethanol people” “do a fantastic job. And ...”: on to the last quote's end
                sp = self.cd.through_open_quote(sp)
        claimant = self.claimants.claimant_of(who)
        self.add(sent, *sp, cue=cue, qtype=qtype, cue_i=v.i, claimant=claimant, hedged=hedge,
                 polarity=polarity, parts=parts)

    def claims(self) -> list[Claim]:
        """The claims in document order, one per statement."""
        notes: dict[tuple[int, int], bool] = {}  # sentence -> an editor's note? (its text joined once)
        for c in self.found:
            if (key := (c.sent.start, c.sent.end)) not in notes:
                notes[key] = self.span_text(c.sent).lstrip().lower().startswith(OUTLET_NOTES)
        cands = sorted((c for c in self.found if not notes[c.sent.start, c.sent.end]), key=lambda c: (c.start, c.cue_i))
        # a cue inside another claim's content with the same speaker ("he said he believed
        # that ..."): one claim
        kept: list[ClaimCandidate] = []
        starts = [c.start for c in cands]  # in order: a claim starting after the cue cannot hold it
        for c in cands:
            pos = c.cue_pos(self.doc)
            outer = next((o for o in cands[:bisect_right(starts, pos)] if o is not c and pos < o.end
                          and (c.subj_pronoun or o.claimant == c.claimant) and o.claimant is not None
                          and c.claimant == o.claimant), None)
            if outer is not None and (c.cue in GLOSS_CUES or c.apart) and between_pieces(outer, c):
                outer = None  # "“A,” she said, referring to X. “B”": the gloss is no part of the quote
            if outer is not None and c.quote_type != "direct":
                outer.hedged = outer.hedged or c.hedged
                continue
            kept.append(c)
        # overlapping duplicates: keep the attributed / wider one
        out: list[ClaimCandidate] = []
        for c in kept:
            # (a question put or a gloss between the pieces of a split quote is no duplicate of it)
            dup = next((o for o in out if o.start < c.end and c.start < o.end  # (cheap test first)
                        and _overlap(o, c) > 0.6 and not (
                between_pieces(o, c) and self.apart_from_quote(c if o.parts else o))), None)
            if dup is None:
                out.append(c)
                continue
            if dup.claimant is None and c.claimant is not None:
                out[out.index(dup)] = c
        out.sort(key=lambda c: (c.start, c.end))
        for c in out:
            if c.quote_type == "indirect" and c.parts:  # "said that Y. “B”": Y and the quote after it
                kinds = [self.cd.quote_type_of(s, e) for s, e in c.parts]
                c.quote_type = combine_quote_types(kinds)
                c.content = " ".join(self.text[slice(*(self.cd.with_quote_marks(s, e) if k == "direct" else (s, e)))]
                                     for (s, e), k in zip(c.parts, kinds, strict=True))
            if c.quote_type == "direct":  # the quotation as printed: marks and all
                spans = [self.cd.with_quote_marks(s, e) for s, e in c.pieces]
                c.content = " ".join(self.text[s:e] for s, e in spans)
                c.start, c.end = spans[0][0], spans[-1][1]
        return [
            Claim(content=c.content, sentence=self.span_text(c.sent).strip(), claimant=c.claimant,
                  claimant_entity=c.claimant_entity, cue=c.cue, quote_type=c.quote_type,
                  hedged=c.hedged, polarity=c.polarity, kind=self.kind_of(c), start=c.start, end=c.end)
            for c in out
        ]

    def span_text(self, span: Span) -> str:
        """`span.text`, sliced from the Doc's text instead of joined token by token."""
        return self.text[span.start_char:span.end_char] if len(span) else span.text

    def apart_from_quote(self, c: ClaimCandidate) -> bool:
        return self.question_put(c) or c.cue in GLOSS_CUES or c.apart

    def question_put(self, c: ClaimCandidate) -> bool:
        """ "when asked whether Y": a question put to the speaker, with no claimant."""
        return c.claimant is None and 0 <= c.cue_i < len(self.doc) and self.doc[c.cue_i].lemma_.lower() == "ask"

    def kind_of(self, c: ClaimCandidate) -> str:
        """The kind the cue makes the claim (lexicon/kinds.py): "vowed" a promise, "called for" a
        proposal; a denied claim is a denial; a document's or poll's claim is evidence."""
        if c.polarity == "denied":
            return "denial"
        words = c.cue.lower().split()
        lem = CUE_FORMS.get(words[0]) if words else None
        if 0 <= (i := c.cue_i) < len(self.doc):
            ix = self.cd.words  # (the cue's and the next word's forms on list reads, not new Tokens)
            lem = lem or ix.lemma[i]
            nxt = ix.lower[i + 1] if i + 1 < len(self.doc) else ""
            if len(words) > 1:  # "called again for": the cue as shown names its preposition
                nxt = words[1]
            if lem == "call" and nxt == "out":  # "called out his rival for X": a rebuke
                lem = "call_out"
            elif lem == "call" and (nxt in ("for", "on", "upon") or ix.pos[i] == "NOUN"):  # "his call to X"
                lem = "call_on" if nxt in ("on", "upon") else "call_for"
        # (the content's words split only for "ask": the content may run to a long quotation)
        if lem == "ask" and words[-1] != "about" and "to" in (head := c.content.lower().split()) \
                and not any(w in WH_WORDS for w in head[:2]) and not c.content.rstrip(" ”\"'’").endswith("?"):
            lem = "urge"  # "asked the board to resign": a request, not a question
        if lem in DIRECTIVE_LEMMAS and 0 <= c.cue_i < len(self.doc) and any(
                x.dep_ == "xcomp" and any(o.dep_ == "dobj" and o.i < x.i for o in x.head.children)
                for x in self.doc[c.cue_i].children):
            lem = "urge"  # "told his aides to find a way", "warned people not to swim": an order
        kind = KIND_BY_LEMMA.get(lem or "", "assertion")
        if kind == "assertion" and c.claimant:
            last = c.claimant.lower().split()[-1] if c.claimant.split() else ""
            if last in EVIDENCE_SOURCES or POLLED.search(c.claimant):
                return "evidence"
        if kind == "assertion":
            return content_kind(self.cd, c) or kind
        return kind
