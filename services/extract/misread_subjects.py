"""Subjects the parse misread for a cue verb, and the ones that speak:

- a second clause's subject taken for one more object of the first clause: "Many fishermen have
  said Y and others have said Z", "police charged the driver with theft and Brandt fired his
  deputy, admitting Z". The conjoined verb then has no subject of its own and would borrow the
  first clause's; the noun right before it is its subject;
- two subjects around an inverted tag: "Mayor Roe has been “very upset about it,” said a source
  close to the council". The one before the content clause is the content's; the one right
  after the verb speaks;
- a name in apposition right before a closing tag: "The plan will fail, Okafor, Brandt said"
  (the parse joined the content's last name to the speaker's). The name next to the verb speaks;
- a subject lost: "a city official who spoke on condition of anonymity said Wednesday, “Y”"
  (the parse made the name an apposition of the clause before, and "said" a root with no
  subject), "after Mr. Moss, asked about the deaths, had said, “Y”" (the name the object of
  "after"). With no subject the verb has no speaker, and a quote it tags none either; the name
  right before the verb, past the name's own relative clause or an aside in commas, speaks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from .lexicon.claimants import SPEAKER_NOUNS
from .lexicon.heads import ORG_NOUNS, PERSON_NOUNS

if TYPE_CHECKING:
    from .claim_doc import ClaimDoc

# What may stand between the misjoined subject and its verb: "others have also said"
_BETWEEN = frozenset({"aux", "auxpass", "neg", "advmod"})
# (claim_doc.FINITE_TAGS: claim_doc imports this module)
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_TENSED = _FINITE - {"MD"}
# How a verb that lost its subject may hang: a clause of its own (not a participle or an
# infinitive, whose subject the clause above gives)
_LOST_DEPS = frozenset({"ROOT", "ccomp", "dep", "parataxis"})
# an aside between a name and its verb opens with a participle (", asked about X,"), or a past
# form the tagger took for a finite verb, with no subject of its own
_ASIDE_OPENERS = frozenset({"VBN", "VBG", "VBD"})
_SPEAKER_NOUNS = SPEAKER_NOUNS | PERSON_NOUNS | ORG_NOUNS
# (claim_doc.SUBJECT_DEPS)
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def misjoined_subject(cd: ClaimDoc, v: Token) -> Token | None:
    """The noun joined by "and"/"but" to an object of the clause v is conjoined to, standing
    right before v (past its auxiliaries): v's own subject; None when there is none."""
    if v.dep_ != "conj" or v.pos_ not in ("VERB", "AUX") or v.i == 0:
        return None
    doc = cd.doc
    j = v.i - 1
    finite = v.tag_ in _FINITE
    while j > 0:
        t = doc[j]
        if t.dep_ not in _BETWEEN or t.head.i != v.i:
            break
        finite = finite or t.tag_ in _FINITE
        j -= 1
    n = doc[j]
    # (a verb of its own tense: "... and others having said Z" is no clause)
    if not finite or n.dep_ != "conj" or n.pos_ not in ("NOUN", "PROPN", "PRON") or n.right_edge.i != j:
        return None
    first = n.head
    if first.i >= n.i or first.pos_ not in ("NOUN", "PROPN", "PRON") or cd.qidx[n.i] >= 0:
        return None
    cc = doc[n.left_edge.i - 1] if n.left_edge.i > 0 else None
    if cc is None or cc.dep_ != "cc" or cc.lower_ not in ("and", "but") or cc.head.i != first.i:
        return None
    # the noun it is joined to sits in the clause v is conjoined to
    top = first
    while top.head.i != top.i and top.i != v.head.i:
        top = top.head
    return n if top.i == v.head.i else None


def speaker_after_tag(v: Token, subs: list[Token]) -> Token | None:
    """The subject right after the cue v, when the cue's content clause lies between it and
    the parse's first subject; None when the first subject stands."""
    if len(subs) < 2 or v.tag_ not in _TENSED or subs[0].i > v.i:
        return None
    after = next((s for s in subs if s.i > v.i), None)
    if after is None or after.left_edge.i != v.i + 1:
        return None
    return after if any(c.dep_ == "ccomp" and subs[0].i < c.i < v.i for c in v.children) else None


def tag_subject(v: Token, subs: list[Token]) -> Token:
    """Which of the cue v's subjects (the parse's, outside quotes first) speaks."""
    first = subs[0]
    # (the cheap tests first: most subjects come right before the verb, or after it, alone)
    if first.i > v.i:
        return first
    if len(subs) > 1 and (after := speaker_after_tag(v, subs)) is not None:
        return after
    if first.i + 2 >= v.i:
        return first
    return name_before_tag(v, first) or first


def name_before_tag(v: Token, subj: Token) -> Token | None:
    """A name set off by a comma from the subject and ending right before the cue, when the
    content comes before them: the speaker; None when the subject stands."""
    if v.tag_ not in _TENSED or subj.i > v.i or v.i < 3 or v.doc[v.i - 1].pos_ != "PROPN":
        return None
    name = v.doc[v.i - 1]
    while name.dep_ in ("compound", "flat") and name.head.i < v.i and name.head.i > name.i:
        name = name.head
    if name.dep_ not in ("appos", "conj") or name.head.i != subj.i or name.ent_type_ != "PERSON":
        return None
    # (not a list of speakers, "Cruz, Rubio and Kasich said", nor a role named after its holder)
    if v.doc[name.left_edge.i - 1].text != "," or any(c.dep_ == "cc" for c in subj.children):
        return None
    content_first = v.dep_ == "parataxis" or any(c.dep_ == "ccomp" and c.i < subj.i for c in v.children)
    return name if content_first else None


def lost_subject(cd: ClaimDoc, v: Token) -> Token | None:
    """The speaker of verb v, a clause of its own tense with no subject in the parse: the name
    right before it (past its auxiliaries and adverbs), before an aside in commas that opens with
    a participle, or before the name's own relative clause; None when there is none."""
    if v.dep_ not in _LOST_DEPS or v.tag_ not in _TENSED and not (
            v.tag_ == "VBN" and any(c.dep_ == "aux" for c in v.children)):
        return None
    doc, qidx = cd.doc, cd.qidx
    j = min([c.i for c in v.children if c.dep_ in _BETWEEN and c.i < v.i] + [v.i]) - 1
    start = cd.sents[cd.sent_of[v.i]].start
    if j <= start or qidx[j] >= 0:
        return None
    if doc[j].text == ",":  # ", asked about the deaths of fishermen,"
        k = j - 1
        while k > start and doc[k].text != "," and qidx[k] < 0:
            k -= 1
        opener = doc[k + 1]
        if k <= start or doc[k].text != "," or opener.tag_ not in _ASIDE_OPENERS or \
                any(c.dep_ in _SUBJECTS for c in opener.children):
            return None
        name = doc[k - 1]
        return name if name.pos_ in ("PROPN", "NOUN") and _lost_speaker(cd, name, v) else None
    # "an official who spoke anonymously said": the name's relative clause ends right before v
    # (not a participle: in "the obstacle to Assad remaining in power can be resolved" the name
    # is inside the subject)
    for n in doc[j].ancestors:
        if n.i < j and any(c.dep_ == "relcl" and c.i > n.i and c.right_edge.i == j for c in n.children):
            return n if _lost_speaker(cd, n, v) else None
    return None


def _lost_speaker(cd: ClaimDoc, n: Token, v: Token) -> bool:
    """A name or a speaker noun outside quotes, not the subject of another verb (the parse took
    it for an object or an apposition of the clause before), not above v."""
    if cd.qidx[n.i] >= 0 or n.dep_ in _SUBJECTS or n.left_edge.i <= v.i <= n.right_edge.i:
        return False
    if n.pos_ == "PROPN" or n.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    return n.pos_ == "NOUN" and n.lemma_.lower() in _SPEAKER_NOUNS
