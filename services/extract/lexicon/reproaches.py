"""Verbs of reproach whose reason comes after "for" ("ripped the director for acting as “the judge
and the jury”", "chided Trump for raising doubts about his “natural born” status"), which no cue
list has (reproached_reasons.py reads them, and the act verbs of OBJECT_ACT_LEMMAS in
lexicon/cues.py, only with quoted words in the reason: without them, "hit", "knock", "rip" are as
often deeds as words)."""

from __future__ import annotations

REPROACH_LEMMAS = {
    "rip", "chide", "hit", "scold", "rebuke", "knock", "bash", "lambaste", "lambast", "berate",
    "excoriate", "upbraid", "castigate", "chastise", "admonish", "reprimand", "bludgeon", "skewer",
    "needle", "ding", "hammer", "pillory", "ridicule", "deride", "taunt",
}
# the preposition that brings the reason; and verbs of charging with their own ("charged the
# agency with “gross negligence”", "credited the volunteers with Y"; "accused X of Y" is a cue of
# cue_patterns.py, left when the parse gives the participle no subject: "responded by calling him
# “dopey” and accusing him of Y")
REASON_PREPS = {"for"}
CHARGE_PREPS = {"accuse": "of", "charge": "with", "credit": "with"}
