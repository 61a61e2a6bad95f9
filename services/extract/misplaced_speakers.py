"""Speakers the parse puts in the wrong place around a cue, and where they really are:

- an inverted aside, "The contrast, said Doyle, is clear": the parse makes the content's
  subject the cue's and the speaker the content's;
- a description before the cue, "Clinton, a top aide said, “is confident”": the speaker is the
  description, not the name it hangs on;
- a name after the cue of a quote's tag, "“Y,” tweeted Rubio spokesman Alex Conant": the parse
  hung the name on something else and left the cue with no subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from .claim_doc import SUBJECT_DEPS
from .quotes import is_quote_mark

# Named things after a cue that are no speaker: "said Monday", "said in Paris".
_NOT_SPEAKER_ENTS = {"DATE", "TIME", "GPE", "LOC", "NORP", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                     "QUANTITY", "EVENT", "FAC"}


def inverted_aside(v: Token, subj: Token | None, comp: Token | None) -> tuple[Token, list[Token], list[Token]] | None:
    """ "The contrast with Trump, said Doyle and others, would be clear": (the speaker, the words
    before the aside, the words after it), or None. The cue stands between commas right after
    the subject the parse gave it, and the clause after it has a subject of its own that the
    cue's words start with and a comma ends."""
    doc = v.doc
    if subj is None or comp is None or not (subj.i < v.i < comp.i) or v.i < 2:
        return None
    # the parse may hang the comma before the cue on the subject: then only a name after the cue
    # and no name before it ("Smith, an aide to Roe, said the plan, ..." is Smith's)
    hung = subj.right_edge.i == v.i - 1 and subj.pos_ != "PROPN"
    if doc[v.i - 1].text != "," or subj.right_edge.i != v.i - 2 and not hung or subj.pos_ == "PRON":
        return None
    speaker = next((c for c in comp.children if c.dep_ in SUBJECT_DEPS and c.left_edge.i == v.i + 1), None)
    if speaker is None or speaker.pos_ not in (("PROPN",) if hung else ("PROPN", "NOUN")):
        return None
    after = speaker.right_edge.i  # the closing comma, which the parse may hang on the speaker
    if doc[after].text != ",":
        after += 1
    if after >= len(doc) or doc[after].text != "," or any(c.dep_ == "mark" for c in comp.children):
        return None
    left = list(subj.subtree)
    right = [t for t in comp.subtree if t.i > after]
    return (speaker, left, right) if right else None


def description_before_cue(v: Token, subj: Token) -> Token | None:
    """ "Clinton, a top aide said, “is very confident”": an aside cue whose subject carries a
    description (with an article) that ends right before the cue; the description speaks and
    the name is the content's subject."""
    if v.dep_ != "parataxis" or subj.pos_ != "PROPN" or subj.i + 1 >= v.i or v.doc[subj.i + 1].text != ",":
        return None
    # in apposition to the name, or a second subject of the cue
    desc = next((c for c in [*subj.children, *v.children] if c.right_edge.i == v.i - 1 and c.i > subj.i and
                 (c.dep_ == "appos" and c.head.i == subj.i or c.dep_ in SUBJECT_DEPS)), None)
    if desc is None or desc.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in desc.children):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in v.head.children if c.i != subj.i):
        return None
    return desc


def name_after_quote_tag(v: Token, quoted: list[int]) -> tuple[Token, Token] | None:
    """ "“Y,” tweeted Rubio spokesman Alex Conant.", "“Y,” said Skelly, explaining Z": the words
    from the first capitalised one to the last between the cue (right after a closing quote)
    and the first punctuation or preposition; the last is the name's head. `quoted` is the
    quote index of each token."""
    doc = v.doc
    if v.i == 0 or not is_quote_mark(doc[v.i - 1]):
        return None
    first = last = None
    for t in doc[v.i + 1 : min(len(doc), v.i + 8)]:
        if t.is_punct or t.is_space or quoted[t.i] >= 0 or t.is_sent_start or t.pos_ in ("ADP", "PRON", "SCONJ"):
            break
        if t.text[:1].isupper() and t.ent_type_ not in _NOT_SPEAKER_ENTS:
            first, last = first or t, t
    return (first, last) if first is not None and last is not None else None
