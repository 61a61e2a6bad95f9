"""Side-by-side acts: a second act of saying, with a speaker of its own, that the parse hung
inside the first act's content ("One in three said the party ignores them and one in four said it
was hostile"; "accuses Smith of a smear while Smith suggests Y"; "says that even though X, he
actually thinks Y"). The first content ran on over the second act; PolNeAR gives each act its own
attribution. Runs after the pattern families, on what they found: the first content is cut before
the link word, and the second act becomes a claim of its own when no family took it (the parse
may hang its speaker on the first content: "... farmers and one in four said Y"). A content that
closes on another speaker's gloss ("..., a charge that officials denied") ends before it, and one
that closes on a poll's other share ("61 percent said Y, compared with 38 percent who said Z",
"..., double the number who said Z", "..., about the same number who said Z") ends before
"compared" or the comma, the share's act a claim of its own. The second act may take an object, not a
clause, after "while", "as", "and" or "but" and a named speaker ("lawmakers accused each other of Y
while doctors warned of Z"; "even as officials railed against Z"): Z is that act's claim."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_candidates import ClaimCandidate
from .claim_collector import ClaimCollector
from .lexicon.cues import AGAINST_ACT_LEMMAS, CUE_LEMMAS, GLOSSED_ACT_LEMMAS, OBJECT_ACT_LEMMAS, TOPIC_PREPS
from .lexicon.stances import COMPARED_COUNTS, COMPARING_WORDS

_LINKS = {"and", "but", "while", "whereas", ","}
# what may join an act with an object, not a clause, to the first content ("even as officials railed
# against Y"); not a comma ("39 percent blame Y": a poll's list goes on)
_OBJECT_LINKS = {"while", "whereas", "as", "and", "but"}
_LINK_TEXTS = (",", " and ", " but ", " while ", " whereas ", " compared ", " as ")
_FINITE = ("VBD", "VBZ", "VBP")
_COMPARED_WITH = ("with", "to")
_BESIDE_PREPS = ("about", "roughly", "nearly", "almost")
_RELATIVES = {"who", "which", "that", "what", "whom", "whose"}
# what a speaker stranded on the first content may be made of: "one in four", "most Democrats"
_NOUN_PHRASE = ("NUM", "NOUN", "PROPN", "ADP", "DET", "ADJ")


class SideActs:
    def __init__(self, claims: ClaimCollector):
        self.claims, self.doc = claims, claims.cd.doc

    def split(self) -> None:
        """Cuts each content the pattern families found before a second speaker's act in it."""
        found = self.claims.found
        n = len(found)
        for c in list(found):
            if c.parts or c.quote_type == "direct" or not 0 <= c.cue_i < len(self.doc) or \
                    c.cue.startswith("according") or not any(w in c.content for w in _LINK_TEXTS):
                continue  # (gold keeps "according to X" over the whole sentence, second act and all)
            toks = self.doc.char_span(c.start, c.end, alignment_mode="expand")
            if toks is None or len(toks) < 4 or self._glossed(c, toks):
                continue
            if (" compared " in c.content or " who " in c.content) and self._compared(c, toks):
                # the first content, cut before the other count, may still hold a second act
                toks = self.doc.char_span(c.start, c.end, alignment_mode="expand")
                if toks is None or len(toks) < 4:
                    continue
            self._split(c, toks)
        for c in found[n:]:  # "... and one in four said Y, about the same number who said Z": Y's act, split off above
            if " who " in c.content and (toks := self.doc.char_span(c.start, c.end, alignment_mode="expand")) is not None:
                self._compared(c, toks)

    def _split(self, c: ClaimCandidate, toks: Span) -> None:
        doc = self.doc
        words = [t.i for t in toks if not t.is_punct]
        if not words:
            return
        for v in toks[2:]:
            if v.pos_ != "VERB" or v.tag_ not in _FINITE or v.i == c.cue_i or self.claims.qidx[v.i] >= 0:
                continue
            kids = list(v.children)
            if v.lemma_.lower() not in CUE_LEMMAS:
                comp = self._contrasted_object(v, kids)
            else:
                comp = next((k for k in kids if k.dep_ in ("ccomp", "xcomp") and k.i > v.i), None) or \
                    self._contrasted_object(v, kids)
            if comp is None or v.right_edge.i < words[-1] or any(k.dep_ == "neg" for k in kids):
                continue  # the act has a content of its own, and closes the first one
            subj = next((k for k in kids if k.dep_ in ("nsubj", "nsubjpass") and k.i < v.i), None)
            first = subj.left_edge.i if subj is not None else self._phrase_start(v)
            if subj is None:
                subj = self._stranded_speaker(v, first, toks.start)
            on_object = comp is not None and comp.dep_ not in ("ccomp", "xcomp")
            if subj is None or first - 1 <= toks.start or \
                    doc[first - 1].lower_ not in (_OBJECT_LINKS if on_object else _LINKS):
                continue
            if any(t.lower_ in _RELATIVES for t in doc[first:v.i]):
                continue  # "..., most of whom thought Y": a gloss on the first content
            if on_object and subj.pos_ == "PRON":
                continue  # "... and she criticized Y": the same story may go on; a named speaker is another
            if subj.pos_ == "PRON" and doc[first - 1].text != ",":
                continue  # "a boss invited her and she thought Y": the story told goes on
            cut = first - 1
            while cut > toks.start and (doc[cut].lower_ in _LINKS or doc[cut].is_punct or
                                        on_object and doc[cut].lower_ in _OBJECT_LINKS | {"even"}):
                cut -= 1
            if not any(t.pos_ in ("VERB", "AUX") for t in doc[toks.start:cut + 1]):
                continue  # "In her speech, Rhimes declared Y": only a lead-in before the act
            self.claims.respan(c, c.start, doc[cut].idx + len(doc[cut]))
            if not any(f.cue_i == v.i for f in self.claims.found):
                self._add(c, v, comp, subj)
            return

    def _contrasted_object(self, v: Token, kids: list[Token]) -> Token | None:
        """What an act of praise or blame, or of talking about a topic, is about when it has no
        clause: "warned of Y", "railed against Y", "criticized Y" (Y, and the rest of the act)."""
        lemma = v.lemma_.lower()
        for k in kids:
            if k.i < v.i:
                continue
            if k.dep_ == "prep" and (lemma in TOPIC_PREPS.get(k.lower_, ()) or
                                      k.lower_ == "against" and lemma in AGAINST_ACT_LEMMAS):
                return next((o for o in k.children if o.dep_ == "pobj"), None)
            if k.dep_ == "dobj" and lemma in OBJECT_ACT_LEMMAS:
                return k
        return None

    def _compared(self, c: ClaimCandidate, toks: Span) -> bool:
        """ "61 percent said Y, compared with 38 percent who said Z" (or "..., double the number
        who said Z"): a poll's other share, compared with the first, speaks in a relative clause
        closing the content. The first content ends before "compared" or the comma; the share's
        act is a claim of its own ("said the same": its object)."""
        doc = self.doc
        last = max((t.i for t in toks if not t.is_punct), default=-1)
        for v in toks[3:]:
            if v.dep_ != "relcl" or v.tag_ not in _FINITE or v.lemma_.lower() not in CUE_LEMMAS or \
                    v.right_edge.i < last or self.claims.qidx[v.i] >= 0:
                continue
            kids = list(v.children)
            comp = next((k for k in kids if k.i > v.i and (k.dep_ == "ccomp" or k.dep_ == "dobj" and k.lower_ == "same")), None)
            who = next((k for k in kids if k.dep_ == "nsubj" and k.lower_ in ("who", "that")), None)
            share = v.head
            if comp is None or who is None or share.pos_ not in ("NUM", "NOUN") or \
                    any(k.dep_ == "neg" for k in kids):
                continue
            link = share.left_edge.i - 2  # "compared| with| 38 percent"
            if toks.start + 1 < link and doc[link].lower_ == "compared" and doc[link + 1].lower_ in _COMPARED_WITH:
                cut = link - 1
            elif (cut := self._beside(share, toks)) < 0:
                continue
            while cut > toks.start and doc[cut].is_punct:
                cut -= 1
            self.claims.respan(c, c.start, doc[cut].idx + len(doc[cut]))
            if not any(f.cue_i == v.i for f in self.claims.found):
                self._add(c, v, comp, share)
            return True
        return False

    def _beside(self, share: Token, toks: Span) -> int:
        """ "..., double the number who said Z", "..., about the same number who said Z": a count
        compared with the first share, set beside it after a comma (lexicon COMPARED_COUNTS and
        COMPARING_WORDS); the last token of the first content before the comma, else -1."""
        doc = self.doc
        if share.lemma_.lower() not in COMPARED_COUNTS:
            return -1
        first = share.left_edge.i
        if first > 0 and doc[first - 1].lower_ in _BESIDE_PREPS:  # "about| the same number" (hung on "about")
            first -= 1
        if first - 1 <= toks.start + 1 or doc[first - 1].text != "," or \
                not any(t.lower_ in COMPARING_WORDS for t in doc[first:share.i]):
            return -1
        return first - 2

    def _glossed(self, c: ClaimCandidate, toks: Span) -> bool:
        """ "complained the vote was rigged, a charge that officials denied": a noun after a comma
        closing the content, with a relative clause in which another speaker takes it up, is no
        part of the first content. (Taking "a charge" as the officials' claim too was 3 right in 5
        on PolNeAR train: gold reads "something that Trump mocked" as Trump's "that".)"""
        doc = self.doc
        last = max((t.i for t in toks if not t.is_punct), default=-1)
        for r in toks:
            if r.dep_ != "relcl" or r.pos_ != "VERB" or r.lemma_.lower() not in GLOSSED_ACT_LEMMAS or \
                    r.right_edge.i < last or self.claims.qidx[r.i] >= 0:
                continue
            n, subj = r.head, next((k for k in r.children if k.dep_ == "nsubj"), None)
            first = n.left_edge.i
            if subj is None or subj.lower_ in _RELATIVES or n.pos_ not in ("NOUN", "PRON") or \
                    not toks.start + 1 < first < r.i or doc[first - 1].text != "," or \
                    any(k.dep_ == "neg" for k in r.children):
                continue
            self.claims.respan(c, c.start, doc[first - 2].idx + len(doc[first - 2]))
            return True
        return False

    def _add(self, c: ClaimCandidate, v: Token, comp: Token, subj: Token) -> None:
        span = comp.subtree if comp.dep_ in ("ccomp", "xcomp") else self.doc[comp.left_edge.i : v.right_edge.i + 1]
        body = [t for t in span if not (t.is_punct and not t.is_quote)]
        if body:
            self.claims.add(c.sent, body[0].idx, body[-1].idx + len(body[-1]), cue=v.text.lower(), qtype=None,
                            cue_i=v.i, claimant=self.claims.claimants.claimant_of(subj))

    def _phrase_start(self, v: Token) -> int:
        """Where the noun phrase right before the verb starts ("... and one in four| said")."""
        i = v.i - 1
        while i > 0 and self.doc[i].pos_ in _NOUN_PHRASE and self.doc[i].lower_ not in _LINKS:
            i -= 1
        return i + 1

    def _stranded_speaker(self, v: Token, first: int, start: int) -> Token | None:
        """ "... farmers and one in four said Y": a verb with no subject after a noun phrase the
        parse hung on the first content (as a conjunct of its last noun): that phrase speaks."""
        if first >= v.i or first <= start + 1:
            return None
        heads = [t for t in self.doc[first:v.i] if t.head.i < first or t.head.i >= v.i]
        if len(heads) != 1 or heads[0].pos_ not in ("NUM", "NOUN", "PROPN") or heads[0].head.i == v.i:
            return None
        return heads[0]
