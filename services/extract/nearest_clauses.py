"""Who speaks in a participle after a comma when the clause right before the comma has a subject
of its own ("a charge that party leaders denied, noting Y", "which Trump called “a disgrace,”
blaming Z", "the mayor fired his chief, acknowledging Y"): the parse hangs the participle on the
main verb, but it goes with the nearest clause, whose subject speaks."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_doc import ClaimDocReader, is_punct
from .lexicon.claimants import SPEAKER_NOUNS
from .lexicon.heads import PERSON_NOUNS

# The clauses a trailing participle may go with: a relative clause, a second conjunct, a "when"
# clause (a content clause, ccomp, stays the cue's: "X said Y was wrong, adding Z" is X's).
_NEAREST = ("relcl", "conj", "advcl")
# A relative pronoun's antecedent is mostly a thing the main subject talks about ("vetoed the
# bill that allows Y, arguing Z" is the vetoer's).
_RELATIVES = {"who", "that", "which", "whom"}


class NearestClauses(ClaimDocReader):
    def speaker(self, v: Token) -> Token | None:
        """The subject of the clause that ends right before the comma of participle v, when the
        parse hung v higher; None when no such clause."""
        if v.tag_ != "VBG" or v.dep_ != "advcl" or v.head.i == v.i or \
                any(k.dep_ in ("nsubj", "mark", "aux") for k in v.children if k.i < v.i):
            return None
        k = v.i - 1
        while k > 0 and is_punct(self.doc[k]) and self.doc[k].text != ",":
            k -= 1
        if self.doc[k].text != ",":
            return None
        k -= 1
        while k > 0 and is_punct(self.doc[k]):
            if self.doc[k].text in (")", "]"):
                return None  # an aside: "sent a letter to the dean (where Oz works), calling for Y"
            k -= 1
        h, x, best = v.head, self.doc[k], None
        while x.i != h.i:
            if x.head.i == x.i or x.i < h.left_edge.i:
                return None  # the clause before the comma is not under v's head
            subj = next((s for s in x.children if s.dep_ == "nsubj" and s.i < x.i), None)
            if x.dep_ in _NEAREST and x.pos_ in ("VERB", "AUX") and subj is not None and self.qidx[subj.i] < 0 \
                    and subj.lower_ not in _RELATIVES and not any(a.lower_ == "to" for a in x.children):
                best = x
            x = x.head
        if best is None or best.dep_ == "advcl" and self.speaks(h) or best.dep_ == "relcl" and not self.scene(best):
            return None  # "Democrats sued after Ohio cut it, saying Y": the main subject speaks
        return next(s for s in best.children if s.dep_ == "nsubj" and s.i < best.i)

    def scene(self, x: Token) -> bool:
        """A relative clause that says something ("a charge that leaders denied") or sets a scene
        ("where protesters had gathered", "in which children use Y"); not one about a thing the
        main subject talks of ("touches that Biden might appreciate, describing Y" is hers)."""
        return self.cd.cue_lemma(x) is not None or any(
            k.dep_ == "advmod" and k.lower_ in ("where", "when") or
            k.dep_ == "prep" and any(o.lower_ in ("which", "whom") for o in k.children) for k in x.children)

    @staticmethod
    def speaks(h: Token) -> bool:
        subj = next((s for s in h.children if s.dep_ == "nsubj"), None)
        return subj is not None and (subj.pos_ in ("PROPN", "PRON") or subj.lemma_.lower() in SPEAKER_NOUNS | PERSON_NOUNS)

    def tag_of(self, v: Token, found: list) -> tuple[str | None, str | None, bool] | None:
        """ "“Y,” said Skelly, explaining Z": a participle after a tag with its speaker after the
        verb (the parse left it no subject) speaks for whom the tag's claim names."""
        h = v.head
        if v.tag_ != "VBG" or v.dep_ != "advcl" or h.i >= v.i or not self.cd.after_comma(v) or \
                any(k.dep_ in ("nsubj", "nsubjpass") for k in h.children):
            return None
        tag = next((c for c in found if c.cue_i == h.i and c.claimant), None)
        return (tag.claimant, tag.claimant_entity, tag.subj_pronoun) if tag is not None else None
