"""Mentions left out: "Clinton did not mention Trump by name", "Cruz never mentioned the mogul",
"the ad makes no mention of the tax", "she avoided all mention of her rival". The verb families
read no negated cue ("he did not say Y" claims nothing of Y), but a mention left out is reported
as a speech act about what it leaves out, and that is the content (on PolNeAR's train split 28 of
the 33 such phrases are annotated so; the others are a crowd's silence or a speaker's own words).
A text can leave a mention out as well as a speaker ("the press release does not mention Y").
The cue keeps its negation ("did not mention", "made no mention of"), so the claim reads as what
it is. Only the tokens whose lemma is "mention" are read."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_collector import ClaimCollector
from .claim_doc import without_trailing_joins
from .speech_acts import names_occasion

# "made no mention of X", "avoided all mention of X": the verbs that make the noun an omission
_NO_MENTION_VERBS = {"make", "avoid", "omit", "carry"}
_NO_MENTION_DETS = {"no", "all", "little", "scant"}


class OmittedMentions:
    def __init__(self, claims: ClaimCollector):
        self.claims, self.cd = claims, claims.cd

    def mentions(self) -> None:
        cd = self.cd
        if "ention" not in cd.text:  # cheap: most articles mention no mention
            return
        lemma, pos = cd.words.lemma, cd.words.pos
        for i in (i for i, lem in enumerate(lemma) if lem == "mention"):
            if cd.qidx[i] >= 0:
                continue  # a speaker's own words: the quote is the claim
            t = cd.tokens[i]
            if pos[i] == "VERB":
                found = self.not_mentioned(t)
            elif pos[i] == "NOUN":
                found = self.no_mention(t)
            else:
                continue
            if found is None:
                continue
            cue, obj, subj, end = found
            toks = cd.tokens[obj.left_edge.i:end + 1]
            toks = without_trailing_joins(toks)
            sp = cd.span_of(toks)
            if sp is None or sp[1] - sp[0] < 2 or self.claims.overlaps(sp):
                continue
            sent = cd.sents[cd.sent_of[t.i]]
            self.claims.add_attributed(sent, sp, cue, t, subj, False, "asserted")

    def not_mentioned(self, v: Token) -> tuple[str, Token, Token, int] | None:
        """ "did not mention Trump (by name)", "never mentioned the mogul": active, with a subject."""
        kids = list(v.children)
        neg = next((c for c in kids if c.dep_ == "neg" and c.i < v.i), None)
        if neg is None or any(c.dep_ == "auxpass" for c in kids):
            return None
        obj = next((c for c in kids if c.dep_ == "dobj" and c.i > v.i), None)
        subj = self.cd.subject(v)
        if obj is None or subj is None or subj.dep_ == "expl":
            return None
        end = self.before_gloss(obj)
        # "by name": what is left out is the name, so it goes with the object
        by = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "by" and c.i == end + 1), None)
        if by is not None and any(c.lower_ == "name" for c in by.children):
            end = by.right_edge.i
        aux = next((c for c in kids if c.dep_ == "aux" and neg.i - c.i == 1), neg)
        return self.cd.doc[aux.i:v.i + 1].text.lower(), obj, subj, end

    def no_mention(self, n: Token) -> tuple[str, Token, Token, int] | None:
        """ "made no mention of X", "avoided all mention of X": the noun, object of such a verb."""
        v = n.head
        if n.dep_ != "dobj" or v.lemma_.lower() not in _NO_MENTION_VERBS:
            return None
        det = next((c for c in n.children if c.dep_ == "det" and c.i < n.i), None)
        if det is None or det.lower_ not in _NO_MENTION_DETS or det.lower_ == "all" and v.lemma_.lower() != "avoid":
            return None  # not "made a mention of X" (said), nor "made all mention of X"
        of = next((c for c in n.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        subj = self.cd.subject(v)
        if obj is None or subj is None or subj.dep_ == "expl" or any(c.dep_ == "neg" for c in v.children):
            return None
        return self.cd.doc[v.i:of.i + 1].text.lower(), obj, subj, self.before_gloss(obj)

    @staticmethod
    def before_gloss(obj: Token) -> int:
        """The object's last token, but not the occasion the parse hung on it ("the market [in her
        address]"), nor a clause set off by a comma after a name: "never mentioned Clinton[, who
        trailed Sanders]" is the writer's gloss on the name."""
        doc = obj.doc
        cuts = [c.i for c in obj.children if c.i > obj.i and names_occasion(c)]
        if obj.pos_ == "PROPN":
            cuts += [c.left_edge.i - 1 for c in obj.children if c.dep_ in ("relcl", "appos") and c.i > obj.i and
                     doc[c.left_edge.i - 1].text == ","]
        return min(cuts) - 1 if cuts else obj.right_edge.i
