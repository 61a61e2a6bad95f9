"""Criticism drawn: "the proposal drew criticism from X", "X has faced criticism for Y", "the
mayor came under fire from unions over Y". The one criticized is the subject; what is criticized
is the "for"/"over" phrase or, with none, the subject; the critics are the "from" phrase, or
nobody named. Runs with the verb families, after them, on the verbs they left."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .lexicon.cues import CRITICISM_DRAWN_NOUNS, CRITICISM_DRAWN_VERBS

CRITICS_PREPS = ("from", "by")
GROUNDS_PREPS = ("for", "over")


class CriticismDrawn:
    def __init__(self, claims: ClaimCollector):
        self.claims = claims

    def drawn(self, sent: Span) -> None:
        cd = self.claims.cd  # the parse only: subjects and spans
        lemma = self.claims.cd.words.lemma  # Token.lemma_.lower(), read from the index
        verbs = ((v, kids) for v, kids in self.claims.untaken_verbs(sent) if lemma[v.i] in CRITICISM_DRAWN_VERBS)
        for v, kids in verbs:
            if any(c.dep_ == "auxpass" for c in kids):
                continue  # "criticism was drawn": not these words
            lem = v.lemma_.lower()
            noun = self.criticism(v, kids)
            if noun is None:
                continue
            critics, grounds = self.phrases(v, noun)
            subj = cd.subject(v)
            if subj is not None and subj.lower_ in ("that", "which", "who") and v.dep_ == "relcl":
                subj = v.head  # "a plan that drew criticism": the plan
            if grounds and any(g.lemma_.lower() == "reason" for g in grounds[0].subtree):
                continue  # "for a number of reasons": what is criticized is not said
            if grounds:
                toks = [t for g in grounds[0].children if g.dep_ in ("pobj", "pcomp") for t in g.subtree]
                # "for the move [from X]", not "from unions [over the cuts]"
                inner = {t.i for c in critics if grounds[0].is_ancestor(c) for t in c.subtree}
                toks = [t for t in toks if t.i not in inner]
            elif (clause := self.that_clause(noun)) is not None:  # "criticism from rivals that Y"
                toks = list(clause.subtree)
            elif subj is not None and subj.pos_ in ("NOUN", "PROPN") and subj.i < v.i:
                toks = [t for t in subj.subtree if t.i < v.i]  # "the proposal drew criticism"
            else:
                continue  # "it drew criticism": what was criticized is not said
            sp = cd.span_of(toks)
            if sp is None or sp[1] - sp[0] < 3 or self.claims.overlaps(sp):
                continue
            who = next((g for c in critics for g in c.children if g.dep_ == "pobj"), None)
            claimant = self.claims.claimants.claimant_of(who) if who is not None else (None, None, False)
            if claimant[0] and grounds and who is not None and who.is_ancestor(grounds[0]):
                # "from unions [over the cuts]": the critics without the grounds
                cut = claimant[0].find(" " + grounds[0].text + " ")
                claimant = (claimant[0][:cut], claimant[1], claimant[2]) if cut > 0 else claimant
            cue = f"{v.text.lower()} {'under ' if lem == 'come' else ''}{noun.text.lower()}"
            # the noun is the cue: with no critics named, no name before the verb is to stand in
            self.claims.add(sent, *sp, cue=cue, qtype=None, cue_i=noun.i, claimant=claimant)

    @staticmethod
    def criticism(v: Token, kids: list[Token]) -> Token | None:
        """The noun of criticism the verb draws: its object ("drew criticism"), or the object of
        "under" ("came under fire")."""
        if v.lemma_.lower() == "come":
            under = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "under"), None)
            nouns = [g for g in under.children if g.dep_ == "pobj"] if under is not None else []
        else:
            nouns = [c for c in kids if c.dep_ == "dobj" and c.i > v.i]
        # not "faced his critics' ire", "drew such criticism": whose, or which, was said before
        return next((n for n in nouns if n.lemma_.lower() in CRITICISM_DRAWN_NOUNS and not any(
            c.dep_ == "poss" or c.lower_ in ("such", "that", "this", "the", "those", "these") for c in n.children)), None)

    @staticmethod
    def that_clause(noun: Token) -> Token | None:
        return next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i and
                     any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)

    @staticmethod
    def phrases(v: Token, noun: Token) -> tuple[list[Token], list[Token]]:
        """The "from" phrases (the critics) and the "for"/"over" phrases (the grounds) after the
        noun, on the verb, the noun or each other ("criticism for the move from X")."""
        critics, grounds = [], []
        for p in v.subtree:
            if p.dep_ != "prep" or p.i <= noun.i:
                continue
            h = p.head  # only through nouns and prepositions back to the verb: not a clause's own
            while h.i != v.i and h.pos_ not in ("VERB", "AUX"):
                h = h.head
            if h.i != v.i:
                continue
            if p.lower_ in CRITICS_PREPS and any(g.dep_ == "pobj" for g in p.children):
                critics.append(p)
            elif p.lower_ in GROUNDS_PREPS:
                grounds.append(p)
        return critics, grounds
