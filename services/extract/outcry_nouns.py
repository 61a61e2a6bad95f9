"""Words shouted or repeated, named by a noun right before the quote: "the gym rang with chants of
“Four more years!”", "the crowd took up the chant “No more cuts!”", "her campaign slogan is
“Jobs first.”". The quote is direct speech of whoever owns the noun ("their chants", "the
governor's slogan") or of the subject that took it up; a chant of no one named is still a
claim, a slogan of no one named only names it. Runs after the
quoted fragments: only quotes every other family left."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon.outcries import SHOUT_NOUN_LEMMAS, SLOGAN_NOUN_LEMMAS
from .quoted_fragments import QuotedFragments

# what may stand between the noun and the quote: "chants of “X”", "the slogan is “X”"
_BETWEEN = {"of", "is", "was", "were", "are"}
# verbs whose object the outcry is, whose subject voiced it ("joined in a chant of",
# "reprised the chant", "ran on the slogan"), not those that only caused it ("roused the crowd
# to chants of")
_TOOK_UP = {"join", "reprise", "take", "start", "lead", "break", "launch", "chant", "shout", "raise",
            "run", "adopt", "use", "coin", "repeat"}


class OutcryNouns(QuotedFragments):
    def outcries(self) -> None:
        for qi, toks in self.left_quotes(any_shape=True):
            noun = self.noun_before(toks[0])
            if noun is None:
                continue
            who = self.voice_of(noun)
            if who is None and noun.lemma_.lower() in SLOGAN_NOUN_LEMMAS:
                continue
            claimant = self.claims.claimants.claimant_of(who) if who is not None else (None, None, False)
            sp = self.cd.trim(self.quotes[qi])
            self.claims.add(toks[0].sent, *sp, cue=noun.text.lower(), qtype="direct", cue_i=noun.i, claimant=claimant)

    def noun_before(self, first: Token) -> Token | None:
        k = first.i - 1
        while k >= first.sent.start and (self.doc[k].is_punct or self.doc[k].lower_ in _BETWEEN):
            k -= 1
        if k < first.sent.start or first.i - k > 4 or self.qidx[k] >= 0:
            return None
        n = self.doc[k]
        return n if n.pos_ == "NOUN" and n.lemma_.lower() in SHOUT_NOUN_LEMMAS | SLOGAN_NOUN_LEMMAS else None

    def voice_of(self, noun: Token) -> Token | None:
        """ "their chants", "Hillary Clinton's campaign slogan" (the owner may hang on a compound
        before the noun), or the subject that took the outcry up."""
        for t in [noun] + [c for c in noun.children if c.dep_ == "compound"]:
            poss = next((c for c in t.children if c.dep_ == "poss"), None)
            if poss is not None:
                return poss
        h = noun.head
        if noun.dep_ == "pobj" and h.dep_ == "prep":
            h = h.head
        if noun.dep_ in ("dobj", "pobj") and h.pos_ == "VERB" and h.lemma_.lower() in _TOOK_UP:
            return self.cd.subject(h)
        return None
