"""Cue verbs the tagger took for nouns, with the speaker's name read as a compound of them:
"Trump predicts that many supporters will switch to his side" parsed as the noun phrase "Trump
predicts" with a clause; or with the name read as the sentence's root and the cue as its object
("Trump claims he is owed X", "Trump calls for X", "Trump charges that Y": a headline's present
tense; call_nouns.py and CuePatterns.claim_nouns ask misread_name_of for the speaker). The name
right before the cue is the speaker, the clause the content. A part of StrandedSpeakers
(stranded_speakers.py), run after its cues."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import SUBJECT_DEPS, ClaimDocReader
from .lexicon.cues import CUE_FORMS, HEDGE_LEMMAS

# Names the tagger may take for a common noun or a verb, as it took the cue for a plural noun.
_NAME_TAGS = ("NNP", "NNPS", "NN")


def misread_name_of(n: Token) -> Token | None:
    """The name right before the cue n, a present tense read as a plural noun, that the parse
    made the sentence's root with n its object ("Trump charges that Y") or, the sentence opening
    on it, a compound of n ("Trump calls for X"); else None."""
    if n.tag_ != "NNS" or n.i == 0 or n.lower_ not in CUE_FORMS:
        return None
    name = n.doc[n.i - 1]
    if not name.is_title:
        return None
    root = n.dep_ == "dobj" and name.i == n.head.i and name.dep_ == "ROOT"
    if not root and not (n.dep_ == "ROOT" and name.head.i == n.i and _opens_on_a_name(name)):
        return None
    # the name as tagged, or as a person or organisation ("See photos", "Send tips": verbs)
    return name if name.ent_type_ in ("PERSON", "ORG") or name.tag_ in _NAME_TAGS and name.ent_type_ == "" else None


def _opens_on_a_name(name: Token) -> bool:
    """Only capitalised compounds from the sentence's start to name: "Donald Trump calls for X",
    not "Phone calls for X" nor "the Trump calls" (walked back: Token.sent is dear)."""
    doc, k = name.doc, name.i
    while doc[k].is_title and doc[k].dep_ == "compound":
        if k == 0 or doc[k].is_sent_start:
            return True
        k -= 1
    return False


class NounTaggedCues(ClaimDocReader):
    claims: ClaimCollector

    def noun_tagged_cues(self, sent: Span) -> None:
        pos, cue_word = self.cd.words.pos, self.cd.words.cue_word
        for i in range(sent.start + 1, sent.end):
            # (both readings want a cue's form: few tokens have one, and the index says so)
            if not cue_word[i] or pos[i] not in ("NOUN", "PROPN") or self.qidx[i] >= 0:
                continue
            n = self.cd.tokens[i]
            # a present-tense form ("predicts", "estimates"): the noun reading is the parse's mistake
            if n.tag_ != "NNS":
                continue
            root = misread_name_of(n)
            if root is not None and root.dep_ == "ROOT":  # "Trump claims he is owed X": the clause hangs on the name
                lem = CUE_FORMS[n.lower_]
                comp = next((c for c in root.children if c.dep_ == "ccomp" and c.i > n.i), None)
                if comp is None:
                    continue
                name = root
            else:
                lem = self.cd.cue_lemma(n)
                if lem is None or any(c.dep_ in SUBJECT_DEPS for c in n.children):
                    continue
                name = self.doc[n.i - 1]
                comp = next((c for c in n.children if c.dep_ == "ccomp" and c.i > n.i), None)
                # a name (the tagger that misread the verb may misread it too: "Trump" as a common noun)
                if comp is None or name.head.i != n.i or name.dep_ != "compound" or \
                        name.ent_type_ not in ("PERSON", "ORG") and not (name.is_title and name.ent_type_ == ""):
                    continue
            sp = self.cd.span_of(self.cd.content_tokens(comp))
            if sp is None or self.claims.overlaps(sp):
                continue
            self.claims.add_attributed(sent, sp, n.text.lower(), n, name, lem in HEDGE_LEMMAS, "asserted")
