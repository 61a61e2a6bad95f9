"""Nouns that name what somebody said or argued, as the subject of "is/was that Y" or before a
colon: "his answer was that Y", "Their argument: Y". Nouns of fact or judgment ("the problem is
that", "the reason was that", "the lesson is that") are not here: the writer says those."""

COPULAR_CLAIM_NOUNS = {
    "answer", "argument", "assertion", "claim", "complaint", "contention", "explanation",
    "message", "pitch", "point", "position", "promise", "refrain", "reply", "response",
    "retort", "statement", "suggestion", "view", "warning", "line", "mantra", "slogan",
    "phrase", "theory", "case", "charge", "accusation", "allegation", "conclusion", "finding",
    "insistence", "prediction", "assessment", "belief", "rationale", "excuse", "defense",
    "defence", "takeaway", "narrative", "advice", "word",
}

# Nouns of saying whose that-clause the parse may hang on another word: "her March comment that
# Y", "the DOJ demand that Y". With CLAIM_NOUNS_WITH_CLAUSE (cues.py).
DETACHED_CLAUSE_NOUNS = {
    "comment", "remark", "demand", "recommendation", "criticism", "suggestion", "claim",
    "statement", "warning", "contention", "assertion", "argument", "promise", "pledge",
    "insistence", "admission", "announcement", "complaint", "prediction", "assurance", "charge",
    "accusation", "allegation", "report", "vow", "declaration", "conclusion", "finding",
}
