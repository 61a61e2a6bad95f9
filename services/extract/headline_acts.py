"""Speech acts in a headline: "Sanders Calls Clinton Unqualified", "Super PAC blasts Trump for
skipping debate", "Gowdy promises Benghazi panel report". A title-cased line parses badly (names
and verbs alike read as proper nouns), so this reads the words: a name, a verb of speaking or
judging in the headline's present tense, and what follows it up to a clause of circumstance
("after", "as", "amid": "Clinton slams Trump on abortion [after the ruling]"). Only the first
line of the document, only when it stands alone, and only a verb no other pattern took. The
speaker's second act after a comma or "and" ("Clinton Says Y, Calls Z") is a claim of its own."""

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
            # the parse's subtree of a title-cased name runs on into the verb: the name's words only
            _, entity, pronoun = self.claims.claimants.claimant_of(name[-1])
            surface = cd.text[name[0].idx:name[-1].idx + len(name[-1].text)]
            while v is not None:
                rest, v2 = self.act_words(v, toks[toks.index(v) + 1:])
                sp = cd.span_of(rest)
                if sp is None or sp[1] - sp[0] < 3 or self.claims.overlaps(sp):
                    return
                self.claims.add(sent, *sp, cue=v.text.lower(), qtype=None, cue_i=v.i, claimant=(surface, entity, pronoun))
                v = v2 if v2 is not None and v2.i not in taken else None
            return  # one speaker per headline

    def act_words(self, v: Token, after: list[Token]) -> tuple[list[Token], Token | None]:
        """What the act says, up to a clause of circumstance or a mark; and the speaker's second act,
        if one follows after a comma or "and" ("Clinton Says Y, Calls Z", "Putin chides Y and praises Z")."""
        rest: list[Token] = []
        # (what a headline says runs on past a comma: "Carson says cut regulations, debt")
        marks = (";", "–", "—", "-", ":") if v.lower_ in HEADLINE_SAY_FORMS else (";", ",", "–", "—", "-", ":")
        for j, t in enumerate(after):
            if self.qidx_of(t):
                rest.append(t)
                continue
            if rest and t.lower_ in (",", "and") and j + 1 < len(after) and after[j + 1].lower_ in HEADLINE_ACT_FORMS:
                return rest, after[j + 1]
            if t.lower_ in HEADLINE_CLAUSE_WORDS or t.text in marks:
                break
            rest.append(t)
        return rest, None

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
