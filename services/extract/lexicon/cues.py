"""Reporting cues: verbs of saying, believing and reporting, what hedges them, what denies,
and the inflected forms that find a cue where the tagger missed the verb."""

from __future__ import annotations

CUE_LEMMAS = {
    "say", "tell", "claim", "state", "add", "note", "acknowledge", "admit", "concede", "deny",
    "warn", "estimate", "believe", "think", "argue", "insist", "suggest", "report", "announce",
    "confirm", "allege", "predict", "explain", "maintain", "contend", "assert", "reveal",
    "stress", "emphasise", "emphasize", "indicate", "write", "testify", "conclude", "find",
    "show", "fear", "suspect", "agree", "complain", "declare", "disclose", "reply", "respond",
    "recall", "observe", "remark", "promise", "vow", "pledge", "rule", "accuse", "caution",
    "assure", "reckon", "speculate", "hint", "point", "inform", "reject", "dismiss", "refute",
    "dispute", "rebut", "forecast", "tweet", "boast", "counter", "demonstrate", "signal", "expect",
    "worry", "imply",
    "lament", "bemoan", "proclaim", "joke", "quip", "confide", "charge", "remind", "reiterate",
    "grouse", "gripe", "muse",
    "comment", "recognize", "recognise", "project", "anticipate", "reason", "posit", "opine",
    "theorize", "surmise", "affirm", "reaffirm", "reassure", "concur", "stipulate", "attest",
    "calculate", "figure", "sense", "hope", "fret",
}
# Cues that only count with an explicit "that" complement (they have too many other uses).
NEED_THAT = {"find", "show", "rule", "agree", "pledge", "point",
             "indicate", "signal", "demonstrate", "recall", "observe", "inform", "assure", "worry",
             "charge", "remind", "joke", "confide",
             "comment", "recognize", "recognise", "project", "anticipate", "reason", "posit",
             "opine", "theorize", "surmise", "affirm", "reaffirm", "reassure", "concur", "stipulate",
             "attest", "calculate", "figure", "sense", "hope", "fret"}
# Verbs of saying that tag the quotation right after them whatever comes before: "..., writing “Y”".
QUOTE_TAG_LEMMAS = {"say", "tell", "write", "tweet", "add", "state", "declare", "remark", "reply",
                    "respond", "explain", "insist", "argue", "warn", "announce", "post"}
# Verbs of saying the tagger takes for nouns after a quote ("“Y,” the two write.").
MISREAD_TAG_LEMMAS = QUOTE_TAG_LEMMAS | {"note", "ask", "recall"}
# Verbs of shouting whose object is the words shouted: "the crowd chanted “Lock him up!”".
OUTCRY_LEMMAS = {"chant", "shout", "yell", "scream", "cry", "exclaim", "holler", "roar", "mouth",
                 "echo", "bellow", "shriek", "heckle"}
# Verbs of describing whose unquoted object is the speaker's account: "described a rigged system".
DESCRIBE_LEMMAS = {"describe", "outline", "deride", "decry", "disparage", "denounce", "belittle", "chastise"}
# Verbs of requesting whose "for" phrase is what is asked: "asked for a recount".
REQUEST_FOR_LEMMAS = {"ask", "plead", "beg"}  # (not "appealed for $1 billion": an appeal for funds)
NEG_RAISING = {"believe", "think", "expect", "suppose", "reckon"}
# Verbs of evaluation that frame their object only through a quoted "as" phrase:
# "portrayed the deal as “a betrayal”", "referred to him as “the boss”".
FRAME_AS_LEMMAS = {"portray", "characterize", "characterise", "depict", "paint", "refer",
                   "herald", "tout", "frame", "deride", "identify", "view", "regard"}
# Verbs of evaluation: a claim only when the words are quoted ("called the plan “a disaster”").
EVALUATION_LEMMAS = {"call", "describe", "label", "brand", "dub"} | FRAME_AS_LEMMAS
# Denial verbs that evaluate instead when their "as" phrase is quoted: "dismissed it as “absurd”".
FRAME_AS_DENIALS = {"dismiss"}
HEDGE_LEMMAS = {"imply", "believe", "think", "estimate", "suspect", "suggest", "speculate", "allege",
                "fear", "reckon", "hint", "guess", "suppose", "assume"}
DENY_LEMMAS = {"deny", "reject", "dismiss", "refute", "dispute", "rebut"}
# Passive cues that make an unattributed report: "are reported to", "it is claimed that".
REPORT_PASSIVE = {"say", "report", "believe", "think", "claim", "allege", "rumour", "rumor",
                  "understand", "estimate", "suspect", "fear", "suggest"}
# Passive with no complement and no agent: "clashes were reported".
BARE_REPORT = {"report", "allege", "rumour", "rumor"}
CLAIM_NOUNS = {"claim", "allegation", "suggestion", "report", "accusation", "charge",
               "rumour", "rumor", "assertion", "speculation"}
# Claim nouns for what others say: who comments on or refers to "reports that Y" holds none.
HEARSAY_NOUNS = {"report", "rumour", "rumor", "speculation", "news", "word"}
# Nouns that frame a that-clause as somebody's claim: "his statement that Y", "the warning that Y".
CLAIM_NOUNS_WITH_CLAUSE = CLAIM_NOUNS | {
    "statement", "argument", "belief", "warning", "promise", "pledge", "assurance", "insistence",
    "contention", "prediction", "admission", "announcement", "complaint", "assessment",
    "conclusion", "finding", "fear", "view", "notion", "theory", "concern", "vow"}
# Objects of "deny" that are propositions ("denied the charges"), unlike "denied bail".
DENIABLE = CLAIM_NOUNS | {"count", "wrongdoing", "involvement", "responsibility", "knowledge",
                        "link", "guilt", "existence", "rumour", "story", "reports"}
# "according to plan": not a source
NOT_SOURCES = {"plan", "plans", "schedule", "tradition", "law", "rules", "custom", "script",
               "expectations", "instructions", "protocol", "procedure", "guidelines", "form",
               "design", "taste", "size", "need", "needs", "age", "ability", "merit"}
WH_WORDS = {"whether", "if", "how", "why", "what", "when", "where", "who", "whom", "whose", "which"}
REPORT_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "reputedly"}
HEDGE_ADVERBS = {"possibly", "probably", "perhaps", "likely", "maybe", "allegedly",
                 "reportedly", "apparently", "potentially", "purportedly", "supposedly",
                 "seemingly", "presumably"}
MODALS = {"may", "might", "could"}
HEDGE_ROOTS = {"seem", "appear"}

IRREGULAR_FORMS = {
    "said": "say", "told": "tell", "thought": "think", "wrote": "write", "written": "write",
    "found": "find", "shown": "show", "admitted": "admit", "admitting": "admit",
    "forecast": "forecast", "understood": "understand", "forecasts": "forecast", "forecasting": "forecast",
    "referred": "refer", "referring": "refer", "dubbed": "dub", "dubbing": "dub",
    "labelled": "label", "labelling": "label", "quipped": "quip", "quipping": "quip",
    "rebutted": "rebut", "rebutting": "rebut",
}


def _forms(lemma: str) -> list[str]:
    out = [lemma]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        out += [lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
        return out
    out.append(lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s"))
    out.append(lemma + "d" if lemma.endswith("e") else lemma + "ed")
    out.append(lemma[:-1] + "ing" if lemma.endswith("e") and not lemma.endswith("ee") else lemma + "ing")
    return out


CUE_FORMS: dict[str, str] = {}
for _lem in CUE_LEMMAS | REPORT_PASSIVE | EVALUATION_LEMMAS:
    for _f in _forms(_lem):
        CUE_FORMS.setdefault(_f, _lem)
CUE_FORMS.update(IRREGULAR_FORMS)

# Speech acts with an object or an infinitive rather than a content clause (speech_acts.py):
# "vowed to X", "urged Y to X", "called for X", "blamed Y for X", "asked whether X".
PROMISE_LEMMAS = {"promise", "vow", "pledge", "threaten", "swear"}
# Verbs of saying whose infinitive is a claim about the speaker: "who claim to represent X",
# "claimed to be undecided" (the clause after "claimed that" is cue_patterns'). (Not "purport":
# "the figures purported to be official" has no speaker.)
INFINITIVE_CLAIM_LEMMAS = {"claim"}
PROPOSAL_LEMMAS = {"urge", "propose", "demand", "recommend", "press", "encourage", "advise",
                   "ask", "implore", "request"}
# Verbs of saying that give an order with an object and an infinitive ("told his aides to
# find a way", "warned Pyongyang to refrain from X"); their clauses are cue_patterns' own.
DIRECTIVE_LEMMAS = {"tell", "warn"}
OBJECT_ACT_LEMMAS = {"praise", "hail", "laud", "commend", "applaud", "criticize", "criticise",
                     "blame", "attack", "slam", "blast", "condemn", "denounce", "assail", "mock",
                     "question", "accuse", "thank", "credit", "fault", "cite"}
# Proposals whose content can be a bare object ("proposed a tax on sugar"); the others need an
# infinitive ("advised Y to X"): "advised the campaign" and "pressing his attack" are no claims.
OBJECT_PROPOSAL_LEMMAS = {"propose", "demand", "recommend", "request"}
QUESTION_LEMMAS = {"ask", "question", "wonder"}
# Cues whose content can be a noun phrase: "announced his candidacy", "confirmed the meeting".
OBJECT_REPORT_LEMMAS = {"announce", "confirm", "predict", "reveal", "report", "note", "admit",
                        "forecast", "disclose"}
# What a speaker claims as won or owed, the object alone the claim: "claimed victory", "claimed
# momentum on Friday", "claimed responsibility for the attack". Not any object: "the fire
# claimed three lives", "claimed his bags", "claimed the seat", nor "enough delegates to claim the
# nomination" (to win it, as often as to say so).
CLAIMED_OUTCOMES = {"victory", "win", "triumph", "success", "momentum", "credit", "responsibility",
                    "mandate", "mantle", "innocence", "defense", "self-defense"}
# Speech acts whose content is what they name, the object alone, and only with a speaker for
# subject: "expressed concern about X", "mentioned the wall", "decried the ruling", "acknowledged
# the debts", "explained the reasons", "stated his intention" (not "the plan acknowledges X"). (Their time
# and place phrases are no part of it: "stressed those worries [on Sunday]".) Not "defend",
# "tweet", "discuss", "address": their objects are as often people, things or links.
OBJECT_TOPIC_LEMMAS = {"mention", "express", "stress", "decry", "reiterate"} | {
    "recall", "echo", "dismiss", "acknowledge"} | {  # "recalled a visit", "dismissed concerns that Y"
    "explain", "state"} | {  # "explained the reasons for the delay", "stated his intention to run"
    "underscore", "bemoan", "reaffirm", "trumpet"} | {  # "underscored the urgency of X", "bemoaned X"
    "signal", "float"}  # "signaled their support for X", "floated the notion of Y"
# (Not "highlight": "Cruz tried to highlight policy differences" is as often the writer's
# summary of a strategy as an act of speech, 11 of 15 on PolNeAR train; nor "hail", whose "as"
# framing the evaluation verbs read better; "lamented X" with no clause stays no claim, a tested
# choice of test_mixed_cues.py, though PolNeAR annotates its 2 on train; nor "downplay" 4/5,
# "invoke", "reference", "welcome", "recount", "rebuke", "concede", "relay": 22 of 40 on train.)
# Stances stated with a plain object: "Christie endorsed Trump", "Clinton touted her Senate
# record", "Ryan voiced displeasure with X". Not in a relative clause ("Graham, who endorsed
# Bush"): there the annotators name "who" the source and the act is as often background. (Not
# "emphasize": "emphasizing those last three words" is as often a manner of speaking.)
STANCE_OBJECT_LEMMAS = {"endorse", "tout", "voice"}
OBJECT_TOPIC_LEMMAS |= STANCE_OBJECT_LEMMAS
# Of those, the ones whose object the parse often leaves short, hanging the rest of the phrase on
# the verb: "recalled her days [as secretary of state]", "recalling the thinking [back when X]".
OBJECT_TOPIC_TRAILING = {"recall", "echo", "dismiss", "acknowledge"}
# Objects that make those acts no claim, besides a person (unless an "as" phrase follows:
# "dismissed Roe as a lightweight"): "echoing Mr. Putin", "the judge dismissed the case",
# "dismissed her aide", "acknowledged the crowd" (what one acknowledges with a wave or a nod:
# a greeting, not a concession).
OBJECT_TOPIC_NON_CLAIMS = {
    "echo": frozenset(),
    "dismiss": frozenset({"case", "lawsuit", "suit", "charge", "indictment", "count", "appeal", "motion",
                          "petition", "complaint", "jury", "juror", "employee", "staff", "class", "session",
                          "chief", "aide", "adviser", "advisor", "staffer", "official", "minister", "secretary"}),
    "acknowledge": frozenset({"crowd", "audience", "applause", "cheer", "cheers", "ovation", "supporter",
                              "fan", "greeting", "presence", "receipt", "wave"}),
}
# Speech acts whose object is their content only when it names a telling or a text: "told a joke
# about X", "told a different tale", "wrote a dissent" (not "told the crowd", "wrote a check").
NAMED_TELLING_OBJECTS = {
    "tell": frozenset({"joke", "tale", "story", "anecdote", "version", "lie", "parable"}),
    # (not "wrote a column", "wrote a commentary": the venue more often than the words)
    "write": frozenset({"dissent", "assessment", "amendment", "legislation"}),
}
# Speech acts whose object is their content only when it quotes the words: "bemoaned a
# climate in which people “hate each other”", "championed a “historic” deal" (not "championed the deal").
QUOTED_OBJECT_LEMMAS = {"lament", "bemoan", "advocate", "champion", "emphasize",
                        "emphasise", "pledge", "reference", "invoke", "promote", "recite",
                        "reprise", "highlight", "target", "unveil", "float", "trumpet", "extol",
                        "lambaste", "ridicule", "deplore", "disparage", "belittle", "bash", "hype"}
# An object's preposition that names the topic of an expressed attitude: "voiced concern about X".
ATTITUDE_PREPS = {"about", "over", "at", "with", "for", "in", "toward", "towards"}
# Verbs of evidence whose object is the finding when a poll, study or document is the subject:
# "a new poll shows Smith with 47 percent", "the survey found broad support for the plan".
EVIDENCE_OBJECT_LEMMAS = {"show", "find"}
# Cues whose content can be a wh-clause, no question: "explained why the polls were wrong".
WH_REPORT_LEMMAS = {"explain", "reveal", "describe", "detail", "disclose", "recall", "note",
                    "tell", "discuss"}  # "told reporters how he helped", "discussed how the law failed"
# Verbs of talking whose content is their topic: "talked about immigration".
TOPIC_LEMMAS = {"talk", "speak", "write", "joke", "complain", "boast", "brag", "tweet", "testify",
                "comment", "rant", "muse", "post", "lie", "reminisce", "speculate", "gush"}
# (Not "worry about": "the State Department worries about corrupted cellphones" is a care as
# often as a claim, 5 of 7 on PolNeAR train; nor "vent about", which took a claim nested in it.)
# The preposition that brings the topic, by verb: "talked about X", "warned of X", "boasted of
# his record", "complained of the imbalance". ("referred to X" and "pointed to X" name more
# things than claims.)
TOPIC_PREPS = {"about": TOPIC_LEMMAS, "of": frozenset({"warn", "speak", "boast", "brag", "complain", "talk"}),
               "on": frozenset({"comment", "elaborate", "testify", "opine"})}  # "testified on the attacks"
# (Not "reflect / weigh / report on": "reflecting on the campaign", "the criticism weighed on her
# image" are as often no claim: 11 of 18 on PolNeAR train.)
# Acts of opposition whose content follows "against": "railed against the plan" (side_acts.py).
AGAINST_ACT_LEMMAS = {"rail", "speak", "argue", "inveigh"}
# "called out the National Guard": what is called out to act, no rebuke
CALLED_OUT_FORCES = {"guard", "troops", "troop", "army", "police", "militia", "reserve", "reserves", "cavalry",
                     "vote", "name", "number", "numbers", "dog", "dogs"}
# "declined to comment on X": a refusal, not a claim
REFUSAL_LEMMAS = {"decline", "refuse", "fail", "hesitate"}
# "asked not to be named": anonymity, not a claim
ANONYMITY = {"name", "identify", "quote", "anonymity"}
SPEECH_ACT_LEMMAS = PROMISE_LEMMAS | INFINITIVE_CLAIM_LEMMAS | PROPOSAL_LEMMAS | DIRECTIVE_LEMMAS | OBJECT_ACT_LEMMAS | QUESTION_LEMMAS | \
    OBJECT_REPORT_LEMMAS | OBJECT_TOPIC_LEMMAS | QUOTED_OBJECT_LEMMAS | EVIDENCE_OBJECT_LEMMAS | WH_REPORT_LEMMAS | {v for vs in TOPIC_PREPS.values() for v in vs} | {"call", "declare"}
# What a speaker issues, whose "saying Y" is the issuer's: "his office put out a statement saying Y".
ISSUED_TEXTS = {"statement", "letter", "memo", "tweet", "post", "email", "message", "note",
                "release", "video", "ad", "advertisement", "op-ed", "editorial", "report", "response", "reply"}
# The occasion a speaker spoke on, not what was said: "recalled X [in a long speech]",
# "recalled X [during an interview]".
OCCASION_NOUNS = ISSUED_TEXTS | {"interview", "briefing", "speech", "address", "rally", "debate", "hearing",
                                 "conference", "appearance", "remarks", "sermon", "lecture", "podcast", "show"}
# A sentence opening with one of these is the outlet's own note, not a report of anybody's
# words: "Editor's note: X is a bully who has pledged to Y" makes no claim.
OUTLET_NOTES = ("editor's note", "editor’s note", "editors' note", "editors’ note")
# Speech-act nouns whose speaker is their possessor (noun_acts.py), with the prepositions that
# bring their content: "his call for a ban", "her criticism of the deal". (Not "attacks on",
# "remarks about", "comments on": as often a topic or a deed as a claim.)
ACT_NOUN_PREPS = {
    "call": {"for"}, "proposal": {"for"}, "demand": {"for"}, "criticism": {"of"}, "critique": {"of"},
    "denunciation": {"of"}, "condemnation": {"of"}, "praise": {"of", "for"},
}
# ... and those whose content is an infinitive: "his promise to cut taxes".
ACT_NOUNS_TO = {"call", "proposal", "promise", "pledge", "vow", "demand", "threat"}
# Cues of an "as" aside whose content is the clause it hangs on: "As the Post reported, Y".
AS_ASIDE_LEMMAS = {"say", "report", "note", "write", "explain", "tell", "argue", "predict", "observe",
                   "point", "acknowledge", "claim", "suggest", "warn", "recount", "reveal", "disclose",
                   "confirm", "announce", "document", "detail", "admit", "concede", "state", "recall",
                   "remark", "show", "find", "testify", "emphasize", "stress", "put"}
# Participles of an aside on a sentence's subject that name its source: "The plan, first reported
# by the Post, is Y" (source_asides.py).
PARTICIPLE_ASIDE_LEMMAS = {"report", "disclose", "reveal", "announce", "confirm"}
# A poll's answers that stand for the question's clause: "half said so", "64 percent said yes".
PRO_FORM_ANSWERS = {"so", "yes", "no"}
# Verbs that take them ("so" only for the verbs of belief: "Cruz thinks so too").
PRO_FORM_LEMMAS = {"say", "think", "believe", "hope", "suspect", "guess", "fear"}
# ... and objects that stand for it: "a third said the same of Y".
PRO_FORM_OBJECTS = {"same", "opposite", "reverse"}
# Cues whose gerund object is the content: "reported spending $6 million", "suggested rallying NATO".
GERUND_REPORT_LEMMAS = {"report", "suggest", "admit", "acknowledge", "recall", "propose", "recommend"}
# ... and cues a misparse hangs a gerund subject on: "said seeing police there was a relief".
GERUND_CLAUSE_LEMMAS = {"say", "argue", "believe", "think", "claim", "insist", "note", "add", "tell",
                        "warn", "explain", "write"}
# Words-said nouns with a that-clause, only with their speaker as possessor ("her remark that
# Y", "Trump's boast that Y"): with none, "the remark that Y" is too often nobody's.
SAID_NOUNS_WITH_CLAUSE = {"remark", "comment", "aside", "boast", "lament", "observation",
                          "insinuation", "declaration", "proclamation", "acknowledgment"}
# Plain verbs of saying or believing whose stranded clause (the parse lost their subject) is
# still read as speech, with the speaker found beside the cue (stranded_speakers.py).
STRANDED_CUE_LEMMAS = {"say", "tell", "claim", "add", "note", "acknowledge", "admit", "argue", "insist",
                       "believe", "think", "suggest", "explain", "predict", "warn", "contend", "maintain",
                       "write", "report", "announce", "confirm", "stress", "assert", "concede", "recall"}
# Speech acts a light verb makes with a noun of saying (light_verb_acts.py): "made comments
# about X", "issued a statement on X", "raised questions about X", "made the case that Y". The
# verbs, and by noun the prepositions that bring the content ("that" for a that-clause, "to"
# also for an infinitive: "made a promise to cut taxes"). (Not "delivered a speech on X": as
# often a time or an occasion as what was said.)
LIGHT_VERBS = {"make", "issue", "deliver", "give", "offer", "voice", "raise", "level", "lodge"}
LIGHT_VERB_NOUNS = {
    "comment": {"about", "on", "regarding"}, "remark": {"about", "on", "regarding"},
    "statement": {"about", "on", "regarding", "that"}, "reference": {"to"},
    "case": {"for", "against", "that"}, "argument": {"for", "against", "about", "that"},
    "point": {"that"}, "allegation": {"against", "about", "that"}, "accusation": {"against", "that"},
    "claim": {"about", "that"}, "promise": {"to", "that"}, "pledge": {"to", "that"},
    "prediction": {"about", "that"}, "appeal": {"for"}, "plea": {"for"}, "joke": {"about"},
    "criticism": {"of"}, "praise": {"for", "of"}, "question": {"about", "over"},
    "concern": {"about", "over"}, "doubt": {"about", "over"},
    "announcement": {"about", "on"}, "warning": {"about", "against", "that"},
}
# Evaluations and accusations in the passive (passive_acts.py): "X was criticized by Y for Z",
# "X has been praised as Z". Those that also name deeds ("the convoy was attacked", "the wall was
# blasted") need their speaker named or a "for"/"as"/"over" phrase (PASSIVE_ACT_PREPS).
PASSIVE_ACT_LEMMAS = {"criticize", "criticise", "condemn", "denounce", "praise", "laud", "mock", "ridicule",
                      "fault", "blast", "lambaste", "attack", "assail", "decry", "deride", "chastise",
                      "rebuke", "scold", "commend", "applaud", "echo"}
PASSIVE_ACT_PREPS = {"for", "as", "over"}
# Reports in the passive whose content is their subject, only with the speaker named: "her death
# was confirmed by the family", "the deal was first reported by Reuters" ("the vote was announced"
# alone is a deed as often as words; "was reported to" and "it was reported that" are cue_patterns').
PASSIVE_REPORT_LEMMAS = {"report", "confirm", "announce", "reveal", "disclose"}
# Verbs of saying and believing whose noun-phrase object, when a predicate follows it, is a
# clause the parse misread: "aides say the more delegates he takes, the more leverage he has"
# (not "tell", "agree": their objects are people and texts other patterns read).
OBJECT_CLAUSE_LEMMAS = {"say", "believe", "think", "argue", "insist", "contend", "suggest", "hope"}
# Verbs of saying and believing whose "than" or "as" clause measures the sentence it qualifies
# against what was said: "more than the budget office had predicted", "not as weak as insiders
# believe" (not "expect": "more than her advisers expected" is as often a plan as a claim).
COMPARED_LEMMAS = {"believe", "think", "predict", "say", "suggest", "claim", "report", "estimate", "forecast",
                   "imagine"}
# What a speaker defends in words (defences.py): a stance, a record or a statement, not a
# country, a title or a law in court ("defended her record", "defended the remarks").
DEFENDED_STANCES = {"decision", "position", "record", "remark", "comment", "statement", "view", "policy",
                    "plan", "proposal", "call", "vote", "stance", "choice", "strategy", "approach",
                    "description", "handling", "response", "move", "tweet", "endorsement", "support",
                    "commitment", "role", "action", "claim", "assertion", "characterization", "language",
                    "rhetoric", "comparison", "use", "idea", "agreement", "deal", "decision-making"}
# What words a speaker defends anyone against: "defended the group against attacks from X".
DEFENDED_AGAINST = {"attack", "criticism", "charge", "accusation", "allegation", "claim", "critic", "complaint",
                    "smear", "insult", "slur", "assault"}
# Why or against what a speaker defends himself: "defended himself against the charges".
DEFENCE_REASON_PREPS = {"against", "for", "over", "from"}
# Criticism drawn (criticism_drawn.py): "the plan drew criticism from X", "X faced criticism for
# Y", "X came under criticism over Y": the verbs, and the nouns of criticism they take. (Not
# "fire": "the base came under fire"; not "backlash", "praise", "scorn": less often words on PolNeAR train.)
CRITICISM_DRAWN_VERBS = {"face", "draw", "attract", "spark", "receive", "endure", "provoke", "prompt",
                         "trigger", "earn", "invite", "come"}
CRITICISM_DRAWN_NOUNS = {"criticism", "condemnation", "rebuke", "ridicule", "derision", "flak"}
# Verbs of speaking and judging in a headline's present tense (headline_acts.py): "Sanders Calls
# Clinton Unqualified", "Super PAC blasts Trump for skipping debate"; and the words that open a
# clause of circumstance after the act ("Clinton slams Trump [after the ruling]").
HEADLINE_ACT_FORMS = {"calls", "slams", "blasts", "defends", "promises", "vows", "demands", "urges", "praises",
                      "rips", "knocks", "mocks", "rebuts", "accuses", "criticizes", "touts", "denounces", "condemns",
                      "decries", "dismisses", "rejects", "chides", "scolds", "derides", "pans", "lauds", "hails",
                      "pledges", "proposes", "announces", "reveals", "suggest", "suggests",
                      "hints", "champions", "assails", "swipes", "trashes", "whacks",
                      "rebuffs", "rebukes"}  # (not "attacks",
# "questions": as often nouns, "Paris Attacks Test Clinton"); "hints", "champions", "assails",
# "swipes" (at), "trashes", "whacks", "rebuffs", "rebukes": a stance taken on a person or a plan,
# annotated in every headline where they follow a name (PolNeAR train 5 of 5)
# ... and the plain verbs of saying ("Glenn Beck Says Trump ...", "Maher Tells Guest ..."); not
# "reports" or "notes", as often nouns ("Media Reports Reveal ..."), nor the verbs of belief, whose
# claims are hedged (headline_acts.py does not hedge).
HEADLINE_SAY_FORMS = {"says", "said", "tells", "claims", "warns", "insists", "admits", "argues", "explains",
                      "confirms", "writes"}
HEADLINE_ACT_FORMS |= HEADLINE_SAY_FORMS
HEADLINE_CLAUSE_WORDS = {"after", "as", "amid", "while", "but", "despite", "before", "when"}

# conjoined_acts.py: the speaker's next act run on from a content ("said Y and has expressed
# support for Z", "groused that Y before floating the idea that Z"): verbs that name an act
# of saying, not a deed ("pushed to Y" a proposal; not "attacked his rival": PolNeAR train 0 of 2)
CONJOINED_ACT_LEMMAS = {"express", "propose", "signal", "accuse", "question", "promise", "urge", "call", "vow",
                        "pledge", "warn", "criticize", "insist", "argue", "claim", "deny", "acknowledge",
                        "explain", "complain", "suggest", "predict", "praise", "indicate", "announce",
                        "declare", "add", "note", "say", "comment", "float", "chide", "state",
                        "defend", "cite", "tout", "lament", "mention", "hail", "downplay", "impugn", "imply",
                        "allege", "admit", "charge", "push"}
# Verbs of attempting that are an act of saying when what is attempted is one ("insisted Y and
# tried to explain Z", "tried to make the case that Z"); "tried to fix the road" is a deed.
ATTEMPT_LEMMAS = {"try", "attempt"}
# Verbs an attempt makes a claim of, beyond the conjoined-act lemmas: "make" (the case, the point),
# "portray" ("attempting to portray her as an outsider").
ATTEMPTED_ACT_LEMMAS = {"make", "convince", "persuade", "portray"}
SEQUENCE_WORDS = {"before", "after", "when", "while"}
# Verbs with which another speaker takes up what was said, in a gloss closing the content: ", a
# charge that officials denied", ", a point the senator also acknowledged" (side_acts.py).
GLOSSED_ACT_LEMMAS = {"deny", "dispute", "reject", "dismiss", "acknowledge", "concede", "confirm", "echo",
                      "repeat", "mock", "ridicule", "trumpet", "criticize", "call", "make", "say", "note"}

# Verbs of speaking a "referring to X" aside can gloss: "“He's a liar,” Trump said, referring to
# Clinton" (references.py). Not a deed ("he walked out, referring to the door").
REFERRING_TAG_LEMMAS = {"say", "tell", "add", "note", "continue", "write", "tweet", "answer", "reply",
                        "explain", "joke", "quip", "insist", "ask", "argue", "declare", "warn", "recall",
                        "mention", "dub"}
# The cues of such glosses; a quote after one goes on with the speaker's words before it, not with
# the gloss (claim_candidates.quote_may_continue).
GLOSS_CUES = {"referring to", "alluding to"}
# Verbs of referring (references.py): "referred to X", "alluding to X".
REFERENCE_LEMMAS = {"refer", "allude"}
# Verbs of referring whose object is what is meant: "she said, referencing the old law".
OBJECT_REFERENCE_LEMMAS = {"reference", "repeat"}
GLOSS_ONLY_LEMMAS = {"repeat"}
# Second acts that lead into more words: a quote after "“A,” she said, adding that Y." goes on with
# Y, not with A (resumed_quotes.py moves it back to A after any other second act).
LEAD_ON_LEMMAS = {"add", "explain", "remark", "continue", "refer", "cite", "elaborate"}

# Verbs of knowing, learning and hoping whose clause is what the subject holds true or hopes
# (knowing_clauses.py): "Reporters know they're being spun", "aides hope the ads will help" (not a
# question: "knows what", "learn whether"). "hope", "worry", "agree" take a clause without "that"
# only here (NEED_THAT keeps them from the cue patterns).
KNOWING_LEMMAS = {"know", "learn", "realize", "realise", "forget", "doubt", "feel", "hope", "worry",
                  "agree", "bet"}
# Of those, the ones that leave the clause uncertain (hedged): hopes and feelings, not knowledge.
KNOWING_HEDGED = {"doubt", "feel", "hope", "worry", "bet"}
# Who is told to know or made to feel is no claimant: "I want them to know that Y".
KNOWING_NOT_UNDER = {"want", "make", "wish", "like", "love", "need", "let"}
# Adjectives of certainty and worry with a clause (knowing_clauses.py): "aides are confident Y",
# "Sanders, convinced that Y, ...". Not "sure" ("make sure that Y" is a purpose) nor "clear"
# ("made it clear that Y" is the cue patterns'); the hedged ones leave the clause uncertain.
BELIEF_ADJECTIVES = {"confident", "convinced", "certain", "aware", "unaware", "hopeful", "optimistic",
                     "skeptical", "sceptical", "worried", "concerned", "afraid", "fearful", "doubtful", "adamant"}
BELIEF_ADJECTIVES_HEDGED = {"hopeful", "optimistic", "skeptical", "sceptical", "worried", "concerned", "afraid",
                            "fearful", "doubtful"}
# Plain cues of saying whose broken clause is read by surface order (surface_clauses.py).
SURFACE_CUE_LEMMAS = {"say", "claim", "argue", "insist", "state", "explain", "note", "warn", "acknowledge",
                      "believe", "think", "report", "suggest", "predict", "announce", "confirm", "admit",
                      "write", "add"}
# Posting on social media (posted_messages.py): the verbs, and the nouns of an attitude made known
# whose object is then the poster's claim ("tweeted his congratulations to the team", "posted her
# support for the measure"); not a text or a picture ("posted a video", "tweeted a link").
POSTING_LEMMAS = {"tweet", "retweet", "post"}
POSTED_ATTITUDES = {"thanks", "thank", "congratulation", "congratulations", "condolence", "condolences",
                    "sympathy", "sympathies", "appreciation", "gratitude", "approval", "disapproval",
                    "support", "opposition", "praise", "outrage", "anger", "fury", "frustration", "dismay",
                    "disappointment", "displeasure", "concern", "worry", "regret", "apology", "prayer",
                    "thought", "wish", "observation", "reaction", "endorsement", "allegiance", "solidarity",
                    "admiration", "condemnation", "disgust", "delight", "excitement", "sadness", "grief",
                    "shock", "skepticism", "doubt", "opinion", "view", "objection", "complaint", "criticism"}
# A text named by what it carries: "a note of concern", "expressions of support", "words of praise".
POSTED_CARRIERS = {"note", "expression", "word", "message"}
# Where it was posted, not what: "on Facebook", "to his account".
PLATFORM_WORDS = {"twitter", "facebook", "instagram", "account", "page", "feed", "timeline", "media",
                  "website", "site", "blog", "youtube", "snapchat", "tumblr", "reddit", "network"}
