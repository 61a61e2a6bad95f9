"""Mixed speech found from its quoted words: a quoted fragment inside a sentence that no other
pattern took, whose nearest governing verb (or one a few clauses up) is one of speaking, judging
or urging ("Trump warned against the “fevered dreams” of a brokered convention", "she touted
the plan as “a game changer”"). Runs after every other family, so it only sees quotes they left."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from .claim_collector import ClaimCollector
from .claim_doc import FINITE_TAGS, ClaimDoc, ClaimDocReader
from .lexicon.fragments import FRAGMENT_VERB_LEMMAS
from .speech_acts import is_speaker

# Small words a title may leave lower case: "Meet the Press", "The Art of the Deal".
TITLE_SMALL_WORDS = {"a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "with", "at",
                     "by", "from", "is", "be", "me", "it", "my", "our", "us"}
# how a clause hangs on the verb above it, which may be the verb of speech (speech_verb_above)
UP_DEPS = {"ccomp", "xcomp", "pcomp", "advcl"}


class QuotedFragments(ClaimDocReader):
    def __init__(self, cd: ClaimDoc, claims: ClaimCollector):
        super().__init__(cd)
        self.claims = claims

    def fragments(self) -> None:
        for qi, toks in self.left_quotes():
            self.fragment(toks[0].sent, qi, toks)

    def left_quotes(self, any_shape: bool = False) -> Iterator[tuple[int, list[Token]]]:
        """Each quote no claim covers yet, within one sentence and no title (unless `any_shape`):
        its index, its tokens."""
        for qi, q in enumerate(self.quotes):
            if self.claims.overlaps(q):
                continue
            toks = [t for t in self.doc.char_span(*q, alignment_mode="expand") or [] if self.qidx[t.i] == qi]
            if toks and (any_shape or toks[-1].i < toks[0].sent.end and not self.is_title(toks)):
                yield qi, toks

    def fragment(self, sent: Span, qi: int, toks: list[Token]) -> None:
        found = self.verb_above_quote(sent, qi, toks)
        if found is None:
            return
        child, v = found
        if v.lemma_.lower() not in FRAGMENT_VERB_LEMMAS:
            child, v = self.speech_verb_above(child, v)
            if v is None:
                return
        subj = self.cd.subject(v) or self.participle_speaker(v)
        content = [t for t in child.subtree if t.i < sent.end]
        obj = next((c for c in v.children if c.dep_ == "dobj" and c.i < child.i), None)
        if child.dep_ == "oprd" and obj is not None:  # "calling Alwaleed “dopey”": who was called, too
            content = [t for t in obj.subtree] + content
        sp = self.cd.span_of(content)
        if subj is None or subj.dep_ == "expl" or not sp or self.claims.overlaps(sp) or self.cd.quote_type_of(*sp) != "mixed":
            return
        first = next(t for t in content if not t.is_punct)
        if first.tag_ in FINITE_TAGS:  # "said was an “insult”": the parse lost the clause's subject
            return
        self.claims.add_attributed(sent, sp, v.text.lower(), v, subj, False, "asserted")

    def verb_above_quote(self, sent: Span, qi: int, toks: list[Token]) -> tuple[Token, Token] | None:
        """The first verb outside a quote that leaves some of its sentence unquoted, above it, and
        the dependent of that verb on the way up (the content), or None."""
        # (a quotation that is most of its sentence is direct speech, not ours)
        if sum(1 for t in sent if self.qidx[t.i] < 0 and not t.is_punct and not t.is_space) < 3:
            return None
        head = next((t for t in toks if t.head.i == t.i or self.qidx[t.head.i] != qi), None)
        if head is None:
            return None
        child, v = head, head.head
        while v.i != child.i and not (v.pos_ == "VERB" and self.qidx[v.i] < 0):
            child, v = v, v.head
        if v.i == child.i or child.i < v.i:
            return None
        return child, v

    def speech_verb_above(self, child: Token, v: Token) -> tuple[Token, Token | None]:
        """A quote under a verb of no speech whose clause hangs, as its complement or a clause of
        reason, on a verb of speech earlier in the sentence: "the mayor invited auditors to dig up
        the “missing” invoices", "portrayed her rival as reckless because he had taken “about
        $200,000”". Up to three clauses up, through a preposition ("credited the volunteers with
        keeping “the county afloat”"); the content is the clause under the verb of speech."""
        for _ in range(3):
            if v.dep_ not in UP_DEPS or v.head.i >= v.i:
                return child, None
            child, v = v, v.head
            while v.pos_ != "VERB" and v.dep_ in ("prep", "pcomp", "pobj") and v.head.i != v.i:
                child, v = v, v.head
            if v.pos_ != "VERB" or self.qidx[v.i] >= 0:
                return child, None
            if v.lemma_.lower() in FRAGMENT_VERB_LEMMAS:
                return child, v
        return child, None

    def participle_speaker(self, v: Token) -> Token | None:
        """Who a participle with no subject of its own speaks for, where the parse hangs it on a
        noun or a preposition: "at one point calling the mayor a “liar”", "responded by calling him
        “dopey”" (the subject of the verb the phrase modifies), "Christie, the governor, ...,
        calling him a “talented guy”" (the subject itself)."""
        h = v.head
        if h.i > v.i:
            return None
        # "De Blasio, speaking on the radio, called Trump a “blowhard”": a finite verb hung on its
        # subject, with an object outside the quote ("a group called “X”" only names a thing)
        if v.dep_ == "acl" and v.tag_ in ("VBD", "VBN") and is_speaker(h) and \
                any(c.dep_ in ("dobj", "oprd") and self.qidx[c.i] < 0 for c in v.children):
            return h
        if v.tag_ != "VBG":
            return None
        if v.dep_ == "pcomp":  # "responded by calling him “dopey”": the subject of "responded"
            # (only "by", the act's manner: "known for promoting “quack” cures" is no act of speech)
            return self.cd.subject(h.head) if h.lower_ == "by" and h.head.pos_ in ("VERB", "AUX") else None
        if v.dep_ != "acl":
            return None
        if h.dep_ == "pobj" and h.head.dep_ == "prep" and h.head.head.pos_ in ("VERB", "AUX"):
            return self.cd.subject(h.head.head)
        if h.dep_ in ("nsubj", "nsubjpass") and is_speaker(h):
            return h
        return None

    @staticmethod
    def is_title(toks: list[Token]) -> bool:
        """ "on “Meet the Press”", "a “Jeb Can Fix It” bus tour": a name, not anyone's words."""
        words = [t for t in toks if t.is_alpha]
        return len(words) > 1 and all(t.text[0].isupper() or (k and t.lower_ in TITLE_SMALL_WORDS)
                                      for k, t in enumerate(words))
