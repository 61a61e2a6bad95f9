"""Where a listed infinitive ends: "urged the party to scrap its rules, replace its leaders and
open its contests". The parse often hangs the list's later verbs on some finite verb of the
sentence (the cue, or a verb above it) as conjuncts, so the content stopped at the first item;
PolNeAR's runs to the last. A bare verb cannot go on with a finite one: it is the infinitive's."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_doc import ClaimDoc

_SUBJECTS = ("nsubj", "nsubjpass", "expl")


def through_list_items(cd: ClaimDoc, sp: tuple[int, int], v: Token) -> tuple[int, int]:
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
