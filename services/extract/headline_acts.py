"""Speech acts in a headline: "Sanders Calls Clinton Unqualified", "Super PAC blasts Trump for
skipping debate", "Gowdy promises Benghazi panel report". A title-cased line parses badly (names
and verbs alike read as proper nouns), so this reads the words: a name, a verb of speaking or
judging in the headline's present tense, and what follows it up to a clause of circumstance
("after", "as", "amid": "Clinton slams Trump on abortion [after the ruling]"). Only the first
line of the document, only when it stands alone, and only a verb no other pattern took."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_collector import ClaimCollector
from .lexicon.cues import HEADLINE_ACT_FORMS, HEADLINE_CLAUSE_WORDS, HEADLINE_SAY_FORMS
from .speech_acts import is_speaker


class HeadlineActs:
    def __init__(self, claims: ClaimCollector):
        self.claims = claims

    def headline(self) -> None:
        cd = self.claims.cd
        if not cd.sents:
            return
        sent = cd.sents[0]
        line_end = cd.text.find("\n")
        if line_end < 0 or cd.text[line_end:line_end + 2] != "\n\n" or sent.start_char >= line_end:
            return  # no title line of its own
        taken = {c.cue_i for c in self.claims.found}
        toks = [t for t in sent if not t.is_space and t.idx < line_end]
        for k, v in enumerate(toks):
            if v.lower_ not in HEADLINE_ACT_FORMS or v.i in taken or self.qidx_of(v) or k == 0:
                continue
            name = self.name_before(toks[:k])
            if name is None or name[0].lower_ in ("if", "how", "why", "what", "whether", "unless"):
                return  # "If Obama Says It, It's True": a condition or a question, no act
            while len(name) > 1 and name[-1].lower_ in ("just", "now", "finally", "also", "again", "still"):
                name = name[:-1]  # "Al Sharpton Just Said ...": an adverb, title-cased, is no part of the name
            rest = []
            for t in toks[k + 1:]:
                # (what a headline says runs on past a comma: "Carson says cut regulations, debt")
                marks = (";", "–", "—", "-", ":") if v.lower_ in HEADLINE_SAY_FORMS else (";", ",", "–", "—", "-", ":")
                if not self.qidx_of(t) and (t.lower_ in HEADLINE_CLAUSE_WORDS or t.text in marks):
                    break
                rest.append(t)
            sp = cd.span_of(rest)
            if sp is None or sp[1] - sp[0] < 3 or self.claims.overlaps(sp):
                return
            # the parse's subtree of a title-cased name runs on into the verb: the name's words only
            _, entity, pronoun = self.claims.claimants.claimant_of(name[-1])
            surface = cd.text[name[0].idx:name[-1].idx + len(name[-1].text)]
            self.claims.add(sent, *sp, cue=v.text.lower(), qtype=None, cue_i=v.i, claimant=(surface, entity, pronoun))
            return  # one act per headline

    def qidx_of(self, t: Token) -> bool:
        return self.claims.cd.qidx[t.i] >= 0

    @staticmethod
    def name_before(toks: list[Token]) -> list[Token] | None:
        """The speaker's head word: the capitalized words right before the verb, one to five,
        opening the headline or after a lead-in ("Wow:") or a clause word ("Tensions flare after
        Sanders calls X"), with a name or a speaker among them."""
        k = len(toks)
        while k > 0 and (toks[k - 1].text[:1].isupper() or toks[k - 1].lower_ in ("'s", "’s")) and \
                toks[k - 1].lower_ not in HEADLINE_CLAUSE_WORDS:
            k -= 1
        name = toks[k:]
        if not 1 <= len(name) <= 5 or k > 0 and toks[k - 1].text != ":" and toks[k - 1].lower_ not in HEADLINE_CLAUSE_WORDS:
            return None
        return name if any(is_speaker(t) for t in name) else None
