"""Adjectives that state a speaker's stance toward what their "of" brings (stated_stances.py):
"Roe was critical of the budget", "farmers are skeptical of the rules", "the mayor is proud of
the new clinic". (Not "aware of", "afraid of", "tired of": a state of mind or a mood more often
than a stance made known, and rarely annotated so on PolNeAR train.)"""

from __future__ import annotations

STANCE_ADJECTIVES = frozenset({
    "critical", "dismissive", "skeptical", "sceptical", "wary", "leery", "mistrustful", "distrustful",
    "appreciative", "proud",
})
# ... and nouns of a stance (their forms), as the complement of "be": "Roe has been a vocal critic
# of the plan", "he remains a proponent of the tax", "most were supporters of the mayor".
STANCE_NOUNS = frozenset(f for n in ("critic", "defender", "opponent", "supporter", "champion", "proponent", "advocate")
                         for f in (n, n + "s"))
# Verbs that state a stance toward their object (stance_verbs.py): "Roe opposes the tax", "the
# mayor favors a ban", "most members prefer a later vote", "the union supports the plan", "the
# governor backed the deal". Not "reject", "embrace", "endorse" (speech_acts.py takes that): as
# often deeds (a bill passed over, a rival hugged on stage) as stances made known; on PolNeAR
# train their noun phrase objects are annotated 45 to 75 times in 100. Nor "welcome": "other
# scientists welcomed the work" is a reception, no claim, in our own gold.
STANCE_VERBS = frozenset({"oppose", "favor", "favour", "prefer", "support", "back"})
# Auxiliaries that make the stance a forecast or a wish ("Russia will oppose any move", "they
# would prefer X"), not one held.
UNHELD_AUXILIARIES = frozenset({"will", "would", "could", "might", "may", "should", "must", "can", "'ll", "'d", "wo", "ca"})
# ... and with a preposition: "the party campaigned against the toll", "the mayor sided with the
# dockers", "we believe in a fair wage". (Not "campaigned for", "advocated for", "pushed for":
# as often deeds as words, under 85% on PolNeAR train in earlier rounds.)
STANCE_PREP_VERBS: dict[str, str] = {"campaign": "against", "side": "with", "believe": "in"}
# Words of a poll margin after a stance's object ("Older voters favored Moss 61 percent to 30
# percent", "..., 55 to 40 percent"): the margin is the poll's count, no part of what the group
# favors (stance_verbs.py cuts it; PolNeAR's content is the object alone).
MARGIN_WORDS = frozenset({"percent", "%", "points", "point", "percentage", "to", "-", "–", ","})
# Subjects of a stance that name people by a share or a kind without being speakers elsewhere:
# a poll's breakdown ("5 percent prefer Johnson", "female troops preferred Moss", "most women
# backed Ortiz"). Only stance_verbs.py reads them: elsewhere "half said" or "women told" would
# take claims the speech families leave today.
POLLED_GROUPS = frozenset({
    "percent", "%", "majority", "half", "third", "quarter",
    "woman", "man", "troop", "people", "adult", "parent", "personnel", "respondent",
    "american", "hispanic", "latino", "evangelical", "moderate", "conservative", "liberal", "independent",
    "millennial", "citizen",
})
# A poll's other count set beside the first share after a comma, with its own act in a relative
# clause ("61 percent said Y, double the number who said Z", "..., about the same number who said
# Z"): the count's head noun, and the words that compare it with the first (side_acts.py; not
# "a drop from 76 percent who said the same in April": PolNeAR leaves that one unattributed).
COMPARED_COUNTS = frozenset({"number", "share", "proportion", "percentage"})
COMPARING_WORDS = frozenset({"double", "twice", "triple", "half", "same", "more", "fewer", "less"})
# Verbs that frame their object as something, unquoted (framed_as_verbs.py): "the mayor cast the
# vote as a test of trust", "Roe portrayed the levy as a tax on the poor", "the party framed
# the bill as a jobs plan", "Roe characterized the deal as a win", and a view held of a person or
# thing ("voters view the mayor as aloof", "Roe regards the pier as a landmark": 9 of 9 right
# on PolNeAR train beside the other framings), "Democrats see him as a liability" (18 of 20 right
# on train, past "saw" left out: 2 of 5), and a framing by attacking, promoting or naming (with
# "pointed to X as Y", 24 of 27). (Quoted, evaluation_cues.py takes these and more; unquoted,
# "present" 3 of 5, "think of" 1 of 2, "refer to" 1 of 2; "dismiss", "label", "brand", "dub",
# "depict" add nothing.)
FRAMING_VERBS = frozenset({"cast", "portray", "frame", "characterize", "characterise", "view", "regard", "see",
                           # attacked, promoted or named as something: "Roe knocked the plan as a
                           # giveaway", "the mayor pitched the levy as a fix", "aides named the
                           # port as a priority"
                           "knock", "slam", "pummel", "trash", "pound", "paint", "pitch", "bill",
                           "position", "market", "peg", "name", "identify", "list", "reference"})
# ... of those, the ones that frame only in the present or with an auxiliary: "voters see her as
# aloof", "aides have long seen him as a liability", but "the campaign saw the debate as a chance
# to ..." tells of a past purpose, the writer's account of what drove a move.
PRESENT_FRAMING_VERBS = frozenset({"see"})
# Verbs that frame the object of a preposition: "Roe pointed to the case as proof of bias".
FRAMING_PREPS = {"point": "to"}
# Verbs that liken their object to something (likenings.py): "the senator likened the deal to a
# surrender", "Roe compared the levy to a tax on the poor".
LIKENING_VERBS = frozenset({"liken", "compare"})
# Verbs whose noun phrase object is a topic spoken of (discussed_topics.py): "the mayor
# discussed the ferry budget with reporters".
TOPIC_VERBS = frozenset({"discuss", "talk"})
# ... of those, the ones that speak of their object only with a particle: "Cruz talked up his
# plans" (but "talked business", "talked the night away": the object is no topic).
TOPIC_PARTICLES = {"talk": "up"}
# Verbs of leave: "officials not authorized to discuss the probe" tell why a source is unnamed,
# not that anything was discussed.
PERMISSION_VERBS = frozenset({"authorize", "allow", "permit"})
# ... and of anonymity: "an aide, who requested anonymity to discuss the talks": the same.
ANONYMITY_WORDS = frozenset({"anonymity", "anonymously", "anonymous"})
