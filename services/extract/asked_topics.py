"""Questions put with a noun phrase, not a clause: "the moderator asked Reyes about the ferry
contract" (the matter asked about, the asker's question) and "Reyes was asked a pointed question
about the contract", "the host asked her a simple question: will you run?" (the question named,
with what follows it). SpeechActs reads only a whether- or wh-clause after an active "asked", and
"about" after a passive or an opening participle ("Asked about X, ..."). The asker is the
subject, else the agent of a passive, else nobody. Runs after the other verb families and takes
only the verbs they left."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .speech_acts import is_speaker, passive_agent


class AskedTopics:
    def __init__(self, claims: ClaimCollector):
        self.claims = claims
        self.cd = claims.cd  # the parse only: tokens, subjects and spans
        self.asking = "ask" in claims.cd.words.lemma  # cheap: most articles ask nobody anything

    def asked(self, sent: Span) -> None:
        if not self.asking:
            return
        lemma = self.cd.words.lemma  # Token.lemma_.lower(), read from the index
        for v, kids in self.claims.untaken_verbs(sent):
            if lemma[v.i] != "ask":
                continue
            found = self.question_named(v, kids) or self.matter_asked(v, kids)
            if found is None:
                continue
            toks, cue, who = found
            sp = self.cd.span_of(toks)
            if sp is None or sp[1] - sp[0] < 3 or self.claims.overlaps(sp):
                continue
            claimant = self.claims.claimants.claimant_of(who) if who is not None else (None, None, False)
            self.claims.add(sent, *sp, cue=cue, qtype=None, cue_i=v.i, claimant=claimant)

    def asker(self, v: Token, kids: list[Token]) -> tuple[bool, Token | None]:
        """Whether the asking is told as done, and who asked: the active subject ("Roe asked"),
        the passive's agent ("was asked by Roe"), or nobody ("was asked", "Asked a question, ...")."""
        if any(c.dep_ == "auxpass" for c in kids) or v.tag_ == "VBN" and v.dep_ in ("advcl", "acl") or \
                v.tag_ == "VBD" and v.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "aux") for c in kids):
            agent = passive_agent(kids)
            return True, agent
        subj = self.cd.subject(v)
        return subj is not None and is_speaker(subj) and subj.lower_ not in ("it", "that", "this", "which"), subj

    def question_named(self, v: Token, kids: list[Token]) -> tuple[list[Token], str, Token | None] | None:
        """ "asked Roe a simple question: Y", "was asked a question about Y": the question and what
        the parse hung on it (not a bare "asked a question")."""
        obj = next((c for c in kids if c.dep_ == "dobj" and c.i > v.i and c.lemma_.lower() == "question"), None)
        if obj is None or not any(c.i > obj.i and c.dep_ in ("prep", "acl", "appos", "relcl") for c in obj.children):
            return None
        told, who = self.asker(v, kids)
        return (self.cd.subtree(obj), v.text.lower(), who) if told else None

    def matter_asked(self, v: Token, kids: list[Token]) -> tuple[list[Token], str, Token | None] | None:
        """ "Roe asked the mayor about the ferry contract": a person asked, then the matter (not
        "asked him about Reyes": a person only, no matter)."""
        if any(c.dep_ == "auxpass" for c in kids):
            return None  # "was asked about Y": SpeechActs.question_put
        obj = next((c for c in kids if c.dep_ in ("dobj", "dative") and c.i > v.i), None)
        if obj is None:
            return None
        about = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "about" and c.i > obj.i), None)
        if about is None and obj.lemma_.lower() != "question":
            # "asked the frontrunner about Y": the parse may hang "about" on the one asked
            about = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "about" and c.i > obj.i), None)
        if about is None:
            return None
        toks = [t for c in about.children if c.dep_ in ("pobj", "pcomp") for t in c.subtree]
        if not any(t.pos_ in ("NOUN", "VERB") for t in toks):
            return None
        told, who = self.asker(v, kids)
        return (toks, f"{v.text.lower()} about", who) if told and who is not None else None
