"""Resumed quotes: "“A,” Lee said, noting that Y. “B.”" The untagged quote after a tag sentence
was joined to the last claim before it, the speaker's second act (Y); PolNeAR gives B to the
quotation the tag sentence opened with (A), the act in the middle keeping only its own words.
And "“A,” Lee said. Then, “B.”": a quote after a few words of the writer's, in the sentence after
A's tag, goes on with A as it would with nothing before it; so does one opening that sentence with
words after it ("“B” - and she left."); and after "“A,” Lee said, according to the Post." B goes
on with the "according to" claim of the whole run; and "“A,” Lee said.\n\n“B”": an untagged quote
opening the next paragraph goes on with a tagged quote closing the one before, and one past a
sentence of the writer's in A's paragraph ("She runs a bakery."). Runs after the direct-speech pass."""

from __future__ import annotations

from .claim_candidates import ClaimCandidate
from .claim_collector import ClaimCollector
from .lexicon.cues import LEAD_ON_LEMMAS

_LEAD_WORDS = 6  # the writer's words before the quote: "Then,", "Now,", "Instead,", "That makes her"


class ResumedQuotes:
    def __init__(self, claims: ClaimCollector):
        self.claims, self.doc, self.text = claims, claims.cd.doc, claims.cd.text

    def resume(self) -> None:
        self.to_first_quote()
        self.after_tag_sentence()
        self.trailed_quotes()
        self.sourced_runs()
        self.next_paragraph()
        self.past_narrative()

    def to_first_quote(self) -> None:
        """Moves the quotes joined to a second act back to the quotation its sentence opened with."""
        for c in self.claims.found:
            if len(c.parts) < 2 or c.quote_type == "direct" or not 0 <= c.cue_i < len(self.doc) or \
                    self.doc[c.cue_i].lemma_.lower() in LEAD_ON_LEMMAS:
                continue  # ("adding that Y. “B”": B goes on with the addition)
            end = c.sent.end_char
            tail = [p for p in c.parts if p[0] >= end]
            if not tail or len(tail) == len(c.parts) or not any(ch in "“\"'‘" for ch in self.text[tail[0][0] - 1 : tail[0][0] + 1]):
                continue
            first = self.opening_quote(c)
            if first is None:
                continue
            head = [p for p in c.parts if p[0] < end]
            self.claims.respan(c, head[0][0], head[-1][1], head if len(head) > 1 else None)
            c.apart = True
            pieces = first.pieces + tail
            self.claims.respan(first, pieces[0][0], pieces[-1][1], pieces)

    def after_tag_sentence(self) -> None:
        """ "“A,” Lee said. Then, “B.”": a quote no tag took, after a few words of the writer's that
        open its sentence, right after the sentence of a quote of the same speaker, goes on with that
        quote (the words before it too), as an untagged quote opening its sentence already does."""
        found = self.claims.found
        for q in list(found):
            if q.cue != "quoted" or q.parts or q.claimant is None:
                continue
            lo = q.sent.start_char
            while lo < q.start and self.text[lo].isspace():
                lo += 1
            lead = self.text[lo:q.start].rstrip(" “\"'‘")
            if not lead or "\n" in lead or any(ch in lead for ch in "“”\"") or len(lead.split()) > _LEAD_WORDS or \
                    self.text[q.end:q.sent.end_char].strip().strip("”\"'’.,!?"):
                continue
            p = self.quote_before(lo)
            if p is None or p.claimant != q.claimant:
                continue
            marks = self.claims.cd.with_quote_marks  # the pieces as printed: the claim is mixed now
            pieces = [marks(*x) for x in p.pieces] + [(lo, marks(q.start, q.end)[1])]
            self.claims.respan(p, pieces[0][0], pieces[-1][1], pieces)
            found.remove(q)

    def trailed_quotes(self) -> None:
        """ "“A,” Lee said. “B” - and she left.": a quote that opens the sentence after A's tag
        sentence, in a sentence no pattern took (words after the quote kept the direct-speech pass
        from it), goes on with A."""
        cd = self.claims.cd
        for qs, qe in cd.quotes:
            first = self.doc.char_span(qs, qe, alignment_mode="expand")
            if first is None or self.claims.overlaps((qs, qe)):
                continue
            sent = cd.sents[cd.sent_of[first.start]]
            lo = sent.start_char
            while lo < qs and (self.text[lo].isspace() or self.text[lo] in "“\"'‘"):
                lo += 1
            if lo != qs or len(self.text[qs:qe].split()) < 3 or \
                    any(c.start < sent.end_char and sent.start_char < c.end for c in self.claims.found):
                continue
            p = self.quote_before(sent.start_char)
            if p is None or "\n" in self.text[p.end:qs]:
                continue
            marks = cd.with_quote_marks
            pieces = [marks(*x) for x in p.pieces] + [marks(*cd.trim((qs, qe)))]
            self.claims.respan(p, pieces[0][0], pieces[-1][1], pieces)

    def sourced_runs(self) -> None:
        """ "“A,” Lee said, according to the Post. “B”": the "according to" claim went on with B, but
        the tag's own claim of A alone, the source its claimant too once corrected, would settle as
        the same statement and drop it: the claim of A gives way to the run."""
        found = self.claims.found
        for a in [c for c in found if c.cue.startswith("according") and len(c.parts) > 1]:
            s0, e0 = a.parts[0]
            for d in [d for d in found if d is not a and d.quote_type == "direct" and not d.parts and
                      s0 <= d.start and d.end <= e0 and 0 <= d.cue_i < len(self.doc) and
                      s0 <= self.doc[d.cue_i].idx < e0]:
                found.remove(d)

    def next_paragraph(self) -> None:
        """ "“A,” Lee said.\n\n“B.”": a paragraph that closes on a quote and its tag, the quote
        opening that sentence (or words ending on a quote: "It is “A,” Lee said."), and a next paragraph that opens on an untagged quote of the same
        speaker: B goes on with A (a paragraph that opens on a quote with no tag of its own)."""
        found = self.claims.found
        for q in [c for c in found if c.cue == "quoted" and c.claimant is not None]:
            lo = q.sent.start_char
            if self.text[lo:q.start].strip(" \n“\"'‘") or self.claims.cd.with_quote_marks(q.start, q.end)[0] == q.start:
                continue  # B opens its sentence, after a quote mark (not a paragraph a stray mark closes)
            p = max((c for c in found if c.end <= lo), key=lambda c: c.end, default=None)
            if p is None or p.claimant != q.claimant or p.sent.end_char > lo or not self.ends_on_quote(p) or \
                    not 0 <= p.cue_i < len(self.doc) or not p.end <= self.doc[p.cue_i].idx < p.sent.end_char:
                continue  # A tagged after it, in the last sentence before B
            run = self.text[p.sent.start_char:q.start]
            body = run.rstrip(" \n\xa0“\"'‘")  # A's sentence, and the break after it
            if run[len(body):].count("\n") not in (1, 2) or "\n" in body or \
                    self.text[p.sent.start_char:p.start].strip(" “\"'‘"):
                continue  # one paragraph break between; A opens its sentence
            pieces = p.pieces + q.pieces
            self.claims.respan(p, pieces[0][0], pieces[-1][1], pieces)
            found.remove(q)

    def past_narrative(self) -> None:
        """ "“A,” Lee said, half joking. She has run the bakery for 20 years. “B.”": one sentence of
        the writer's, with no quote and no claim, between a tagged quote and an untagged quote that
        opens its sentence in the same paragraph: B still goes on with A."""
        cd, found = self.claims.cd, self.claims.found
        for q in [c for c in found if c.cue == "quoted" and c.claimant is not None and not c.parts]:
            k = cd.sent_of[self.doc.char_span(q.start, q.end, alignment_mode="expand").start]
            if k < 2 or self.text[q.sent.start_char:q.start].strip(" \n“\"'‘") or \
                    cd.with_quote_marks(q.start, q.end)[0] == q.start:
                continue
            mid, tag = cd.sents[k - 1], cd.sents[k - 2]
            p = max((c for c in found if c.end <= mid.start_char), key=lambda c: c.end, default=None)
            if p is None or p.claimant != q.claimant or p.quote_type != "direct" or p.sent.start_char != tag.start_char or \
                    not 0 <= p.cue_i < len(self.doc) or not p.end <= self.doc[p.cue_i].idx < tag.end_char or \
                    "\n" in self.text[p.start:q.start] or self.text[tag.start_char:p.start].strip(" “\"'‘") or \
                    any(c.start < mid.end_char and mid.start_char < c.end for c in found) or \
                    any(ch in self.text[mid.start_char:mid.end_char] for ch in "“”\""):
                continue
            pieces = p.pieces + [(q.start, q.end)]
            self.claims.respan(p, pieces[0][0], pieces[-1][1], pieces)
            found.remove(q)

    def ends_on_quote(self, c: ClaimCandidate) -> bool:
        """A direct claim, or a mixed one whose words end on a quotation before its tag ("leaders
        “who ...,” Lee said"; not "Lee said, citing the “cross-sell” drive")."""
        return c.quote_type == "direct" or c.quote_type == "mixed" and any(
            ch in "”\"'" for ch in self.text[c.end - 2 : c.end + 3]) and 0 <= c.cue_i < len(self.doc) and \
            self.doc[c.cue_i].idx >= c.end

    def quote_before(self, lo: int) -> ClaimCandidate | None:
        """The claim that ends last before `lo`, when it is a direct quote of a known speaker tagged
        in the sentence right before `lo`, in the same paragraph."""
        p = max((c for c in self.claims.found if c.end <= lo), key=lambda c: c.end, default=None)
        if p is None or p.claimant is None or not self.ends_on_quote(p) or p.sent.end_char > lo or \
                self.text[p.sent.end_char:lo].strip() or "\n" in self.text[p.end:lo] or \
                not 0 <= p.cue_i < len(self.doc) or self.doc[p.cue_i].idx < p.sent.start_char:
            return None
        return p

    def opening_quote(self, c: ClaimCandidate) -> ClaimCandidate | None:
        """The direct claim of the same speaker that opens the sentence of `c`'s cue and ends before it."""
        cue_at = self.doc[c.cue_i].idx
        for f in self.claims.found:
            if f is c or f.quote_type != "direct" or f.claimant != c.claimant or f.claimant is None:
                continue
            if f.sent.start_char == c.sent.start_char and f.end <= cue_at and \
                    not self.text[c.sent.start_char:f.start].strip(" “\"'‘\n"):
                return f
        return None
