"""Direct speech no cue pattern took: a quotation attributed by a speaker tag in its sentence
("“Y,” said X", "X said: “Y”"), or with no tag to the speaker of a neighbouring sentence;
and the second half of a quote split around its tag ("“Y,” X said, “Z”")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .claim_candidates import ClaimCandidate, quote_may_continue
from .claim_collector import ClaimCollector
from .claim_doc import SUBJECT_DEPS, ClaimDoc, ClaimDocReader, is_punct
from .late_tags import late_tag
from .lexicon.claimants import DASHES
from .lexicon.cues import CUE_FORMS, HEDGE_LEMMAS, MISREAD_TAG_LEMMAS, OUTCRY_LEMMAS, QUOTE_TAG_LEMMAS
from .misplaced_speakers import name_after_quote_tag
from .quotes import QUOTE_CHARS, is_not_speech
from .speaker_changes import new_speaker_between
from .speaker_nouns import aged

DASH_CUE = "―"  # the cue of "“Y” ― Jane Doe"
# verbs that end a lead-in without introducing words ("it gets better:", "NBC News has proof:")
_NOT_LEAD_INS = {"be", "have", "get"}
_TITLE_SMALL_WORDS = {"the", "a", "an", "of", "on", "in", "and", "with", "for", "to", "at"}


class QuotedSpeech(ClaimDocReader):
    """Runs after the cue patterns: only quotations they left are its to take."""

    def __init__(self, cd: ClaimDoc, claims: ClaimCollector):
        super().__init__(cd)
        self.claims = claims
        self.claimants = claims.claimants

    def direct_speech(self) -> None:
        """Quotations not yet inside a claim: find the speaker by a tag or a neighbour."""
        self.join_split_quotes()
        covered = [(c.start, c.end) for c in self.claims.found]
        for q in self.quotes:
            if any(s < q[1] and q[0] < e for s, e in covered):
                continue
            qs = self.doc.char_span(q[0], q[1], alignment_mode="expand")
            if qs is None:
                continue
            if is_not_speech(self.text[q[0]:q[1]]) or self.continues_quote(q, qs) or self.names_a_show(qs):
                continue
            words = [t for t in qs if not is_punct(t)]
            first, last = qs[0], qs[-1]
            whole = qs.start == self.sents[self.sent_of[first.i]].start + 1 or \
                self.doc[first.i - 1].is_sent_start or first.is_sent_start
            if not words:
                continue
            ks, ke = self.sent_of[first.i], self.sent_of[last.i]
            s_start, s_end = self.sents[ks], self.sents[ke]
            lo, hi = self.clause_bounds(s_start.start, first.i, last.i, s_end.end)
            whole = whole or lo >= first.i - 1
            before = [t for t in self.doc[lo:first.i] if not is_punct(t) and self.qidx[t.i] < 0]
            after = [t for t in self.doc[last.i + 1:hi] if not is_punct(t) and self.qidx[t.i] < 0]
            tag = self.outcry(first)
            for n, t in enumerate(after[:14] if tag is None else []):
                if self.cd.cue_lemma(t) is not None and not any(c.dep_ == "neg" and self.qidx[c.i] < 0 for c in t.children):
                    tag = t  # a "not" inside the quote ("“Absolutely not,” he said") negates no tag
                    break
                if n >= 7 and t.pos_ in ("VERB", "AUX"):
                    break  # past 8 words only a long name ("X, director of Y, said") may stand first
            if tag is None and len(after) > 14:
                tag = late_tag(self.cd, after)  # "“Y,” Roe, the ... [20 words], said"
            if tag is None and whole:
                tag = self.manner_tag(q, last.i)
            read_by = read_from = None
            if tag is None or self.speaker_of_tag(tag) is None:
                found = self.read_tag(q, last.i) or self.misread_tag(q, last.i)
                if found is not None and (tag is None or found[0] == tag):
                    tag, read_by, read_from = found
            colon = False
            p = first.i - 2
            while p > 0 and self.doc[p].is_space and "\n" not in self.doc[p].text:
                p -= 1  # "Roe resisted:  “Y”": a double space is a token of its own
            prev_tok = self.doc[p] if p >= 0 else None
            lead, across = before, False
            if p > 0 and prev_tok is not None and prev_tok.is_space and self.doc[p - 1].text == ":":
                # "Cruz continued:\n\n“Y”": the lead-in closes the paragraph before; the parse
                # may end its sentence at the colon or at the paragraph break
                prev_tok, across = self.doc[p - 1], True
                if not before:
                    lead = [t for t in self.sents[self.sent_of[p - 1]]
                            if t.i < p - 1 and not is_punct(t) and self.qidx[t.i] < 0]
            introduced = prev_tok is not None and prev_tok.text in (":", ",") and not after
            if tag is None and lead and introduced:
                tag = self.introducing_verb(lead)
                if across and tag is not None and (tag.lemma_.lower() in _NOT_LEAD_INS or (
                        who := self.speaker_of_tag(tag)) is not None and who.pos_ == "PRON"):
                    # "Wait, it gets better:", "NBC News has proof:"; a pronoun ("She went on to
                    # say:") is better resolved by the neighbouring quotes' speaker
                    tag = None
                if tag is None and (inv := self.inverted_lead(lead)) is not None:
                    tag, read_by, read_from = inv  # "Stated Stone:", "Said Ellis:"
            if len(words) < 3 and not whole and not (introduced and tag is not None) and \
                    (tag is None or self.cd.cue_lemma(tag) is not None):
                continue  # a short quoted phrase: a name or a scare quote, unless a tag gives it
            if tag is None and before:
                colon = prev_tok is not None and prev_tok.text == ":"
                for t in reversed(before):
                    if self.cd.cue_lemma(t) is not None and not any(c.dep_ == "neg" for c in t.children):
                        tag = t
                        break
                if tag is not None and not colon and len(before) > 8 and not self.tag_right_before(tag, first):
                    tag = None
            # (before it, at most the name of the last such attribution: "“X” ― Ana Ruiz “Y” ― Jo Li")
            # (nor the rest of a quote after a quoted word in it: "“I’d live in what he calls “hell” than ...”")
            nested = first.i >= 2 and self.qidx[first.i - 2] >= 0
            if tag is None and all(t.pos_ == "PROPN" for t in before) and (
                    not before and not nested or self.text[q[0] - 1 : q[0]] in ("“", "\"")) and \
                    (speaker := self.dash_speaker(last.i)) is not None:
                # "“Y” ― Jane Doe": HuffPost-style attribution after a dash
                who, entity, pron = self.claimants.claimant_of(speaker)
                glued = self.doc[speaker.i - 1].text
                if who and glued[:1] in "―—–-" and glued[1:2].isupper() and not who.startswith(glued):
                    who = glued + " " + who  # "-Ana" tagged apart from "Ruiz"
                who = who.lstrip("―—–-") if who else who
                self.claims.add(s_end, *self.cd.trim(q), cue=DASH_CUE, qtype="direct", cue_i=speaker.i - 1,
                                claimant=(who, entity.lstrip("―—–-") if entity else entity, pron))
                continue
            # a quoted phrase inside a sentence with no cue (a name, a scare quote) is no claim;
            # a quote that opens a sentence and ends in a colon is ("‘Quote’: who said it")
            heads_colon = not before and last.i + 1 < len(self.doc) and any(
                x.text == ":" for x in self.doc[last.i + 1 : last.i + 3])
            if tag is None and (before or after) and not (
                    colon or heads_colon or (not after and len(before) <= 3)):
                continue
            sp = self.cd.trim(q)
            sent = s_end if tag is not None and tag.i > last.i else s_start
            if tag is not None:
                who = read_by or self.speaker_of_tag(tag)
                if who is None:
                    who = self.cd.inverted_subject(tag) or self.compound_subject(tag)
                claimant = self.claimants.claimant_of(who) if who is not None else (None, None, False)
                if read_by is not None and read_from is not None:  # the source as written: "the two"
                    claimant = (self.text[read_from.idx : read_by.idx + len(read_by.text)], claimant[1], False)
                if who is None and (run := name_after_quote_tag(tag, self.qidx)) is not None:
                    # "“Y,” tweeted Rubio spokesman Alex Conant": the parse hung the name elsewhere
                    surface = self.text[run[0].idx : run[1].idx + len(run[1].text)]
                    claimant = (surface, self.claimants.claimant_of(run[1])[1], False)
                cue = tag.text.lower()
                hedge = (self.cd.cue_lemma(tag) or "") in HEDGE_LEMMAS
                self.claims.add(sent, *sp, cue=cue, qtype="direct", cue_i=tag.i, claimant=claimant, hedged=hedge)
            else:
                if self.joins_previous_quote(sp):
                    continue
                named = self.name_before_colon(first) if colon else None
                if named is not None:  # "IOWA POLLS WRONG - Jane Roe and Tom Lee: “Y”"
                    surface = self.text[named[0].idx : named[1].idx + len(named[1].text)]
                    claimant = (surface, self.claimants.claimant_of(named[1])[1], False)
                    self.claims.add(sent, *sp, cue=":", qtype="direct", cue_i=named[1].i + 1, claimant=claimant)
                    continue
                claimant = self.claimants.speaker_after_quote(q) or self.claimants.neighbour_speaker(ks, ke)
                c = self.claims.add(sent, *sp, cue="quoted", qtype="direct", cue_i=first.i, claimant=claimant)
                if claimant[0] is None:
                    c.cue = "quoted"
        self.join_split_quotes()

    def clause_bounds(self, start: int, first: int, last: int, end: int) -> tuple[int, int]:
        """The quote's sentence cut where the parse ran one on: at a line break ("...\n“Y.”\nWatch
        the ad") and at a full stop just before the quote ("said Ann Lee, of Ohio. “Y”")."""
        lo = first - 1
        while lo > start and "\n" not in self.doc[lo - 1].text and not (
                self.doc[lo - 1].text in (".", "!", "?") and self.qidx[lo - 1] < 0 and lo - 1 == first - 2):
            lo -= 1
        hi = last + 1
        while hi < end and "\n" not in self.doc[hi].text:
            hi += 1
        return lo, hi

    def join_split_quotes(self) -> None:
        """ "“A,” she said, “B.”" found as two claims of one tag (a pattern took B as the tag's
        clause, the tag search gave A the same tag): one claim, A and B its parts."""
        by_cue: dict[int, list[ClaimCandidate]] = {}
        for c in self.claims.found:
            if c.quote_type == "direct" and not c.parts and 0 <= c.cue_i < len(self.doc):
                by_cue.setdefault(c.cue_i, []).append(c)
        for cue_i, cs in by_cue.items():
            at = self.doc[cue_i].idx
            before = [c for c in cs if c.end <= at]
            after = [c for c in cs if c.start > at]
            if len(before) != 1 or len(after) != 1:
                continue
            a, b = before[0], after[0]
            opening = self.doc.char_span(a.sent.start_char, a.start, alignment_mode="expand") or []
            if any(not is_punct(t) for t in opening):
                continue  # A must open its sentence: "X said, “A,” adding that “B”" is two claims
            between = self.doc.char_span(a.end, b.start, alignment_mode="expand") or []
            words = [t for t in between if not is_punct(t)]
            b_words = [t for t in self.doc.char_span(b.start, b.end, alignment_mode="expand") or [] if not is_punct(t)]
            aside = bool(b_words) and len(words) <= 25 and self.goes_on_after_aside(a, b_words[0], words)
            if not aside and (len(words) > 12 or any(self.qidx[t.i] >= 0 or t.pos_ == "VERB" and t.i != cue_i
                                                     for t in words)):
                continue  # "“A,” he said before adding: “B”" is two claims
            a.parts = [(a.start, a.end), (b.start, b.end)]
            a.content = " ".join(self.text[x:y] for x, y in a.parts)
            a.end = b.end
            self.claims.found.remove(b)

    def names_a_show(self, qs: Span) -> bool:
        """ "said on CBS’s “Face the Nation”", "appearing on “Meet the Press,”": a short quoted
        title after "on" or a possessive names a programme or a book, not words spoken."""
        words = [t for t in qs if not is_punct(t)]
        k = qs.start - 1
        while k >= 0 and is_punct(self.doc[k]):  # the opening quote mark
            k -= 1
        if not words or len(words) > 6 or k < 0 or self.doc[k].lower_ not in ("on", "'s", "’s"):
            return False
        return words[0].text[:1].isupper() and all(
            t.text[:1].isupper() or t.lower_ in _TITLE_SMALL_WORDS or not t.is_alpha for t in words)

    def name_before_colon(self, first: Token) -> tuple[Token, Token] | None:
        """ "HEADLINE - Jane Roe and Tom Lee: “Y”", "- More from Roe: “Y”": a quote after a colon
        whose lead-in, after a dash (or opening the sentence, then a known name), is only names.
        The first and last word of the names."""
        k = first.i - 1
        while k >= 0 and (self.doc[k].is_space or self.doc[k].text in QUOTE_CHARS):
            k -= 1
        if k < 1 or self.doc[k].text != ":" or self.doc[k - 1].pos_ != "PROPN":
            return None
        start = k - 1
        while start - 1 >= 0 and not self.doc[start].is_sent_start and (
                self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].text[:1] not in DASHES or
                self.doc[start - 1].lower_ == "and"):
            start -= 1
        lead = start
        while lead - 1 >= 0 and not self.doc[lead].is_sent_start and \
                self.doc[lead - 1].lower_.lstrip("".join(DASHES)) in ("more", "from") and start - lead < 2:
            lead -= 1
        head = self.doc[lead]
        dashed = head.text[:1] in DASHES and head.i < start or lead >= 1 and self.doc[lead - 1].text in DASHES
        # a sentence that opens with the names: only a known name ("Donald Trump:"), no headline
        known = head.is_sent_start and all(t.ent_type_ in ("PERSON", "ORG") or t.lower_ == "and" for t in self.doc[start:k])
        if self.doc[start].lower_ == "and" or self.qidx[start] >= 0 or not (dashed or known):
            return None
        return self.doc[start], self.doc[k - 1]

    def dash_speaker(self, last: int) -> Token | None:
        """The name after a dash closing a quotation ("“Y.” ― Jane Doe", "“Y.”\n\n- Jane Doe, Ohio."), or None."""
        k = last + 1
        while k < len(self.doc) and (self.doc[k].text in ("”", '"', "''", ".", ",") or self.doc[k].is_space):
            k += 1
        if k + 1 >= len(self.doc):
            return None
        glued = self.doc[k].text[:1] in ("―", "—", "–", "-") and self.doc[k].text[1:2].isupper()
        if self.doc[k].text.lstrip("”\"") not in ("―", "—", "–", "-", "--") and not glued:
            return None  # ("”―" can be one token, and so can "-Jane" at a paragraph's start)
        j = k + 1 + (self.doc[k + 1].is_space and k + 2 < len(self.doc))  # ("―\xa0Jane Doe": a no-break space)
        name = self.doc[k] if glued and self.doc[k].pos_ == "PROPN" else self.doc[j]
        if name.pos_ != "PROPN" or self.qidx[name.i] >= 0:
            return None
        while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
            name = name.head
        return name

    def outcry(self, first: Token) -> Token | None:
        """ "a man yelled “Stay there!”", "protesters chanting "Dump Trump"": a verb of shouting
        right before a quotation, with a speaker, tags it however short the quote."""
        k = first.i - 1
        while k >= 0 and is_punct(self.doc[k]):
            k -= 1
        if k < 0 or first.i - k > 3 or self.qidx[k] >= 0:
            return None
        v = self.doc[k]
        if v.pos_ != "VERB" or v.lemma_.lower() not in OUTCRY_LEMMAS or any(c.dep_ == "neg" for c in v.children):
            return None
        who = self.speaker_of_tag(v)
        return v if who is not None and self.qidx[who.i] < 0 else None

    def right_before(self, tag: Token, first: Token) -> bool:
        """ "..., Roe wrote “Y”", "..., saying, “Y”": the cue word stands right before the quote,
        only punctuation between, so a long lead-in does not part them."""
        return tag.i < first.i and all(is_punct(t) for t in self.doc[tag.i + 1:first.i])

    def tag_right_before(self, tag: Token, first: Token) -> bool:
        """A verb of saying right before the quote, with its speaker found before it, tags the
        quote however long the lead-in ("Later that day, Roe shared a photo, writing “Y”");
        not a verb of naming ("a site called “Y”")."""
        if self.cd.cue_lemma(tag) not in QUOTE_TAG_LEMMAS or not self.right_before(tag, first):
            return False
        who = self.speaker_of_tag(tag)
        return who is not None and who.i < tag.i and self.qidx[who.i] < 0

    def speaker_of_tag(self, tag: Token) -> Token | None:
        """The subject of the tag; when the parse gives none outside the quote (it made the quote
        the head: "X shared a photo, writing “Y”", or the tag an aside: "X, noting Z, said, “Y”"),
        the subject of the clause the tag follows."""
        who = self.cd.subject(tag)
        if who is not None and self.qidx[who.i] < 0:
            return who
        if tag.dep_ == "parataxis" and self.qidx[tag.head.i] < 0:
            return self.cd.subject(tag.head)
        if tag.dep_ == "pcomp" and tag.head.lower_ == "by" and tag.head.head.pos_ == "VERB":
            # "she responded by saying, “Y”": the subject of the verb the manner hangs on
            return self.cd.subject(tag.head.head)
        root = self.sents[self.sent_of[tag.i]].root
        after_clause = tag.tag_ == "VBG" and self.doc[tag.i - 1].text == "," or \
            tag.dep_ != "ROOT" and self.qidx[tag.head.i] >= 0
        if after_clause and root.i < tag.i and self.qidx[root.i] < 0 and root.pos_ in ("VERB", "AUX"):
            return self.cd.subject(root)
        return who

    def introducing_verb(self, before: list[Token]) -> Token | None:
        """ "Noah quipped, “Y.”", "as Smith put it, “Y.”", "saying at one point: “Y.”": a quote
        that ends its sentence after a comma or colon is spoken by the subject of the nearest
        verb before it, whatever the verb."""
        for t in reversed(before[-6:]):
            if t.pos_ not in ("VERB", "AUX") and self.cd.cue_lemma(t) is None or t.dep_ == "amod":
                continue  # (nor "the following statement:")
            if any(c.dep_ == "neg" for c in t.children) and self.cd.cue_lemma(t) is None:
                return None
            who = self.speaker_of_tag(t)
            return t if who is not None and self.qidx[who.i] < 0 else None
        return None

    def inverted_lead(self, lead: list[Token]) -> tuple[Token, Token, Token] | None:
        """ "Stated Stone:", "Said Ellis:": a lead-in of a verb of saying and a name only (the
        parse takes the verb for part of the name). The verb, the name's last and first word."""
        if len(lead) < 2 or not lead[0].is_sent_start or CUE_FORMS.get(lead[0].lower_) not in QUOTE_TAG_LEMMAS:
            return None
        if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in lead[1:]):
            return None
        return lead[0], lead[-1], lead[1]

    def word_after_quote(self, last: int) -> int | None:
        """The first word after a quotation's closing marks, on the same line and outside quotes."""
        k = last + 1
        while k < len(self.doc) and is_punct(self.doc[k]) and "\n" not in self.doc[k].text:
            k += 1
        if k >= len(self.doc) or k - last > 3 or self.qidx[k] >= 0:
            return None
        return k

    def manner_tag(self, q: tuple[int, int], last: int) -> Token | None:
        """ "“Y,” he joked.", "“Y?” Smith shot back": a quotation that stops on a comma, "?" or
        "!" and is followed at once by a subject and a verb has its speaker there, whatever the
        verb (the cue list need not know every manner of speaking). The parse may make the tag a
        sentence of its own: then it must be short ("Okafor continued.")."""
        if self.text[q[0]:q[1]].rstrip(" \"“”'’")[-1:] not in (",", "?", "!", "—", "–"):
            return None
        k = self.word_after_quote(last)
        if k is None:
            return None
        tail_sent = self.sents[self.sent_of[k]]
        tail = [t for t in self.doc[k:min(k + 4, tail_sent.end)] if not is_punct(t)]
        # a long tail sentence is a tag only with a verb of saying ("Roe told reporters on a call")
        if self.sent_of[k] != self.sent_of[last] and sum(not is_punct(t) for t in tail_sent) > 6:
            tail = [t for t in tail if self.cd.cue_lemma(t) is not None or t.pos_ != "VERB"]
        for t in tail:
            if t.pos_ in ("SCONJ", "ADP", "CCONJ", "PART"):
                return None  # "“a rush to judgment,” because X can ..." is no tag
            if t.pos_ != "VERB" or any(c.dep_ == "neg" for c in t.children):
                continue
            who = self.cd.subject(t) or self.cd.inverted_subject(t) or self.compound_subject(t)
            if who is not None and (who.pos_ in ("PROPN", "PRON", "NOUN") or who.is_title) and k <= who.i < k + 4:
                return t
        return None

    def compound_subject(self, v: Token) -> Token | None:
        """ "“Y,” Trump barked and ...": the parse made the name a compound of the verb."""
        prev = self.doc[v.i - 1] if v.i > 0 else None
        if prev is not None and prev.pos_ == "PROPN" and prev.dep_ == "compound" and prev.head.i == v.i:
            return prev
        return None

    def read_tag(self, q: tuple[int, int], last: int) -> tuple[Token, Token, Token] | None:
        """ "“Y,” the email read.", "“Y,” read one.": the words of a text, whose source stands
        right before or after "read" (the tagger often takes this "read" for a noun, so the
        manner tag misses it). Returns the tag, the source's head and its first word."""
        if self.text[q[0]:q[1]].rstrip(" \"“”'’")[-1:] not in (",", "?", "!"):
            return None
        k = self.word_after_quote(last)
        if k is None:
            return None
        sent = self.sents[self.sent_of[k]]
        rest = [t for t in self.doc[k:sent.end] if not t.is_space]
        if rest and is_punct(rest[-1]):
            rest = rest[:-1]
        if not 2 <= len(rest) <= 4:
            return None  # the whole tag is "<source> read" or "read <source>", nothing more
        if rest[-1].lower_ in ("read", "reads"):
            tag, source = rest[-1], rest[:-1]
        elif rest[0].lower_ in ("read", "reads"):
            tag, source = rest[0], rest[1:]
        else:
            return None
        head = source[-1]
        if head.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "ADJ") or any(t.pos_ in ("VERB", "AUX", "ADP") for t in source):
            return None
        return tag, head, source[0]

    def misread_tag(self, q: tuple[int, int], last: int) -> tuple[Token, Token, Token] | None:
        """ "“Y,” the two write.", "“Y,” Conway notes.", "“Y?” a voice-over in the ad asks": a
        verb of saying after a short source, which the tagger took for a noun (or whose subject
        it made a compound). Returns the tag, the source's last word before a preposition and its
        first word."""
        if self.text[q[0]:q[1]].rstrip(" \"“”'’")[-1:] not in (",", "?", "!"):
            return None
        k = self.word_after_quote(last)
        if k is None:
            return None
        end = self.sents[self.sent_of[k]].end
        tag = next((t for t in self.doc[k + 1 : min(end, k + 8)] if (CUE_FORMS.get(t.lower_) or (
            t.lemma_.lower() if t.pos_ == "VERB" else None)) in MISREAD_TAG_LEMMAS), None)
        if tag is None:
            return None
        source = list(self.doc[k:tag.i])
        lead = source[:next((n for n, t in enumerate(source) if t.pos_ == "ADP"), len(source))]
        if any(t.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP", "PUNCT") and t.tag_ != "POS" or
               t.text in QUOTE_CHARS for t in source) or \
                not lead or lead[-1].pos_ not in ("NOUN", "PROPN", "NUM") and not aged(lead[-1]):
            return None
        if any(c.dep_ in SUBJECT_DEPS and c.i != lead[-1].i for c in tag.children):
            return None  # a subject of its own: not this source's tag
        after = self.doc[tag.i + 1] if tag.i + 1 < end else None
        if after is not None and not is_punct(after) and after.pos_ not in ("ADP", "ADV", "PROPN"):
            return None  # "“Y,” the state notes show": no tag
        return tag, lead[-1], lead[0]

    def continues_quote(self, q: tuple[int, int], qs: Span) -> bool:
        """ "“A,” she said, “B.”": the second part belongs to the claim of the first."""
        k = self.sent_of[qs[0].i]
        for c in self.claims.found:
            if c.quote_type != "direct" or not (0 <= c.cue_i < len(self.doc)) or c.cue == DASH_CUE:
                continue
            if self.sent_of[c.cue_i] != k or not (c.end <= self.doc[c.cue_i].idx < q[0]):
                continue
            between = self.doc.char_span(c.end, q[0], alignment_mode="expand")
            if between is None:
                continue
            words = [t for t in between if not is_punct(t)]
            if len(words) > (25 if self.goes_on_after_aside(c, qs[0], words) else 6) or \
                    any(self.qidx[t.i] >= 0 for t in words) or \
                    new_speaker_between(self.cd, words, c.cue_i):  # "as a heckler yelled: “B”"
                continue
            sp = self.cd.trim(q)
            first = c.parts[0] if c.parts else (c.start, c.end)
            c.parts = [first, sp]
            c.content = " ".join(self.text[a:b] for a, b in c.parts)
            c.end = sp[1]
            return True
        return False

    def goes_on_after_aside(self, c: ClaimCandidate, first: Token, between: list[Token]) -> bool:
        """ "“The risk,” said Ann Lee, an economist who runs X, “is that ...”": a second part in
        lower case right after a comma goes on with the first's sentence, however long the
        speaker's description between; not after a second act ("..., explaining why, “but")."""
        mark = first.i - 1
        while mark > 0 and self.doc[mark].text in QUOTE_CHARS | {"''"}:
            mark -= 1
        return first.is_lower and "," in self.text[c.end - 2 : c.end + 2] and self.doc[mark].text == "," and \
            not any(t.pos_ == "VERB" and t.i != c.cue_i and not any(a.dep_ == "relcl" for a in [t, *t.ancestors])
                    for t in between)

    def joins_previous_quote(self, sp: tuple[int, int]) -> bool:
        """ "“A,” he said. “B. C.”": an untagged quote that follows the same speaker's quote in
        its paragraph, with nothing between but that claim's tag sentence, continues that
        claim's content. The tag may hold a quoted name or a claim of its own ("said Ann Lee,
        who said she would vote, a "No-Tax" campaigner."); a second tag sentence ("She
        continued: ...") starts a new claim."""
        prev = [c for c in self.claims.found if c.end <= sp[0] and quote_may_continue(c, self.claims.found)]
        if not prev:
            return False
        c = max(prev, key=lambda c: c.end)
        if c.claimant is None or c.cue == DASH_CUE or "\n" in self.text[c.end:sp[0]]:
            return False  # the name after a dash closes its quote's attribution
        tag_sent = self.sent_of[c.cue_i] if 0 <= c.cue_i < len(self.doc) else -1
        between = self.doc.char_span(c.end, sp[0], alignment_mode="expand") or []
        if any(not is_punct(t) and self.sent_of[t.i] != tag_sent for t in between) or \
                new_speaker_between(self.cd, [t for t in between if not is_punct(t)], c.cue_i):
            return False  # (nor after another speaker's act: "Roe said, and her brother cut in. “B”")
        c.parts = c.pieces + [sp]
        c.content = " ".join(self.text[a:b] for a, b in c.parts)
        c.end = sp[1]
        return True
