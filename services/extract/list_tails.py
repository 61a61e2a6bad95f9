"""Where a listed content ends: "urged the party to scrap its rules, replace its leaders and open
its contests", "cited a platform on wages, opposition to fracking and reforms of the courts". The
parse often hangs the list's later items elsewhere (bare verbs as conjuncts of a finite verb, the
cue or one above it; nouns as appositions of the subject), so the content stopped at the first
item; PolNeAR's runs to the last."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_doc import ClaimDoc

_SUBJECTS = ("nsubj", "nsubjpass", "expl")


def through_list_items(cd: ClaimDoc, sp: tuple[int, int], v: Token) -> tuple[int, int]:
    """An infinitive content on through the bare verbs after it: a bare verb cannot go on with
    a finite one, so it is the infinitive's next item."""
    if "to " not in cd.text[sp[0]:sp[1]] or not cd.text[sp[1]:sp[1] + 5].lstrip().startswith((",", "and ", "or ")):
        return sp  # (cheap test first: no infinitive, or no list after it)
    doc = cd.doc
    span = doc.char_span(sp[0], sp[1], alignment_mode="expand")
    if span is None or not len(span) or v.i >= span.start:
        return sp
    if not any(t.dep_ in ("xcomp", "acl") and t.tag_ == "VB" and any(a.lower_ == "to" and a.dep_ == "aux" for a in t.children)
               for t in span):
        return sp  # only "urged X to A": an infinitive is the content
    end = span.end
    while True:
        k = end
        while k < len(doc) and (doc[k].text in (",", "and", "or") or doc[k].is_space):
            k += 1
        if k == end or k >= len(doc) or doc[k].sent != span.sent:
            break
        item = doc[k]
        while item.head.i != item.i and item.head.i >= k:
            item = item.head  # up to the item's own head, outside it
        # (the parse may even hang the cue's clause on a later item: "calling on X to A, choose B")
        if not (end <= item.left_edge.i <= k or v in item.subtree) or \
                any(c.dep_ in _SUBJECTS for c in item.children):
            break
        # a bare verb as conjunct of a finite verb (not "..., and will run": a modal makes it the
        # speaker's own next act)
        if not (item.dep_ == "conj" and item.tag_ == "VB" and item.head.tag_ != "VB" and
                (item.head.i == v.i or item.head in v.ancestors or item in v.ancestors) and
                not any(c.dep_ == "aux" for c in item.children)):
            break
        end = item.right_edge.i + 1
    if end == span.end:
        return sp
    last = doc[end - 1]
    while last.is_punct and last.i > span.start:
        last = doc[last.i - 1]
    return sp[0], last.idx + len(last.text)


def through_noun_list(cd: ClaimDoc, sp: tuple[int, int], v: Token) -> tuple[int, int]:
    """ "spoke of the decay downtown, the lack of jobs and the violence of the gangs": a noun
    content followed by a comma and a noun the parse hung before the content (on the subject, or
    the verb above the cue), whose phrase holds an "and" or "or": the list's later items. Not an
    indefinite gloss on the object ("reporting data, a practice criticized by X and Y")."""
    if cd.text[sp[1]:sp[1] + 1] != ",":
        return sp
    doc = cd.doc
    span = doc.char_span(sp[0], sp[1], alignment_mode="expand")
    if span is None or not len(span) or v.i >= span.start:
        return sp
    ids = {t.i for t in span}
    roots = [t for t in span if t.head.i not in ids]
    if len(roots) != 1 or roots[0].pos_ not in ("NOUN", "PROPN") or roots[0].dep_ not in ("dobj", "pobj"):
        return sp
    k = span.end
    if k >= len(doc) or doc[k].text != ",":
        return sp
    item = doc[k + 1] if k + 1 < len(doc) else None
    if item is None:
        return sp
    while item.head.i != item.i and item.head.i > k:
        item = item.head
    if item.dep_ not in ("appos", "conj", "npadvmod", "dobj") or item.pos_ not in ("NOUN", "PROPN") or \
            item.head.i >= span.start or item.sent != span.sent:
        return sp
    if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in item.children):
        return sp  # "reporting data, a practice criticized by X and Y": a gloss on the object
    sub = list(item.subtree)
    if sub[0].i < k or not any(t.dep_ == "cc" and t.lower_ in ("and", "or") for t in sub):
        return sp
    last = doc[item.right_edge.i]
    while last.is_punct:
        last = doc[last.i - 1]
    return sp[0], last.idx + len(last.text)
