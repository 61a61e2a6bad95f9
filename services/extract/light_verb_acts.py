"""Speech acts a light verb makes with a noun of saying: "X made comments about Y", "X issued a
statement on Y", "X raised questions about Y", "X made the case that Y", "X made a promise to
Y". The noun names the act and brings the content; the verb's subject is the speaker. They run
after the other verb patterns and take only the verbs those left."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import ClaimDoc, ClaimDocReader
from .lexicon.cues import LIGHT_VERB_NOUNS, LIGHT_VERBS
from .speech_acts import is_speaker


class LightVerbActs(ClaimDocReader):
    def __init__(self, cd: ClaimDoc, claims: ClaimCollector):
        super().__init__(cd)
        self.claims = claims

    def acts(self, sent: Span) -> None:
        lemma = self.claims.cd.words.lemma  # Token.lemma_.lower(), read from the index
        light = ((v, kids) for v, kids in self.claims.untaken_verbs(sent) if lemma[v.i] in LIGHT_VERBS)
        for v, kids in light:
            if any(c.dep_ == "auxpass" for c in kids):
                continue  # "arguments that could be made against X": nobody's
            obj = next((c for c in kids if c.dep_ == "dobj" and c.i > v.i), None)
            if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in LIGHT_VERB_NOUNS:
                continue
            if any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
                continue  # "made no mention of X": a negated act
            subj = self.cd.subject(v)
            if subj is None or subj.pos_ == "PRON" and subj.lower_ in ("it", "that", "this") or not is_speaker(subj):
                continue  # "the remarks raised questions about X": no speaker
            found = self.content(v, kids, obj)
            if found is None:
                continue
            sp = self.cd.span_of(found[0])
            if sp is None or sp[1] - sp[0] < 3 or self.claims.overlaps(sp):
                continue
            self.claims.add_attributed(sent, sp, found[1], obj, subj, False, "asserted")

    def content(self, v: Token, kids: list[Token], obj: Token) -> tuple[list[Token], str] | None:
        """The content and the cue as shown ("made comments about"), or None. The preposition
        hangs on the noun, or (as the parse may have it) on the verb right after the noun."""
        preps = LIGHT_VERB_NOUNS[obj.lemma_.lower()]
        shown = " ".join(t.text for t in self.doc[v.i:obj.i + 1])
        for c in list(obj.children) + [c for c in kids if c.i == obj.right_edge.i + 1]:
            if c.i < obj.i:
                continue
            if c.dep_ == "prep" and c.lower_ in preps:
                toks = [t for g in c.children if g.dep_ in ("pobj", "pcomp") for t in g.subtree]
                if toks and not any(t.ent_type_ in ("DATE", "TIME") for t in toks):  # not "for weeks"
                    return toks, shown + " " + c.lower_
            if c.dep_ in ("acl", "ccomp", "relcl") and (
                    "that" in preps and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) or
                    "to" in preps and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)):
                return self.cd.subtree(c), shown
        return None
