"""A pronoun speaker resolved to a name its own content holds ("He said Clinton would not go far
enough", "“This is the legacy of Hillary Clinton,” he said"): a pronoun cannot stand for a name
in the clause it frames, and speakers seldom name themselves, so the resolver's nearest mention
was the wrong one. He/she: the nearest person before it whom the content does not name; they/it:
the pronoun as written (a group named inside the words is no better guess than none; "they" also
when the resolver took the plural subject of the words it frames: "Unless ports act, they say").

A tag with no subject that took the first word of the quote after it for its speaker ("held up a
sign saying “Jews Against Y”"): the noun the participle hangs on, else nobody named.

Left as they are: the name also outside the words in the pronoun's sentence ("Clinton suggested
Y - “Z,” she said"), an act of saying inside the words (the parse swallowed the speaker's own
clause), and the name as the subject or a possessive in words before their tag ("Ms. Roe was
shocked, she said": there the pronoun may well be Roe)."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_candidates import ClaimCandidate
from .claim_doc import ClaimDoc, ClaimDocReader
from .claimants import ClaimantResolver
from .lexicon.claimants import PERSON_PRONOUNS

_GROUP = {"they", "it"}
# a name as the subject of words before their tag, or a possessive there ("Roe's home state
# has Y, she said"): the pronoun may well be that name
_FRONTED = ("nsubj", "nsubjpass", "poss")
_MAX_STEPS = 6  # earlier mentions tried before the pronoun is left as written


def _last(name: str | None) -> str:
    """The name's last word, lower case; none for a possessive ("Friends of Mr. Roe's" is no Roe)."""
    words = (name or "").split()
    return words[-1].lower() if words and not words[-1].endswith(("’s", "'s")) else ""


class NamedInContent(ClaimDocReader):
    def __init__(self, cd: ClaimDoc, claimants: ClaimantResolver):
        super().__init__(cd)
        self.claimants = claimants

    def correct(self, found: list[ClaimCandidate]) -> None:
        for c in found:
            if not c.claimant or not 0 <= c.cue_i < len(self.doc):
                continue
            if not c.subj_pronoun and self.quoted_words_as_speaker(c):
                continue
            last = _last(c.claimant)
            if not last or not any(last in self.text[s:e].lower() for s, e in c.pieces):
                continue  # (the cheap test first: most pronoun claims name someone else)
            pron = self.pronoun_of(self.doc[c.cue_i])
            # ("they" resolved to a plural subject comes back as no pronoun: "Unless countries act, they say")
            if pron is None or self.inside(c, pron.i) or not c.subj_pronoun and pron.lower_ != "they":
                continue
            sent = self.sents[self.sent_of[pron.i]]
            hits = [t for t in self.content_tokens(c) if self.same(t, c.claimant, c.claimant_entity)]
            # (a plural subject of the framed words is no "they": the resolver's nearest plural was it)
            fronted = () if pron.lower_ == "they" else _FRONTED
            if not hits or any(t.i < pron.i and t.dep_ in fronted and self.qidx[t.i] < 0 for t in hits) or \
                    any(self.qidx[t.i] < 0 and not self.inside(c, t.i) and self.same(t, c.claimant, c.claimant_entity)
                        for t in sent) or self.speaks_inside(c):
                continue
            if pron.lower_ in _GROUP:
                c.claimant, c.claimant_entity = pron.text, None
                continue
            c.claimant, c.claimant_entity = self.person_not_named(pron, c) or (pron.text, None)

    def quoted_words_as_speaker(self, c: ClaimCandidate) -> bool:
        """ "held up a sign saying “Jews Against Y”": a tag with no subject took the first word of the
        quote after it for one; the noun the participle hangs on speaks (a sign, a post), else nobody
        named. True when the claimant was changed."""
        if c.claimant not in self.text[c.start : c.end]:
            return False  # (the cheap test first: most claimants stand outside the content)
        v = self.doc[c.cue_i]
        t = next((k for k in v.rights if k.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if t is None or self.qidx[t.i] < 0 or not self.inside(c, t.i) or t.text not in c.claimant:
            return False
        h = v.head
        if v.dep_ == "acl" and h.pos_ in ("NOUN", "PROPN") and self.qidx[h.i] < 0:
            c.claimant, c.claimant_entity, c.subj_pronoun = self.claimants.claimant_of(h)
        else:
            c.claimant, c.claimant_entity = None, None
        return True

    def inside(self, c: ClaimCandidate, i: int) -> bool:
        at = self.doc[i].idx
        return any(s <= at < e for s, e in c.pieces)

    def content_tokens(self, c: ClaimCandidate) -> list[Token]:
        toks: list[Token] = []
        for s, e in c.pieces:
            span = self.doc.char_span(s, e, alignment_mode="expand")
            toks.extend(span if span is not None else ())
        return toks

    def same(self, t: Token, claimant: str | None, entity: str | None) -> bool:
        """Token t names the claimant: the same entity ("Trump golf courses" is no Eric Trump's),
        or, with no entity, the claimant's last word."""
        if t.lower_ != _last(claimant) and (entity is None or t.lower_ != _last(entity)):
            return False
        e = self.claimants.entity_for(t)
        return e.name == entity if e is not None and entity is not None else t.lower_ == _last(claimant)

    @staticmethod
    def pronoun_of(v: Token) -> Token | None:
        # (not a possessive: "his statements that Trump's assets Y" may well be Trump's)
        return next((k for k in v.children if k.dep_ in ("nsubj", "nsubjpass") and
                     k.lower_ in PERSON_PRONOUNS | _GROUP), None)

    def speaks_inside(self, c: ClaimCandidate) -> bool:
        """ "Clinton suggested that Y - “Z,” she said", "as Clinton echoed it, saying Y, she said"
        parsed with an act of saying inside the pronoun's words: a named speaker or a participle
        there is likely whom the pronoun stands for."""
        for t in self.content_tokens(c):
            if self.qidx[t.i] >= 0 or self.cd.cue_lemma(t) is None:
                continue
            if t.tag_ == "VBG" or any(k.dep_ == "nsubj" and k.pos_ == "PROPN" for k in t.children):
                return True
        return False

    def person_not_named(self, pron: Token, c: ClaimCandidate) -> tuple[str, str | None] | None:
        """The resolver's next guess back from each mention it took, until one the content does not name."""
        g = "m" if pron.lower_ in ("he", "him", "his") else "f"
        content = self.content_tokens(c)
        i = pron.i
        for _ in range(_MAX_STEPS):
            got = self.claimants.recent_person(i, g)
            if got is None:
                return None
            if not any(self.same(t, got[0], got[1]) for t in content):
                return got
            i = next((j for j in range(i - 1, max(-1, i - 400), -1) if self.same(self.doc[j], got[0], got[1])), -1)
            if i <= 0:
                return None
        return None
