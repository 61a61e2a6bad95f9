"""Words for the labels "call" gives (call_labels.py)."""

from __future__ import annotations

# idioms with two complements that label nothing: "call it a day", "call it quits"
CALL_LABEL_IDIOMS = {"day", "night", "quits", "evening", "home", "shot", "shots", "name", "names"}

# what follows a label as the occasion it was given on, not part of it: "called X “a fraud” on her
# show", "“weak” at a briefing" (evaluation_cues.py); not "for": "called him “a genius” for his tax
# plan" gives the reason, part of the verdict
OCCASION_PREPS = {"on", "in", "at", "during", "over", "after", "before", "amid", "amidst", "since", "while"}
# verbs whose subject makes the call they take as object: "made a call for X", "renewed calls for X"
CALL_MAKING_VERBS = {"make", "issue", "sound", "renew", "repeat", "reiterate", "lead", "voice", "echo", "join"}
# calls that are no demand: "phone calls for donations", "a judgment call", "the roll call"
CALL_NOT_DEMANDS = {"phone", "conference", "telephone", "roll", "judgment", "wake", "curtain", "robo", "robocall",
                    "sales", "service", "911", "emergency", "fundraising", "courtesy", "radio", "video"}
# what a cry in distress asks for, no stance: "calls for help went unanswered"
CALL_FOR_RESCUE = {"help", "rescue", "backup", "mercy"}
# verbs of a speech's course whose subject makes the call they end or open with: "opened with a call for X"
CALL_WITH_VERBS = {"open", "close", "end", "begin", "start", "conclude", "finish", "respond", "follow"}
# texts that call for something: "a petition calling on X to Y", "a resolution calling for X"
CALLING_TEXTS = {"petition", "resolution", "letter", "statement", "bill", "measure", "amendment", "plank", "motion",
                 "ad", "editorial", "op-ed", "memo", "tweet", "post", "report", "platform", "proposal", "ordinance"}
