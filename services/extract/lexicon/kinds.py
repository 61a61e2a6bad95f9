"""Claim kinds: what sort of claim a cue makes ("vowed" a promise, "accused" an accusation).
A cue not listed here makes an assertion; a denied claim is a denial whatever its cue."""

from __future__ import annotations

import re

_KINDS: dict[str, str] = {
    "belief": "believe think suspect fear reckon suppose assume guess feel hope doubt "
              "understand consider speculate belief view notion theory",
    "accusation": "accuse allege charge blame attack slam blast criticize criticise condemn denounce "
                  "assail fault decry criticism critique denunciation condemnation call_out "
                  "rail inveigh fulminate lash",
    "denial": "deny reject dismiss refute dispute rebut",
    "promise": "promise vow pledge swear guarantee commit assure assurance threat threaten",
    "prediction": "predict forecast expect warn project anticipate estimate caution prediction",
    "proposal": "urge propose demand recommend suggest advise call_for call_on appeal press "
                "encourage request proposal implore",
    "question": "ask question wonder query inquire",
    "evaluation": "call describe label brand dub praise hail laud commend applaud welcome oppose favor favour prefer "
                  "defend mock assessment express liken compare",
    "evidence": "show find reveal indicate demonstrate conclude prove cite disclose finding conclusion",
}
KIND_BY_LEMMA: dict[str, str] = {lem: kind for kind, lems in _KINDS.items() for lem in lems.split()}
# Claimants that are documents, polls or data: what they say is evidence.
EVIDENCE_SOURCES = {
    "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "data", "record",
    "records", "document", "documents", "email", "emails", "memo", "filing", "filings", "analysis",
    "figures", "statistics", "audit", "investigation", "research", "review", "census", "findings", "numbers", "evidence",
    "results", "result", "footage", "video", "tally", "average", "averages", "polling",
}
# A share of those polled as the claimant: "58 percent of voters said", "six in 10 Republicans say"
# (not "officials in 10 Downing Street": only a number before "in 10")
POLLED = re.compile(r"\b(?:percent|per cent|respondents)\b|%|\b(?:\d+|one|two|three|four|five|six|seven|"
                    r"eight|nine) (?:in|out of) (?:10|ten)\b", re.I)
# The verb forms that close an aside naming a document as the sentence's source: "Y, records show."
EVIDENCE_ASIDE_FORMS = {
    "show": "show", "shows": "show", "showed": "show", "found": "find", "finds": "find", "indicate": "indicate",
    "indicates": "indicate", "indicated": "indicate", "suggest": "suggest", "suggests": "suggest",
    "suggested": "suggest", "reveal": "reveal", "reveals": "reveal", "revealed": "reveal",
}
# Verbs of evidence whose clause needs no "that" when a document is the subject: "records
# indicate he was registered", "the poll shows Y" (a person's "indicated Y" is too often a hint).
EVIDENCE_CLAUSE_LEMMAS = {"show", "find", "indicate", "suggest", "reveal"}
# What a claim's own words make of a plain assertion (content_kinds.py). Auxiliaries by their
# form, curly apostrophes read as straight ones ("wo" is how the parse splits "won't"):
FUTURE = {"will", "'ll", "wo", "shall"}
BACKSHIFTED = {"would", "'d"}  # reported speech: "she said she would" tells of a "will"
OBLIGATION = {"should", "must", "ought"}
BE_FORMS = {"'s", "'re", "'m"}  # "that's not true": the parse may leave the contraction's lemma as is
LINKING_LEMMAS = {"be", "seem", "look", "sound", "become", "remain"}
# "I think / I feel Y": the speaker's own view, unless Y has a kind of its own
OWN_VIEW_LEMMAS = {"think", "believe", "feel", "suspect", "guess", "fear", "reckon", "suppose"}
# who a claimant speaks for: "we will" in its own words; "he", "she" or "they" when reported
SELF_QUOTED = {"i", "we"}
# "that is not true" / "the claims are baseless": a denial, when the subject is what was said
TRUE_WORDS = {"true", "accurate", "correct", "case", "truthful"}
FALSE_WORDS = {"false", "untrue", "baseless", "unfounded", "inaccurate", "incorrect", "nonsense",
               "lie", "lies", "fabricated", "fabrication", "groundless", "bogus", "fiction", "fake",
               "absurd", "ridiculous", "preposterous", "misleading"}
DENIED_SUBJECTS = {"that", "this", "it", "these", "those", "claim", "allegation", "accusation", "charge",
                   "report", "story", "suggestion", "idea", "notion", "rumor", "rumour", "none", "any"}
# "the bill is likely to fail", "rates are set to rise": a prediction
PROSPECT_WORDS = {"likely", "unlikely", "bound", "set", "poised", "certain", "sure", "expected", "due"}
# bare verbs opening a quotation that give no order: "Look, ...", "Thank you", "Imagine if ..."
NOT_ORDERS = {"look", "see", "listen", "say", "thank", "imagine", "mind", "guess", "wait", "come",
              "remember", "believe", "trust", "know", "consider", "take", "get", "mean", "go"}
# "I must tell you", "I'll say this": manners of speaking, not orders or pledges
SAYING_LEMMAS = {"say", "tell", "admit", "confess", "add", "note", "stress", "repeat", "ask", "point"}
# what one cannot pledge to do: "we will be fine", "he would expect", "I'll win": a forecast
NOT_DEEDS = {"be", "have", "seem", "feel", "think", "expect", "consider", "like", "love", "want", "need",
             "know", "become", "remain", "win", "lose", "happen", "see", "hope", "wish", "prefer"}
# nouns that judge what they name: "the plan is a disaster", "it was a mistake"
OPINION_NOUNS = {"disaster", "mistake", "failure", "disgrace", "success", "joke", "shame", "tragedy", "outrage",
                 "travesty", "catastrophe", "embarrassment", "triumph", "farce", "fiasco", "insult", "masterpiece",
                 "nightmare", "mess", "hero", "genius", "idiot", "loser", "winner", "fool", "coward"}
