"""Who "it" or "they" is in a naming clause ("the council condemned what it called “a clear
threat”", "the campaign contrasts her plan with what they call his “self-centered message”"): the
subject of the clause the "what" clause sits in, not the last name in the text before."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_doc import ClaimDocReader
from .lexicon.claimants import COLLECTIVE_NOUNS, NAMING_LEMMAS
from .lexicon.heads import ORG_NOUNS

_GROUP_PRONOUNS = {"it", "they"}
_POINTERS = {"this", "that", "these", "those", "what"}  # "That makes Y what they called Z": no namer


class NamingClauses(ClaimDocReader):
    def namer(self, v: Token) -> Token | None:
        """The subject "it"/"they" stands for in "what it called Y" with cue v; None otherwise."""
        subj = next((k for k in v.children if k.dep_ == "nsubj"), None)
        if v.lemma_.lower() not in NAMING_LEMMAS or subj is None or subj.lower_ not in _GROUP_PRONOUNS or \
                not any(k.lower_ == "what" for k in v.children if k.i < subj.i):
            return None
        h = v
        for _ in range(8):
            if h.head.i == h.i:
                return None
            child, h = h, h.head
            if child.dep_ == "xcomp":  # "freed banks to form what they called Y": the banks
                obj = next((k for k in h.children if k.dep_ == "dobj" and k.i < child.i), None)
                if obj is not None:
                    return obj
            found = next((k for k in h.children if k.dep_ in ("nsubj", "nsubjpass") and k.i < v.i), None)
            if found is not None and h.pos_ in ("VERB", "AUX"):
                # the pronoun agrees: "it" is no person and no plural, "they" no single person
                if found.lower_ in _GROUP_PRONOUNS or self.qidx[found.i] >= 0 or \
                        found.lower_ in _POINTERS and found.head.dep_ != "relcl":
                    return None
                return found if self.agrees(subj.lower_, found) else None
        return None

    @staticmethod
    def agrees(pron: str, n: Token) -> bool:
        """ "it" is no person and no plural; "they" a plural, several, or a body of people."""
        several = n.tag_ in ("NNS", "NNPS") or any(k.dep_ == "conj" for k in n.children)
        if pron == "it":
            return not several and n.ent_type_ != "PERSON"
        return several or n.lemma_.lower() in COLLECTIVE_NOUNS | ORG_NOUNS
