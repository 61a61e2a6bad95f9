"""Reported speech passed on by a named reporter: a tag after the whole statement names who
passes it on, and news annotation (PolNeAR) makes that reporter the claimant.

- "“Y,” Sanders said, according to CNN": "according to" hung on the cue, after Y.
- "Manafort acknowledged that Y, The Washington Post reported", "“Y,” said Jane Roe, reports USA
  Today", "Clinton had told the police that Y, the source added": a bare tag closing the
  sentence after a comma (a finite cue verb, its subject, a time or place), wherever the parse
  hung it.

Not an "according to" inside what is said ("said that, according to its analysis, Y"), nor a
tail that says something of its own ("Y, Trump said, referring to Obama", "42% say Y, 32% call
themselves Z", "Y: “Z,” Roe predicted").
"""

from __future__ import annotations

from spacy.tokens import Token

from .claim_candidates import ClaimCandidate
from .claim_doc import ClaimDocReader

_CLOSERS = {".", "!", "?"}
_OWN_OBJECTS = {"dobj", "dative", "attr", "oprd", "acomp", "xcomp", "ccomp"}
# what a bare tag may hold besides its verb: a subject and a time or place ("in 1991", "Friday")
_TAG_WORDS = {"DET", "PROPN", "NOUN", "ADJ", "PART", "ADP", "NUM"}
_BETWEEN = {",", "”", "’", "\"", "'", "''"}


class ReportedBy(ClaimDocReader):
    def reporter(self, c: ClaimCandidate) -> Token | None:
        if not 0 <= c.cue_i < len(self.doc) or c.cue.lower() == "according to" or c.quote_type == "reported":
            return None
        v = self.doc[c.cue_i]
        if v.pos_ not in ("VERB", "AUX"):
            return None
        return self.according_to_after(v, c) or self.outer_tag(v, c)

    def according_to_after(self, v: Token, c: ClaimCandidate) -> Token | None:
        """ "“Y,” Sanders said, according to CNN": "according to" hung on the cue, after Y."""
        # the first "according" after the cue that hangs on it (the cue's first such child), read
        # off the article's few "according"s instead of the cue's children
        head, tokens = self.cd.words.head, self.cd.tokens
        acc = next((tokens[i] for i in self.cd.words.where(("according",))
                    if i > v.i and head[i] == v.i and tokens[i].idx >= c.end), None)
        if acc is None:
            return None
        to = next((k for k in acc.children if k.lower_ == "to"), None)
        src = next((k for k in to.children if k.dep_ == "pobj"), None) if to is not None else None
        if src is None or src.pos_ not in ("NOUN", "PROPN") or self.qidx[src.i] >= 0:
            return None
        return src

    def outer_tag(self, v: Token, c: ClaimCandidate) -> Token | None:
        """ "Manafort acknowledged that Y, The Washington Post reported in 1991": a bare tag closing
        the sentence after a comma (the parse often hangs it inside Y), its subject."""
        sent = self.sents[self.sent_of[v.i]]
        if "," not in self.text[max(c.end - 1, 0) : sent.end_char]:
            return None  # no comma after the statement: no tag (checked on the text: cheap)
        # from the sentence's end back: its last word before closing marks and spaces, then the
        # last comma up to it (the marks' texts are their lowercase); only the tail is walked
        lower, tokens = self.cd.words.lower, self.cd.tokens
        last = sent.end - 1
        while last >= sent.start and (lower[last] in _CLOSERS or lower[last] in _BETWEEN
                                      or tokens[last].is_space):
            last -= 1
        comma = last
        while comma >= sent.start and lower[comma] != ",":
            comma -= 1
        if comma < sent.start or comma <= v.i or tokens[comma].idx + 1 < c.end:
            return None
        tail = [t for t in tokens[comma + 1 : last + 1] if not t.is_space and t.text not in _BETWEEN]
        r = next((t for t in tail if t.tag_.startswith("VB")), None)
        if r is None or r.tag_ not in ("VBD", "VBZ", "VBP") or len(tail) > 10 or self.cd.cue_lemma(r) is None or \
                r.i <= v.i or any(t.text in (":", ";") for t in self.doc[v.i : r.i]):
            return None  # (a participle is no tag: "Y, Trump said, referring to Obama")
        before = [t for t in tail if t.i < r.i]
        after = [t for t in tail if t.i > r.i]
        if any(t.pos_ not in _TAG_WORDS for t in before + after):
            return None  # "Y, Roe said, calling it Z": a second statement, no bare tag
        # "the source added", "The Post reported Friday"; inverted, "reports USA Today"
        if any(k.dep_ in _OWN_OBJECTS and k.i > r.i for k in r.children):
            return None  # "Y, Ferrera wrote a letter": a statement of its own
        if before:  # the subject phrase's head ("people familiar with the session")
            return next((t for t in before if t.head.i == r.i and t.pos_ in ("NOUN", "PROPN")), None)
        # inverted, a name only ("reported the Washington Examiner"; not "said at the time")
        name = [t for t in after[:4] if t.pos_ == "PROPN"]
        return name[-1] if name and after[0].pos_ in ("PROPN", "DET") and \
            all(t.pos_ in ("PROPN", "DET") for t in after[: after.index(name[-1]) + 1]) else None

