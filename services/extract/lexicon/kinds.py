"""Claim kinds: what sort of claim a cue makes ("vowed" a promise, "accused" an accusation).
A cue not listed here makes an assertion; a denied claim is a denial whatever its cue."""

from __future__ import annotations

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
                  "defend mock assessment express",
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
# The verb forms that close an aside naming a document as the sentence's source: "Y, records show."
EVIDENCE_ASIDE_FORMS = {
    "show": "show", "shows": "show", "showed": "show", "found": "find", "finds": "find", "indicate": "indicate",
    "indicates": "indicate", "indicated": "indicate", "suggest": "suggest", "suggests": "suggest",
    "suggested": "suggest", "reveal": "reveal", "reveals": "reveal", "revealed": "reveal",
}
# Verbs of evidence whose clause needs no "that" when a document is the subject: "records
# indicate he was registered", "the poll shows Y" (a person's "indicated Y" is too often a hint).
EVIDENCE_CLAUSE_LEMMAS = {"show", "find", "indicate", "suggest", "reveal"}
