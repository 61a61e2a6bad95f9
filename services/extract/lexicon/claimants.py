"""Words that point at a claimant: honorifics that give a gender, pronouns."""

from __future__ import annotations

HONORIFIC_GENDER = {"mr": "m", "sir": "m", "lord": "m", "ms": "f", "mrs": "f", "miss": "f",
                    "lady": "f", "dame": "f"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}  # also possessive: "his claim that"
OTHER_PRONOUNS = {"they", "it", "we", "i", "you"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
# Verbs whose object does what the infinitive or participle after it says: "led the chairman
# to declare", "left voters wondering" ("used the speech to call for" is no such verb).
OBJECT_CONTROL_LEMMAS = {"lead", "leave", "drive", "prompt", "push", "cause", "force", "spur",
                         "inspire", "encourage", "compel", "persuade", "convince", "pressure",
                         "provoke", "get", "invite", "urge"}
# Participles that name a text's author (or who gave it out) by their agent: "a poll conducted by
# Y", "a court filing made by Y", "audio provided by Y" (not who saw or got it: "a report seen by
# the Gazette").
AUTHORING_LEMMAS = {"conduct", "release", "file", "make", "sign", "publish", "issue", "prepare", "write",
                    "commission", "compile", "send", "produce", "author", "draft", "pen", "submit", "run",
                    "sponsor", "fund", "pay", "provide"}
# Verbs of giving a speech or an interview: "a speech Y delivered", "an interview Y gave".
GIVING_LEMMAS = {"give", "deliver", "grant"}
# Recordings that, like a text, may have their source named after them: "audio provided by Y".
RECORDINGS = {"audio", "recording", "recordings", "transcript", "tape", "tapes"}
DASHES = {"-", "–", "—", "--"}  # after a wire story's dateline: "LONDON (Reuters) - "
# Common nouns that name who speaks in political news: "the campaign decried X", "critics
# mentioned Y" (with the person and organisation nouns of heads.py).
SPEAKER_NOUNS = {"campaign", "candidate", "official", "officials", "lawmaker", "senator", "governor",
                 "president", "critic", "supporter", "leader", "democrat", "republican", "aide",
                 "adviser", "advisor", "nominee", "rival", "opponent", "mayor", "administration",
                 "group", "committee", "activist", "advocate", "voter", "member", "secretary",
                 "congressman", "congresswoman", "representative", "speaker", "chairman", "host",
                 "moderator", "pastor", "bishop", "pope", "minister", "ambassador", "judge",
                 "attorney", "prosecutor", "strategist", "pollster", "commentator", "columnist"}
# ... and the camp around a candidate, and crowds, who speak as a body: "several Cruz associates
# mentioned X", "party insiders stressed Y", "demonstrators raised concerns about Z". (Not
# "delegate": "159 delegates supporting Clinton" is a count, not a stance stated.)
SPEAKER_NOUNS |= {"associate", "backer", "operative", "insider", "demonstrator"}
# Verbs that put out a text whose words are then its issuer's: "Paul released a video that
# accuses X", "The Post ran a piece that noted Y".
ISSUING_LEMMAS = {"release", "issue", "publish", "run", "send", "post", "air", "unveil", "launch", "circulate",
                  "distribute", "produce", "put"}
# Texts a speaker issues, besides lexicon/cues.py's ISSUED_TEXTS and lexicon/kinds.py's EVIDENCE_SOURCES.
ISSUED_PIECES = {"piece", "article", "column", "resolution", "spot", "commercial", "mailer", "flyer"}
# Verbs of naming: in the passive with no agent ("what has been called a “debate”") the subject
# is what is named, not who names it.
NAMING_LEMMAS = {"call", "dub", "describe", "portray", "label", "name", "brand", "term", "characterize",
                 "nickname", "say"}
# Singular nouns that a "they" may stand for ("the campaign contrasts her plan with what they
# call Y"), besides the organisations of heads.ORG_NOUNS.
COLLECTIVE_NOUNS = {"campaign", "administration", "committee", "council", "government", "army", "crowd",
                    "board", "panel", "staff", "family", "audience"}
# Things with words on them that speak through a participle: "held up a sign saying Y".
TEXT_NOUNS = {"sign", "banner", "placard", "cover", "caption", "story", "headline", "poster", "billboard",
              "ad", "tweet", "petition", "page", "website", "graphic", "chart", "slogan"}
# Verbs that address people: "emailed supporters saying Y" is the sender's.
ADDRESSING_LEMMAS = {"email", "e-mail", "text", "message", "tell", "write", "mail", "call"}
# Words that leave a whether-clause in doubt: "it is unclear whether X knew Y", "it is not clear
# if X said Y" (the second set with a negation): X is not said to hold Y (claimant_corrections.py).
DOUBT_ADJECTIVES = {"unclear", "uncertain", "unknown"}
SURE_ADJECTIVES = {"clear", "certain", "known"}
