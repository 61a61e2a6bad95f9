"""Verbs of speaking, judging and urging whose object may hold the speaker's own words in
quotation marks ("warned against the “fevered dreams” of X", "touted her record as “the best”"):
what the quoted-fragment fallback (quoted_fragments.py) takes as a mixed claim's cue."""

from __future__ import annotations

FRAGMENT_VERB_LEMMAS = {
    "acknowledge", "admit", "advise", "advocate", "announce", "appeal", "applaud", "ask", "assure",
    "attack", "bash", "beg", "belittle", "blame", "blast", "boast", "brag", "brand", "call",
    "campaign", "caution", "celebrate", "challenge", "champion", "characterize", "characterise",
    "chide", "claim", "coach", "coin", "command", "commend", "comment", "complain", "concede",
    "condemn", "confess", "congratulate", "credit", "criticize", "criticise", "decry", "defend",
    "deride", "describe", "detail", "declare", "demand", "denounce", "disparage", "dismiss", "dub",
    "email", "emphasize", "encourage", "exhort", "explain", "frame", "fret", "gripe", "grumble",
    "gush", "hail", "hammer", "highlight", "hype", "implore", "insist", "invite", "invoke",
    "justify", "knock", "label", "lambast", "lambaste", "lament", "laud", "lobby", "mock", "muse",
    "note", "observe", "outline", "plead", "pledge", "ponder", "portray", "position", "posture",
    "post", "praise", "predict", "proclaim", "promise", "promote", "pronounce", "propose",
    "question", "rail", "rebuke", "recall", "recommend", "recount", "remark", "remind", "ridicule",
    "say", "scold", "slam", "speculate", "stress", "suggest", "swear", "taunt", "tease", "tell",
    "thank", "tout", "trumpet", "tweet", "unveil", "urge", "vent", "voice", "vow", "warn",
    "wonder", "write",
}

# The first word of a clause after a mixed content's closing quote that is still part of what was
# said, where the parse hangs it on the cue verb: "“a disaster” if ...", "“mild” compared to ..."
# (mixed_tails.py).
CONTENT_CLAUSE_MARKS = {"if", "unless", "because", "compared", "although", "though"}

# Verbs of wanting, hoping or intending whose infinitive may hold the speaker's own words ("did not
# want to address “that person”", "expects to leave with a “solid share”"): an aim, in
# quoted_clauses.py. Not verbs of doing ("managed to “lose” her", "paid to stream “Seinfeld”").
INTENT_VERB_LEMMAS = {
    "aim", "expect", "hope", "intend", "look", "need", "plan", "pledge", "promise", "refuse", "seek",
    "threaten", "vow", "want", "wish",
}
