"""Verbs of evaluation: "X called the plan “a disaster”", "X portrayed it as “reckless”"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import ClaimDocReader
from .lexicon.calls import OCCASION_PREPS
from .lexicon.cues import FRAME_AS_LEMMAS

# the second complement of "call X Y": "a liar" (oprd), "unfair" (acl on the object), ...
LABEL_DEPS = ("oprd", "xcomp", "attr", "ccomp", "acomp", "acl", "appos")


class EvaluationCues(ClaimDocReader):
    """The evaluation patterns of CuePatterns (kept apart to keep each module small)."""

    claims: ClaimCollector

    def evaluation(self, sent: Span, v: Token, subj: Token | None) -> None:
        """ "X called the plan “a disaster”", "X described it as “reckless”": mixed claims."""
        lem = v.lemma_.lower()
        if subj is None and (root := self.verbless_root(v)) is not None:
            self.evaluation_after_noun_root(sent, v, root)
            return
        if lem in FRAME_AS_LEMMAS:
            self.framed_as(sent, v, subj)
            return
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is None:  # "called her “third-rate”": the parse may find no object
            obj = next((c for c in v.children if c.dep_ in ("oprd", "ccomp") and c.i > v.i and
                        any(self.qidx[t.i] >= 0 for t in c.subtree)), None)
            # "called Walsh and Okafor(oprd) “crazy”(oprd)": the ones labelled read as a label
            obj = next((c for c in v.children if obj is not None and v.i < c.i < obj.left_edge.i and
                        c.dep_ in ("oprd", "dep", "nsubj", "dative") and c.pos_ in ("NOUN", "PROPN", "PRON") and
                        self.qidx[c.i] < 0), obj)
        if obj is None or subj is None:
            return
        # not the verbs coordinated with the cue: "calling them liars and vowing to ..."
        other = {t.i for c in v.children if c.dep_ in ("conj", "cc") and c.i > obj.i for t in c.subtree}
        toks = [t for t in v.subtree if t.i >= obj.left_edge.i and t.i not in other]
        if not any(self.qidx[t.i] >= 0 for t in toks) and not self.names_a_quality(v, obj, subj):
            return
        toks = self.to_label_end(v, obj, toks)
        sp = self.cd.span_of(toks)
        if sp and (parts := self.relative_parts(v, obj, toks)) is not None:
            self.claims.add_attributed(sent, sp, v.text.lower(), v, subj, False, "asserted", parts=parts)
        elif sp:
            self.claims.add_attributed(sent, sp, v.text.lower(), v, subj, False, "asserted")

    def to_label_end(self, v: Token, obj: Token, toks: list[Token]) -> list[Token]:
        """The object and its label, not the verb's occasion or the clauses after them: "called
        the mayor “a fraud” [on her radio show]", "calls the levy a scam[, raising doubts ...]",
        "called the count “unfair” [in a post Monday, and others have called for Y]": they are the
        writer's, and a content run on through them matches nobody's words."""
        label = next((c for c in v.children if c.dep_ in LABEL_DEPS and c.i > obj.i), None) or \
            next((c for c in obj.children if c.dep_ in LABEL_DEPS and c.i > obj.i), None)
        if label is None or obj.i < v.i or label.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
            return toks  # (not "what he called X": the relative's clause is a larger sentence's)
        if any(self.qidx[t.i] >= 0 for t in toks) and not any(
                self.qidx[t.i] >= 0 for t in label.subtree):
            return toks  # the quoted words elsewhere: the parse has not found the label
        drop = {t.i for c in v.children if c.i > label.right_edge.i and self.occasion(c) for t in c.subtree}
        quoted = [t.i for t in label.subtree if self.qidx[t.i] >= 0]
        if quoted:  # a quoted label is whole at its closing mark: "“unfair” in a post Monday"
            drop |= {t.i for c in label.children if c.i > quoted[-1] and self.occasion(c) for t in c.subtree}
        cut = min(drop, default=len(self.cd.tokens))  # (a content is one run of text: up to the first)
        return [t for t in toks if t.i < cut]

    @staticmethod
    def occasion(c: Token) -> bool:
        """When, where or while what: "on her radio show", "last week", ", raising doubts",
        "and others have called for X" (a clause the parse hung on the verb); not "for his tax
        plan" (the reason, part of the verdict), "as examples of X", "it “wrong” that X"."""
        if c.dep_ == "prep":
            return c.lower_ in OCCASION_PREPS
        if c.dep_ == "ccomp":
            return not any(g.dep_ == "mark" for g in c.children) and any(
                g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        return c.dep_ in ("npadvmod", "advcl")

    def relative_parts(self, v: Token, obj: Token, toks: list[Token]) -> list[tuple[int, int]] | None:
        """ "a clip that the judge called “distasteful”", "Rubio, who he dubbed “the little
        senator”": the object is the relative word before the subject; the content is what it
        stands for and the words after the cue, without the speaker between them. (Not "what
        he called “X”": that is as often part of a larger claim's words.)"""
        if obj.i > v.i or obj.lower_ not in ("who", "whom", "which", "that") or v.dep_ != "relcl":
            return None
        head = v.head if obj.lower_ == "that" else obj
        first = self.cd.span_of([t for t in head.subtree if t.i <= head.i] if head is not obj else [obj])
        after = [t for t in toks if t.i > v.i and not t.is_space]
        whole = self.cd.span_of(toks)
        if not first or not after or not whole or after[0].idx >= whole[1]:
            return None
        return [first, (after[0].idx, whole[1])]  # from the opening quote mark on

    def framed_as(self, sent: Span, v: Token, subj: Token | None) -> bool:
        """ "X portrayed the deal as “a betrayal”", "X referred to him as “the boss”", "X
        portrayed “illegal” immigrants as criminals": the object and its "as" phrase (on the cue
        or, as the parse may hang it, on the object), with a quote in them; else no claim."""
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is None:  # "referred to him as": the object is the preposition's
            to = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            obj = next((g for g in to.children if g.dep_ == "pobj"), None) if to is not None else None
        if subj is None or obj is None:
            return False
        as_ = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None)
        if as_ is None and v.lemma_.lower() in FRAME_AS_LEMMAS:  # (not "dismissed criticism of X as")
            as_ = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "as"), None)
        if as_ is None:
            return False
        toks = [t for t in sent if obj.left_edge.i <= t.i <= as_.right_edge.i]
        if not any(self.qidx[t.i] >= 0 for t in toks):
            return False
        sp = self.cd.span_of(toks)
        if sp and toks[0].is_quote and len(toks) > 1 and self.qidx[toks[1].i] >= 0:  # “illegal” immigrants
            sp = (toks[0].idx, sp[1])
        if sp:
            self.claims.add_attributed(sent, sp, v.text.lower(), v, subj, False, "asserted")
        return sp is not None

    @staticmethod
    def names_a_quality(v: Token, obj: Token, subj: Token) -> bool:
        """Unquoted, an evaluation needs its second complement: "called him a liar", "described
        the deal as a disaster"; not "called the meeting", "it is called", "branded X a terrorist"."""
        if v.lemma_.lower() not in ("call", "describe") or subj.lower_ in ("it", "that", "this", "which") \
                or any(c.dep_ == "auxpass" for c in v.children):
            return False  # "branded X a terrorist": a designation, an act more than a claim
        return any(c.dep_ in ("oprd", "xcomp", "attr") and c.i > obj.i for c in v.children) or any(
            c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i for c in v.children) or any(
            c.dep_ in ("oprd", "attr", "appos") for c in obj.children)

    def verbless_root(self, v: Token) -> Token | None:
        """ "Jane Roe, a Scott ally, called the standards “strong.”": with no finite verb left in
        the sentence, the parse makes the cue a participle on the name and the name the root.
        The root, when that is the parse: a name or noun before the cue, no verb above it."""
        if v.tag_ != "VBN" or v.dep_ not in ("acl", "relcl") or any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in v.children):
            return None
        root, through_clause = v, False
        while root.head.i != root.i:
            root = root.head  # (through a relative clause of the name: "Roe, who ran X, called Y")
            if root.pos_ in ("VERB", "AUX"):
                if root.dep_ not in ("relcl", "acl"):
                    return None
                through_clause = True
        if root.pos_ not in ("PROPN", "NOUN") or root.i > v.i or self.qidx[root.i] >= 0:
            return None
        # "a group called “Blue Line”" names the thing the participle hangs on: not this
        return root if v.head.i == root.i or through_clause else None

    def evaluation_after_noun_root(self, sent: Span, v: Token, root: Token) -> None:
        """The words after the cue to the sentence's end, when they hold a quote (the parse of
        the object and its quoted quality cannot be trusted here)."""
        toks = [t for t in sent if t.i > v.i]
        first = next((t for t in toks if not t.is_punct), None)
        if first is None or self.qidx[first.i] >= 0 or not any(self.qidx[t.i] >= 0 for t in toks):
            return  # an object before the quoted quality: not "called “Blue Line”"
        sp = self.cd.span_of(toks)
        if sp:
            self.claims.add_attributed(sent, sp, v.text.lower(), v, root, False, "asserted")
