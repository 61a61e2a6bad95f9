"""The parsed article as the claim patterns read it: which quotation and sentence each token is
in, character spans of token runs, and the grammar questions every pattern asks (is this a
cue, what is its subject, which clause is the content, is the content hedged)."""

from __future__ import annotations

from bisect import bisect_left
from functools import cached_property

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from .lexicon.claimants import OBJECT_CONTROL_LEMMAS
from .lexicon.cues import (
    CLAIM_NOUNS,
    CUE_FORMS,
    CUE_LEMMAS,
    HEARSAY_NOUNS,
    HEDGE_ADVERBS,
    HEDGE_ROOTS,
    ISSUED_TEXTS,
    MODALS,
    REPORT_PASSIVE,
)
from .misread_subjects import lost_subject, misjoined_subject, tag_subject
from .nlp import segments
from .noun_infinitives import noun_infinitive_speaker
from .participle_speakers import trailing_participle_speaker
from .quotes import QUOTE_CHARS, TRAILING, is_quote_mark, quote_spans
from .token_index import TokenIndex, doc_text, doc_tokens

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
# A verb that carries its own tense: the head of a clause of its own, not an infinitive or participle.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# "backed away from / bristled at / came with the suggestion that Y": the subject holds it
HOLDER_PREPS = {"with", "from", "at", "to", "on", "of"}


def is_punct(t: Token) -> bool:
    return t.is_punct or t.is_space or t.text in QUOTE_CHARS


def without_trailing_joins(toks: list[Token]) -> list[Token]:
    """`toks` without the conjunctions, punctuation and spaces they end on ("as a flip-flopper
    and [calling ...]": the next act's conjunction)."""
    while toks and (toks[-1].dep_ == "cc" or toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    return toks


def combine_quote_types(types: list[str]) -> str:
    """One quote type for a content made of several pieces: "mixed" unless all agree."""
    kinds = set(types)
    if len(kinds) == 1:
        return types[0]
    return "mixed"


class ClaimDoc:
    """One Doc, indexed once for the claim patterns."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        self.quotes = quote_spans(self.text)
        # spaCy makes a new Token object on every access; a dozen pattern families walk every
        # sentence, so the tokens are made once here and read as `tokens_of(sent)`
        self.tokens: list[Token] = doc_tokens(doc)
        # token -> index of the quotation it is in, or -1: quote_spans gives them in order and
        # apart, so each holds one run of tokens, found by bisecting the token offsets
        self.qidx = [-1] * len(doc)
        starts = doc.to_array(IDX).tolist() if len(doc) else []
        for qi, (qs, qe) in enumerate(self.quotes):
            lo, hi = bisect_left(starts, qs), bisect_left(starts, qe)
            self.qidx[lo:hi] = [qi] * (hi - lo)
        self.sents: list[Span] = list(doc.sents)
        self.sent_of = [0] * len(doc)  # token -> index of its sentence
        for k, s in enumerate(self.sents):
            self.sent_of[s.start:s.end] = [k] * (s.end - s.start)
        self.ent_span: dict[int, tuple[int, int]] = {}  # token -> the NER span it is in
        for ent in doc.ents:
            self.ent_span.update(dict.fromkeys(range(ent.start, ent.end), (ent.start, ent.end)))

    def tokens_of(self, sent: Span) -> list[Token]:
        return self.tokens[sent.start:sent.end]

    @cached_property
    def words(self) -> TokenIndex:
        """Word form, lemma and part of speech by token index: the first test of every walk."""
        return TokenIndex(self.doc)

    @cached_property
    def paragraphs(self) -> list[tuple[int, int]]:
        """(start, end) of each paragraph (`nlp.segments`), made when a family first asks."""
        out, pos = [], 0
        for seg in segments(self.text):
            out.append((pos, pos + len(seg)))
            pos += len(seg)
        return out

    # -- text spans

    def cue_lemma(self, t: Token) -> str | None:
        w, i = self.words, t.i
        if not w.cue_word[i]:
            return None
        lem = CUE_FORMS.get(w.lower[i])
        if lem is None and w.lemma[i] in CUE_LEMMAS and w.pos[i] in ("VERB", "AUX"):
            lem = w.lemma[i]
        if lem is None:
            return None
        if w.pos[i] in ("VERB", "AUX"):
            return lem
        # mis-tagged verb ("claims" as NOUN): accept when it governs a subject or a clause
        if t.dep_ not in ("dobj", "pobj", "nsubj", "nsubjpass", "compound", "amod", "attr", "appos") and any(
            c.dep_ in ("nsubj", "ccomp") for c in t.children
        ):
            return lem
        return None

    def span_of(self, toks: list[Token]) -> tuple[int, int] | None:
        """Character span of tokens, trimmed of edge punctuation, quote marks, 'that'."""
        toks = sorted(toks, key=lambda t: t.i)
        while toks and (is_punct(toks[0]) or (toks[0].dep_ == "mark" and toks[0].lower_ in ("that",))):
            toks = toks[1:]
        while toks and (toks[-1].is_space or toks[-1].text in TRAILING):
            toks = toks[:-1]
        if not toks:
            return None
        start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
        # keep a closing quote mark when the content opened one: it "a great day"
        seg = self.text[start:end]
        if seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1:
            nxt = end + 1 if self.text[end:end + 1] in (".", ",", "!", "?") else end
            if nxt < len(self.text) and self.text[nxt] in "”\"’":
                end = nxt + 1
        return start, end

    def subtree(self, t: Token, skip: set[int] | None = None) -> list[Token]:
        out = []
        for x in t.subtree:
            if skip and x.i in skip:
                continue
            out.append(x)
        return out

    def quote_type_of(self, start: int, end: int) -> str:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        punct = self.words.punct
        words = [i for i in range(span.start, span.end) if not punct[i]] if span is not None else []
        if not words:
            return "indirect"
        qidx = self.qidx
        quoted = sum(1 for i in words if qidx[i] >= 0)
        if quoted == 0:
            return "indirect"
        if quoted == len(words):
            return "direct"
        return "mixed"

    def quote_at(self, char: int) -> tuple[int, int] | None:
        for q in self.quotes:
            if q[0] <= char < q[1]:
                return q
        return None

    def through_open_quote(self, sp: tuple[int, int]) -> tuple[int, int]:
        """A content that opens a quotation and stops inside it (the parse ended the clause at a
        sentence break or a dash inside the quote) runs on to the quotation's closing mark:
        he said the plan "was rushed. Nobody read it." is one claim. And one that starts inside
        a quotation opened in an earlier sentence starts with that sentence: the plan "was
        rushed. Nobody read it" before the vote, he said."""
        start, end = self.from_quote_start(sp)
        q = self.quote_at(end - 1)
        if q is None or not start < q[0]:
            return start, end
        return start, self.quote_close(end, q)

    def quote_close(self, end: int, q: tuple[int, int]) -> int:
        """`end`, inside the quotation `q`, on to its closing mark; `end` itself when only the
        marks are left out or it is at or past the quotation's end."""
        if end >= q[1] or self.text[end:q[1]].strip(" \"“”'’.,;:!?") == "":
            return end
        end = q[1]
        close = self.text[end:end + 2]
        if close == "''":
            end += 2
        elif close[:1] in "”\"’":
            end += 1
        return end

    def without_trailing_predicate(self, sp: tuple[int, int]) -> tuple[int, int]:
        """A mixed content ends at its closing quote mark when what follows is the speaker's next
        act, a predicate with no subject of its own: called Cruz "a hypocrite," linking to a
        story; called the plan "a disgrace," and threatened to sue."""
        span = self.doc.char_span(sp[0], sp[1], alignment_mode="expand")
        if span is None:
            return sp
        for t in span[:-1]:
            if t.text not in ("”", '"', "''") or t.i == 0 or self.qidx[t.i - 1] < 0:
                continue
            nxt = self.doc[t.i + 1]
            if nxt.text == "," and nxt.i + 1 < span.end:
                nxt = self.doc[nxt.i + 1]
            comma = self.doc[t.i - 1].text == "," or self.doc[t.i + 1].text == ","
            if nxt.lower_ in ("and", "but") and nxt.i + 1 < span.end:
                if not comma:  # "said Obama shows “great charm” and exhibits Y": one content
                    continue
                nxt = self.doc[nxt.i + 1]
            elif nxt.tag_ != "VBG":
                continue
            if nxt.pos_ == "VERB" and (nxt.dep_ in ("advcl", "conj", "xcomp") or comma and nxt.dep_ == "acl") \
                    and not any(c.dep_ in SUBJECT_DEPS for c in nxt.children):
                return sp[0], t.idx + len(t.text)
        return sp

    def before_next_act(self, parts: list[tuple[int, int]], v: Token) -> list[tuple[int, int]]:
        """The pieces of a content split by its tag, up to a piece that is the speaker's next
        act: "“Too much hate,” she said, blaming the mayor" is the quote alone."""
        for k, (a, b) in enumerate(parts):
            if k == 0 or a < v.idx or self.quote_type_of(*parts[k - 1]) != "direct":
                continue
            span = self.doc.char_span(a, b, alignment_mode="expand")
            first = span[0] if span is not None and len(span) else None
            if first is not None and first.tag_ == "VBG" and first.pos_ == "VERB" and \
                    first.dep_ in ("advcl", "xcomp", "conj", "acl"):
                return parts[:k]
        return parts

    def from_quote_start(self, sp: tuple[int, int]) -> tuple[int, int]:
        start, end = sp
        q = self.quote_at(start)
        if q is None or not (q[0] < start < q[1] < end):
            return sp
        first = self.doc.char_span(q[0], q[1], alignment_mode="expand")
        if first is None:
            return sp
        opened_in = self.sents[self.sent_of[first.start]]
        head = self.doc.char_span(opened_in.start_char, start, alignment_mode="contract")
        if head is None or "\n" in head.text or opened_in.start_char >= start:
            return sp
        return opened_in.start_char, end

    def with_quote_marks(self, s: int, e: int) -> tuple[int, int]:
        """A direct quote's span widened to its marks and the punctuation inside them, as
        printed: “We will win,” (PolNeAR counts them as content too)."""
        t = self.text
        if t[s - 2:s] == "''":
            s -= 2
        elif s > 0 and t[s - 1] in "“\"‘«":
            s -= 1
        else:
            return s, e
        k = e
        while k < len(t) and t[k] in ",.;:!?—–-…":
            k += 1
        if t[k:k + 2] == "''":
            return s, k + 2
        if k < len(t) and t[k] in "”\"’»":
            return s, k + 1
        return s, e

    def trim(self, q: tuple[int, int]) -> tuple[int, int]:
        s, e = q
        while e > s and self.text[e - 1] in ",;: \n":
            e -= 1
        return s, e

    def pieces_without(self, sp: tuple[int, int], v: Token,
                       first: Token | None = None) -> list[tuple[int, int]] | None:
        """`sp` split around the aside `v` heads; from `first` on, when the parse hung words of
        the content on the aside before `first` (they stay in the content)."""
        lo, hi = first or v.left_edge, v.right_edge
        a, b = lo.idx, hi.idx + len(hi.text)
        if not (sp[0] < a and b < sp[1]):
            return None
        left = self.text[sp[0]:a].rstrip(" ,—–-\"“”")
        right_start = b
        while right_start < sp[1] and self.text[right_start] in " ,—–-\"“”":
            right_start += 1
        return [(sp[0], sp[0] + len(left)), (right_start, sp[1])]

    # -- grammar

    def subject(self, v: Token) -> Token | None:
        subs = [c for c in v.children if c.dep_ in SUBJECT_DEPS or c.dep_ == "expl"]
        outside = [c for c in subs if self.qidx[c.i] < 0]
        if subs and not outside and self.qidx[v.i] < 0:
            # "“We will win,” Chief Jane Roe said": a subject inside the quote is the parse's
            # mistake when a name stands beside it
            beside = self.speaker_beside_quote(v)
            if beside is not None:
                return beside
        if outside or subs:
            return tag_subject(v, outside or subs)
        # "his office put out a statement saying Y": who issued the text says Y
        h = v.head
        if v.dep_ == "acl" and v.tag_ == "VBG" and h.lemma_.lower() in ISSUED_TEXTS and \
                h.dep_ == "dobj" and h.head.pos_ == "VERB":
            return self.subject(h.head)
        # "with 50 percent saying Y", "911 calls saying Y": the people or the text the participle
        # describes say Y (only "saying" with a clause of its own)
        if v.dep_ == "acl" and v.tag_ == "VBG" and v.lemma_.lower() == "say" and h.pos_ in ("NOUN", "PROPN") and \
                h.sent.start < h.i < v.i and any(c.dep_ == "ccomp" for c in v.children):  # not "Keeps saying Y"
            return h
        # "X responded by saying Y", "..., before insisting Y": the speaker is the subject of
        # the verb the preposition hangs on (with a clause to say: "by attacking X" is no claim)
        if v.dep_ == "pcomp" and v.tag_ == "VBG" and h.dep_ == "prep" and h.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "ccomp" for c in v.children):
            return self.subject(h.head)
        # "X said Y and added that Z", "..., adding that Z", "Smith, who said ..."
        if v.dep_ in ("conj", "advcl", "xcomp") and v.head.i != v.i:
            if (own := misjoined_subject(self, v)) is not None:
                return own  # "Many have said Y and others have said Z"
            h = v.head
            if h.pos_ in ("ADV", "ADJ") and h.dep_ in ("advmod", "acomp") and h.head.pos_ in ("VERB", "AUX") and \
                    any(c.dep_ == "ccomp" for c in v.children):
                h = h.head  # "X went so far as to say Y", "X was quick to add that Y" (with a clause)
            # "The result led the chairman to declare Y", "left voters wondering whether Y": the object of the
            # verb that governs the infinitive or participle speaks (only a claimant in place of the governing
            # verb's subject: "to encourage staff to report abuses" stays no claim)
            obj = next((c for c in h.children if c.dep_ == "dobj" and c.i < v.i), None) \
                if v.dep_ == "xcomp" and h.lemma_.lower() in OBJECT_CONTROL_LEMMAS else None
            if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON") and \
                    obj.lower_ not in ("it", "that", "this") and self.subject(h) is not None:
                return obj
            # "X said Y was promising but cautioned that Z": the conjunct hangs from the
            # content clause in the parse, but coordinates with the cue
            # (not a cue inside a quotation: "..., telling reporters, “People said Y”" is the
            # quote's head in the parse, and its subject is no speaker of the participle)
            if v.dep_ == "conj" and h.dep_ == "ccomp" and self.cue_lemma(h.head) is not None and \
                    self.qidx[h.head.i] < 0:
                return self.subject(h.head)
            # "X argued that Y would help, saying Z": the participle after the comma hangs from
            # the content clause in the parse, but goes with the cue
            if (who := trailing_participle_speaker(self, v, h)) is not None:
                return who
            if v.dep_ == "conj" and self.qidx[h.i] >= 0 and self.qidx[v.i] < 0 and \
                    (beside := self.speaker_beside_quote(v, joined=True)) is not None:
                return beside  # "“Y,” Ramos, 58, told AFP": the parse joined the tag to the quote's verb
            return self.subject(h)
        # "Voters are more likely to say Y": the cue hangs on the adjective, whose subject is the verb's
        if v.dep_ == "acomp" and v.pos_ == "ADJ" and v.lower_ in ("likely", "quick", "eager", "ready", "apt"):
            return self.subject(v.head)
        # "an official who spoke anonymously said, “Y”": a subject the parse hung elsewhere
        return noun_infinitive_speaker(self, v) or self.speaker_beside_quote(v) or lost_subject(self, v)

    def holder_of_claim_noun(self, n: Token) -> Token | None:
        """Whose claim a noun with no possessor names: the subject of the verb it is the object
        of ("The mayor raised concerns that Y"), or whose preposition it follows ("Trump backed
        away from the suggestion that Y", "Cruz entered the race with the argument that Y")."""
        v = n.head
        if n.dep_ == "pobj" and v.dep_ == "prep" and v.lower_ in HOLDER_PREPS and \
                n.lemma_.lower() not in HEARSAY_NOUNS:
            v = v.head
            if v.pos_ in ("ADV", "ADJ") and v.dep_ in ("advmod", "acomp", "oprd"):
                v = v.head  # "backed away from", "grew comfortable with"
        elif n.dep_ != "dobj":
            return None
        if v.pos_ != "VERB":
            return None
        who = self.subject(v)
        if who is not None and (who.dep_ == "expl" or who.lower_ in ("it", "this", "that")):
            return None
        return who

    def after_comma(self, v: Token) -> bool:
        """A comma right before v, or before the quote that closes there ("“Y,” adding")."""
        k = v.i - 1
        while k > 0 and is_quote_mark(self.doc[k]):
            k -= 1
        return k >= 0 and k < v.i and self.doc[k].text == ","

    def cue_of_content(self, h: Token) -> Token | None:
        """The cue whose content clause h is ("X said Y was ...", "X rejected the idea that Y
        would ..."), or None; not when h is itself a tag with its own speaker set off by a
        comma ("Y, the source recalled"): then h speaks."""
        if h.dep_ == "ccomp" and self.cue_lemma(h) is not None and not any(c.dep_ == "mark" for c in h.children):
            subj = next((c for c in h.children if c.dep_ in SUBJECT_DEPS and c.i < h.i), None)
            left = subj.left_edge.i if subj is not None else 0
            if left > 0 and self.qidx[subj.i] < 0 and self.doc[left - 1].text in QUOTE_CHARS | {",", "''"}:
                return None
        if h.dep_ == "acl" and h.head.dep_ == "dobj" and h.head.pos_ == "NOUN" and \
                any(c.dep_ == "mark" and c.lower_ == "that" for c in h.children):
            h = h.head  # the noun that names the claim: "the idea that Y"
        elif h.dep_ != "ccomp":
            return None
        cue = h.head
        return cue if self.cue_lemma(cue) is not None and self.qidx[cue.i] < 0 else None

    def speaker_beside_quote(self, v: Token, joined: bool = False) -> Token | None:
        """ "“Y,” Jane Roe, a top adviser, said" and "“Y,” said Jane Roe, half joking": the parse
        took the name into the quote's clause or the clause after it and left the cue with no
        subject. The name between the closing quote and the cue, or right after the cue."""
        if v.tag_ not in ("VBD", "VBZ") or v.dep_ != "ROOT" and not joined or self.cue_lemma(v) is None:
            return None
        k = v.i - 1
        if k >= 1 and self.doc[k].text == "," and self.qidx[k] < 0:
            lo = k
            while lo - 1 >= 0 and self.qidx[lo - 1] < 0 and self.doc[lo - 1].text not in QUOTE_CHARS \
                    and self.doc[lo - 1].text != "''" and not self.doc[lo - 1].is_sent_start:
                lo -= 1
            opens_after_quote = lo - 1 >= 0 and is_quote_mark(self.doc[lo - 1])
            name = next((t for t in self.doc[lo:k] if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG")), None)
            if opens_after_quote and name is not None:
                return self.name_end(name)
        before = self.doc[v.i - 1] if v.i >= 1 else None
        after = self.doc[v.i + 1] if v.i + 1 < len(self.doc) else None
        if before is not None and before.pos_ == "PROPN" and before.ent_type_ in ("PERSON", "ORG") and \
                self.qidx[before.i] < 0:
            # "“Y,” police Chief Jane Roe said": a name right before the cue, after the quote
            lo = before.i
            while lo - 1 >= 0 and self.qidx[lo - 1] < 0 and not is_punct(self.doc[lo - 1]) and v.i - lo < 8:
                lo -= 1
            if lo - 1 >= 0 and self.qidx[lo - 1] >= 0 or lo >= 1 and is_quote_mark(self.doc[lo - 1]):
                return before
        if before is not None and is_quote_mark(before) and after is not None:
            run = [t for t in self.doc[v.i + 1 : v.i + 6]]
            for t in run:
                if t.is_punct:
                    break
                if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG"):
                    return self.name_end(t)
        return None

    def name_end(self, t: Token) -> Token:
        """The last word of the name that starts at or runs through t."""
        while t.i + 1 < len(self.doc) and self.doc[t.i + 1].pos_ == "PROPN" and self.doc[t.i + 1].ent_type_ == t.ent_type_:
            t = self.doc[t.i + 1]
        return t

    def content_tokens(self, comp: Token) -> list[Token]:
        """The complement's subtree without conjoined cue verbs lacking a subject ("is acting and showing" keeps both)."""
        skip: set[int] = set()
        for c in comp.children:
            if c.dep_ == "conj" and self.cue_lemma(c) is not None and not c.tag_ == comp.tag_ == "VBG" and \
                    not any(g.dep_ in SUBJECT_DEPS for g in c.children):
                skip.update(t.i for t in c.subtree)
                skip.update(t.i for t in comp.children if t.dep_ == "cc" and t.i < c.i)
        return [t for t in comp.subtree if t.i not in skip]

    def inverted_subject(self, v: Token) -> Token | None:
        for t in v.rights:
            if t.pos_ in ("PROPN", "NOUN", "PRON"):
                return t
        return None

    def impersonal(self, v: Token, who: Token) -> bool:
        """ "It is fair to say that ...", "needless to say": no speaker."""
        if who.dep_ == "expl":
            return True
        h = v
        while h.dep_ in ("xcomp", "advcl", "acomp") and h.head.i != h.i:
            h = h.head
            if h.lemma_ == "be" or h.dep_ == "acomp":
                return who.lower_ == "it" or who.head.i == h.i and who.lower_ == "it"
        return False

    def that_clause_in_prep(self, v: Token) -> Token | None:
        """ "said in a statement that Y": the parse hangs the clause on the noun."""
        for p in v.children:
            if p.dep_ != "prep" or p.i < v.i:
                continue
            for n in p.children:
                if n.dep_ != "pobj" or n.lemma_.lower() in CLAIM_NOUNS - {"report"}:
                    continue
                stack = [n]
                while stack:
                    x = stack.pop()
                    for c in x.children:
                        if c.dep_ in ("acl", "relcl", "ccomp") and any(
                                m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
                            return c
                        if c.dep_ in ("prep", "pobj"):
                            stack.append(c)
        return None

    # -- hedging

    def heads_within(self, lo: int, hi: int, upto: int | None = None) -> list[Token]:
        """The tokens of [lo, upto) whose head lies outside the span [lo, hi) or is themselves:
        the main words of what the span says."""
        head = self.words.head
        return [self.tokens[i] for i in range(lo, hi if upto is None else upto)
                if not lo <= head[i] < hi or head[i] == i]

    def content_hedged(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        lo, hi = span.start, span.end  # the span's tokens: lo <= i < hi
        for r in self.heads_within(lo, hi):
            if self.words.lemma[r.i] in HEDGE_ROOTS:
                return True
            for c in r.children:
                if not lo <= c.i < hi:
                    continue
                lc = self.words.lower[c.i]
                if c.dep_ == "aux" and lc in MODALS:
                    return True
                if c.dep_ in ("advmod", "acomp") and lc in HEDGE_ADVERBS:
                    return True
                if c.dep_ == "xcomp" and c.lemma_.lower() in REPORT_PASSIVE and any(
                    g.dep_ == "auxpass" for g in c.children):
                    return True
            if r.dep_ == "xcomp" and r.head.lemma_.lower() in HEDGE_ROOTS:
                return True
        return False


class ClaimDocReader:
    """Base of the classes reading one ClaimDoc: its parts as plain attributes, read by every token loop."""

    def __init__(self, cd: ClaimDoc):
        self.cd = cd
        self.doc = cd.doc
        self.text = cd.text
        self.quotes = cd.quotes
        self.qidx = cd.qidx
        self.sents = cd.sents
        self.sent_of = cd.sent_of
