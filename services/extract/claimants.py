"""Claimant resolution: who a claim's subject or agent token is, as surface text and as a
canonical entity. Pronouns go back to the nearest fitting speaker or named person (with the
genders honorifics gave), "they" to a plural subject, "it" to an organisation; a role noun
to the name in apposition ("the opposition leader, David Okoro")."""

from __future__ import annotations

from spacy.tokens import Token

from services.core.models import Entity

from .claim_candidates import ClaimCandidate
from .claim_doc import SUBJECT_DEPS, ClaimDoc, ClaimDocReader, is_punct
from .entity_set import EntitySet
from .lexicon.claimants import (
    DASHES,
    HONORIFIC_GENDER,
    ISSUED_PIECES,
    ISSUING_LEMMAS,
    OTHER_PRONOUNS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
)
from .lexicon.cues import ISSUED_TEXTS
from .lexicon.kinds import EVIDENCE_SOURCES
from .quotes import is_quote_mark
from .text_authors import author_of

# Dependents that end a claimant's phrase below its head ("Smith, who ..." -> "Smith").
_CUT_DEEP = {"relcl", "acl", "appos", "advcl", "parataxis"}

Claimant = tuple[str | None, str | None, bool]  # (surface, canonical entity, is a pronoun)


class ClaimantResolver(ClaimDocReader):
    """Claimants within one Doc. Remembers the names it has resolved and the genders it has
    seen, so later pronouns can refer back to them."""

    def __init__(self, cd: ClaimDoc, entities: EntitySet, found: list[ClaimCandidate]):
        super().__init__(cd)
        self.ent_span = cd.ent_span
        self.entities = entities
        self.found = found  # the claims found so far: a pronoun may refer to their claimants
        self.named: dict[int, tuple[str, str | None]] = {}  # claimant head -> (surface, entity)
        self.gender: dict[str, str] = {}
        self.personish: set[str] | None = None
        self._entity_of: dict[int, Entity | None] = {}  # token -> entity_for's answer
        self.learn_honorific_genders()

    def claimant_of(self, head: Token) -> tuple[str | None, str | None, bool]:
        """(surface, canonical entity, is_pronoun) for the subject/agent token."""
        low = head.lower_
        relative = low in RELATIVE_PRONOUNS and head.dep_ in SUBJECT_DEPS and head.head.dep_ == "relcl"
        if relative:  # "those who said Y": the antecedent, without the clause of the cue
            head = head.head.head
            low = head.lower_
            issuer = self.issuer_of(head)
            if issuer is not None:
                return self.claimant_of(issuer)
        speaker = self.name_after_dateline(head)
        if speaker is not None:
            return self.claimant_of(speaker)
        if low in PERSON_PRONOUNS:
            g = "m" if low in ("he", "him", "his") else "f"
            # "Rubio, who he dubbed “the little senator”": a relative clause's subject is not
            # the noun the clause hangs on
            # (a name only: "Trump's appearance, in which he said" is still Trump's)
            ante = head.head.head if head.dep_ in SUBJECT_DEPS and head.head.dep_ == "relcl" else None
            skip = range(ante.left_edge.i, ante.i + 1) if ante is not None and ante.pos_ == "PROPN" else range(0)
            found = self.recent_person(head.i, g, skip)
            if found is not None:
                self.gender.setdefault(found[1] or found[0], g)
                return found[0], found[1], True
            return head.text, None, True
        if low in ("their", "them"):  # "their claim that Y"
            low = "they"
        if low == "they":
            group = self.recent_plural_subject(head.i)
            if group is not None:
                return self.claimant_of(group)
        if low == "they" or low == "it":
            prev = self.recent_claimant(head.i, want_org=(low == "it"))
            if prev is not None:
                return prev[0], prev[1], True
            return head.text, None, True
        if low in OTHER_PRONOUNS:
            return head.text, None, True
        if head.pos_ != "PROPN" or self.names_a_group(head):
            # "The ranking Democrat on the committee, Rep. Maria Lopez of Texas, said": the name
            # in apposition, or parsed as a second subject of the cue
            twin = next((c for c in head.head.children if c.i > head.i and c.dep_ == head.dep_ and
                         c.dep_ in SUBJECT_DEPS and c.pos_ == "PROPN"), None)
            if twin is not None and (e := self.entity_for(twin)) is not None and e.type == "PERSON":
                return self.claimant_of(twin)
            named = self.appositive_name(head)
            if named is not None:
                self.named[head.i] = (named[0], named[1])
                return named
        cut = {"appos", "relcl", "acl", "punct", "advcl", "parataxis", "prep"} if head.pos_ == "PROPN" else {
            "appos", "relcl", "acl", "punct", "advcl", "parataxis"}
        if low == "those" and not relative:  # "those surveyed", "those who back her": the clause is all the name
            cut = cut - {"relcl", "acl"}
        idx = {head.i}  # the words kept under the head
        # a name the parse made the root ("Trump charges that Y", noun_tagged_cues.py) heads the
        # sentence: only the words before it are the name's
        stack = [c for c in head.children if c.dep_ not in cut and (c.i < head.i or head.dep_ != "ROOT")]
        while stack:
            c = stack.pop()
            idx.add(c.i)
            stack.extend(g for g in c.children if g.dep_ not in _CUT_DEEP)
        # contiguous run around the head
        lo = head.i
        while lo - 1 in idx:
            lo -= 1
        hi = head.i
        while hi + 1 in idx:
            hi += 1
        if head.ent_iob_ != "O":  # keep a whole named span: "the Department of Health"
            es, ee = self.ent_span[head.i]
            lo, hi = min(lo, es), max(hi, ee - 1)
        if lo > 0 and self.doc[lo - 1].lower_ == "both" and any(self.doc[i].lower_ == "and" for i in range(lo, hi + 1)):
            lo -= 1  # "both X and Y": the parse may hang "both" on the word before it
        toks = self.cd.tokens[lo:hi + 1]
        while toks and is_punct(toks[0]):
            toks = toks[1:]
        while toks and is_punct(toks[-1]):
            toks = toks[:-1]
        if not toks:
            return None, None, False
        surface = self.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
        entity = self.canonical_for(head, surface) or author_of(self, head)
        if head.pos_ == "PROPN":
            self.named[head.i] = (surface, entity)
        return surface, entity, False

    def speaker_of(self, head: Token) -> tuple[str | None, str | None]:
        """(surface, entity) as `claimant_of` gives them, for a comparison only: what it records
        for the pronouns after it (the name, the gender) is undone, as no claim may come of it."""
        named, gender = dict(self.named), dict(self.gender)
        surface, entity, _ = self.claimant_of(head)
        self.named.clear()
        self.named.update(named)
        self.gender.clear()
        self.gender.update(gender)
        return surface, entity

    def name_after_dateline(self, head: Token) -> Token | None:
        """ "Washington (AFP) - Senator Jane Roe said ...", "DOVER, Del. - Jane Roe ...": the
        parse took the wire story's place for the subject; the name after the dash speaks."""
        # (the cheap tests first: few subjects are a name followed by "(" or ",")
        if head.pos_ != "PROPN" or head.i + 1 >= len(self.doc) or self.doc[head.i + 1].text not in ("(", ","):
            return None
        sent = self.sents[self.sent_of[head.i]]
        first = next((x for x in sent if not x.is_space), None)
        if first is None or not (first.i <= head.i <= first.i + 2):
            return None
        dash = next((t for t in self.doc[head.i + 1 : min(sent.end, head.i + 10)] if t.text in DASHES), None)
        # only a place, a state, a date and an agency before the dash: "Smith, who ... - " is no dateline
        if dash is None or any(t.pos_ not in ("PROPN", "PUNCT", "NUM") for t in self.doc[head.i + 1 : dash.i]):
            return None
        for t in self.doc[dash.i + 1 : min(sent.end, dash.i + 8)]:
            if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "ORG", "NORP"):
                while t.i + 1 < sent.end and self.doc[t.i + 1].pos_ == "PROPN" and self.doc[t.i + 1].ent_type_ == t.ent_type_:
                    t = self.doc[t.i + 1]
                return t
            if t.pos_ in ("VERB", "AUX"):
                break
        return None

    def issuer_of(self, text: Token) -> Token | None:
        """ "Sen. Rand Paul has released a Web video that accuses X": who put out the text the
        relative clause's cue hangs on speaks through it (a name or a speaker, not "it")."""
        if text.pos_ != "NOUN" or text.lemma_.lower() not in ISSUED_TEXTS | EVIDENCE_SOURCES | ISSUED_PIECES:
            return None
        v = text.head if text.dep_ == "dobj" else text.head.head if text.dep_ == "pobj" and text.head.dep_ == "prep" else None
        if v is None or v.lemma_.lower() not in ISSUING_LEMMAS:
            return None
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        # (a name only: "He released a letter from his doctor that says Y" is the doctor's)
        return subj if subj is not None and self.qidx[subj.i] < 0 and subj.pos_ == "PROPN" else None

    def names_a_group(self, head: Token) -> bool:
        """A capitalised role that is no person's name: "the ranking Democrat", "a Republican"."""
        e = self.entity_for(head)
        return e is None or e.type == "NORP"

    def appositive_name(self, head: Token) -> tuple[str, str | None, bool] | None:
        """ "The opposition leader, David Okoro": the name in apposition to a role noun."""
        for t in head.subtree:
            if t.dep_ != "appos" or t.pos_ != "PROPN" or t.i < head.i:
                continue
            if any(a.dep_ in ("relcl", "acl") and a.left_edge.i <= t.i <= a.right_edge.i
                   for a in head.subtree if a.i < t.i):
                continue
            lo = hi = t.i
            while lo - 1 >= 0 and self.doc[lo - 1].pos_ == "PROPN":
                lo -= 1
            while hi + 1 < len(self.doc) and self.doc[hi + 1].pos_ == "PROPN" and \
                    self.doc[hi + 1].dep_ in ("appos", "compound", "flat"):
                hi += 1
            name = self.doc[lo:hi + 1]
            e = None
            for x in reversed(name):
                e = self.entity_for(x)
                if e is not None:
                    break
            if e is not None and e.type != "PERSON":
                continue
            return name.text, e.name if e else self.entities.canonical(name.text), False
        return None

    def canonical_for(self, head: Token, surface: str) -> str | None:
        e = self.entity_for(head)
        if e is not None:
            return e.name
        name = surface
        for art in ("the ", "The "):
            if name.startswith(art):
                name = name[len(art):]
        return self.entities.canonical(surface) or self.entities.canonical(name)

    def entity_for(self, head: Token) -> Entity | None:
        """The entity the token names, if any. A claimant, its canonical name and a pronoun's walk
        back ask it of the same few tokens again and again, so each answer is kept (the entity set
        is not changed once the claims read it)."""
        known = self._entity_of
        if head.i not in known:
            known[head.i] = self._find_entity(head)
        return known[head.i]

    def _find_entity(self, head: Token) -> Entity | None:
        e = self.entities.entity_at(head.idx, head.idx + len(head.text))
        if e is not None:
            if e.type == "PERSON" and " " not in e.name:
                fuller = [x for x in getattr(self.entities, "entities", []) if x.type == "PERSON"
                          and x.name != e.name and x.name.split()[-1] == e.name]
                if len(fuller) == 1:
                    return fuller[0]
            if e.type in ("PERSON", "ORG") or head.pos_ == "PROPN":
                return e
            return None
        if head.pos_ == "PROPN" and head.text[:1].isupper():
            # a surname alone: the one PERSON whose name ends with it
            found = [x for x in getattr(self.entities, "entities", []) if x.type == "PERSON"
                     and x.name.split()[-1] == head.text]
            if len(found) == 1:
                return found[0]
        return None

    def recent_person(self, i: int, gender: str, skip: range = range(0)) -> tuple[str, str | None] | None:
        """The person a he/she most likely refers to: the nearest named speaker or PERSON
        mention before it (outside quotes) whose known gender does not conflict."""
        lo = max(0, i - 400)
        # (up to 400 words back: the part of speech read from the list, the Token taken from
        # the ones made, for the few words that may name someone)
        pos, tokens = self.cd.words.pos, self.cd.tokens
        for j in range(i - 1, lo - 1, -1):
            if self.qidx[j] >= 0 or j in skip:
                continue
            cand = self.named.get(j)
            if cand is None and pos[j] != "PROPN" and pos[j] != "NOUN":
                continue
            t = tokens[j]
            if cand is not None and cand[1] is not None:
                e = self.entity_for(t)
                if e is not None and not self.is_person(e):
                    continue
            if cand is None:
                if pos[j] != "PROPN" and not (pos[j] == "NOUN" and t.text[:1].isupper()):  # "Trump" tagged a noun
                    continue
                e = self.entity_for(t)
                if e is None or not self.is_person(e):
                    continue
                cand = (e.name, e.name)
            known = self.gender.get(cand[1] or cand[0])
            if known and known != gender:
                continue
            return self.subject_before(j, gender) or cand
        return None

    def subject_before(self, j: int, gender: str) -> tuple[str, str | None] | None:
        """A person in subject position earlier in the sentence of token j, when j is not the
        subject: "Maria Lopez met Tom Reyes. She said ..." refers to Lopez."""
        t = self.doc[j]
        if t.dep_ in SUBJECT_DEPS or (t.dep_ in ("compound", "flat") and t.head.dep_ in SUBJECT_DEPS):
            return None
        sent = self.sents[self.sent_of[j]]
        pos = self.cd.words.pos
        for k in range(sent.start, j):
            if pos[k] != "PROPN":
                continue
            x = self.cd.tokens[k]
            if x.dep_ not in SUBJECT_DEPS or self.qidx[k] >= 0:
                continue
            e = self.entity_for(x)
            if e is None or not self.is_person(e):
                continue
            known = self.gender.get(e.name)
            if known and known != gender:
                continue
            return self.named.get(k) or (e.name, e.name)
        return None

    def is_person(self, e: Entity) -> bool:
        """PERSON, or tagged PERSON by the NER at some mention (the vote may have said ORG)."""
        if e.type == "PERSON":
            return True
        if self.personish is None:
            self.personish = set()
            for t in self.doc:
                if t.ent_type_ == "PERSON" and t.pos_ == "PROPN":
                    x = self.entities.entity_at(t.idx, t.idx + len(t.text))
                    if x is not None:
                        self.personish.add(x.name)
        return e.name in self.personish

    def learn_honorific_genders(self) -> None:
        lower = self.cd.words.lower
        # the honorifics among the article's distinct words first (most have none): half the tests
        genders = {low: g for low in set(lower) if (g := HONORIFIC_GENDER.get(low.rstrip("."))) is not None}
        if not genders:
            return
        for i, low in enumerate(lower):
            g = genders.get(low)
            if g is None:
                continue
            t = self.cd.tokens[i]
            for x in self.doc[t.i + 1 : t.i + 4]:
                if x.pos_ != "PROPN":
                    continue
                e = self.entity_for(x)
                if e is not None:
                    self.gender.setdefault(e.name, g)
                    break

    def recent_plural_subject(self, i: int) -> Token | None:
        """ "Regulators opened an inquiry. They said ...": the nearest plural subject before."""
        k = self.sent_of[i]
        cue = self.doc[i].head
        # "Such efforts, they believe, will fail": the subject of the words they frame is not them
        framed = cue.head.i if cue.dep_ == "parataxis" else -1
        for j in range(i - 1, max(-1, i - 80), -1):
            if k - self.sent_of[j] > 1:
                break
            t = self.doc[j]
            if self.qidx[j] < 0 and t.tag_ in ("NNS", "NNPS") and t.dep_ in ("nsubj", "nsubjpass") and \
                    t.head.i != framed:
                return t
        return None

    def recent_claimant(self, i: int, want_org: bool) -> tuple[str, str | None] | None:
        k = self.sent_of[i]
        for c in reversed(self.found):
            if c.claimant and k - self.sent_of[c.sent.start] <= 2 and c.sent.start <= i:
                if want_org and c.claimant_entity is None:
                    continue
                return c.claimant, c.claimant_entity
        if want_org:
            lo = max(0, i - 200)
            for j in range(i - 1, lo - 1, -1):
                t = self.doc[j]
                if self.qidx[j] >= 0 or t.pos_ != "PROPN":
                    continue
                e = self.entities.entity_at(t.idx, t.idx + len(t.text))
                if e is not None and e.type == "ORG":
                    return e.name, e.name
        return None

    def backfill_asides(self, found: list[ClaimCandidate]) -> None:
        """ "Mitt Romney, the 2012 nominee, tweeted: “Y”", "Katie Packer, who chairs the PAC said
        Y": the parse hung the name on the aside and left the cue with no subject. For a claim
        with no claimant whose cue is a finite verb: the name that opens its clause before a comma."""
        for c in found:
            if c.claimant is not None or c.quote_type == "reported" or not 0 <= c.cue_i < len(self.doc):
                continue
            v = self.doc[c.cue_i]
            if v.dep_ == "xcomp" and v.tag_ == "VB" and v.i - v.head.i == 2:
                v = v.head  # "O'Malley, who signed the laws, interjected to say: “Y”"
            # (a past participle too: the parse reads "Romney, the nominee, tweeted" as a
            # participle of the aside)
            if v.pos_ != "VERB" or v.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or v.lemma_.lower() == "ask" or \
                    v.dep_ == "amod" or any(k.dep_ in ("auxpass", "neg") or k.lower_ == "so" for k in v.children):
                continue
            name = self.name_before_aside(v) or self.subject_after_tag(v)
            if name is not None:
                c.claimant, c.claimant_entity, c.subj_pronoun = self.claimant_of(name)

    def subject_after_tag(self, v: Token) -> Token | None:
        """ "“Y,” said the woman, who asked not to be named": the parse made the speaker after
        the tag the subject of the relative clause's verb."""
        if v.i < 2 or not is_quote_mark(self.doc[v.i - 1]) or \
                self.doc[v.i - 2].text not in (",", "?", "!"):
            return None
        j = v.i + 1
        while j < len(self.doc) and self.doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
            j += 1
        head = self.doc[j - 1]
        if j == v.i + 1 or j >= len(self.doc) or self.doc[j].text != "," or head.dep_ not in SUBJECT_DEPS or \
                head.head.i < j or head.pos_ not in ("NOUN", "PROPN"):
            return None
        return head

    def name_before_aside(self, v: Token) -> Token | None:
        sent = self.sents[self.sent_of[v.i]]
        lo = sent.start
        for j in range(v.i - 1, sent.start - 1, -1):
            # the clause opens after a colon or a quote that ends on a comma ("“Y,” Jane Roe, 44,
            # said"), not after a quoted name inside the aside
            t = self.doc[j]
            if t.text in (":", ";") or is_quote_mark(t) and self.doc[j - 1].text in (",", "?", "!"):
                lo = j + 1
                break
        while lo < v.i and (is_punct(self.doc[lo]) or self.doc[lo].is_space):
            lo += 1
        j = lo
        while j < v.i and self.doc[j].pos_ in ("PROPN", "DET", "ADJ", "NOUN") and self.doc[j].text != ",":
            j += 1
        if j == lo or j >= v.i - 1 or self.doc[j].text != "," or v.i - lo > 40:
            return None
        head = self.doc[j - 1]
        if head.pos_ == "PROPN":
            e = self.entity_for(head)
            return head if e is not None and self.is_person(e) or e is not None and e.type == "ORG" else None
        return head if head.pos_ == "NOUN" and self.doc[lo].pos_ == "DET" else None

    def speaker_after_quote(self, q: tuple[int, int]) -> Claimant | None:
        """ "“Power to the people!” the group shouted", "“Will he run?” a staffer wondered": the
        subject of a verb right after a quotation that ends on a comma, "?" or "!" speaks it,
        whatever the verb (a quote tag is looked for among verbs of saying only)."""
        if self.text[q[0]:q[1]].rstrip(" \"“”'’")[-1:] not in (",", "?", "!"):
            return None
        k = q[1]
        while k < len(self.text) and self.text[k] in " \"“”'’,":
            k += 1
        first = self.doc.char_span(k, k + 1, alignment_mode="expand") if k < len(self.text) else None
        if first is None:
            return None
        t0 = first[0]
        if t0.pos_ == "VERB":  # "“Y,” wrote a man calling himself Z"
            who = next((c for c in t0.children if c.dep_ == "nsubj" and c.i > t0.i), None)
        else:
            who = next((t for t in self.doc[t0.i : min(len(self.doc), t0.i + 8)] if t.dep_ in SUBJECT_DEPS
                        and t.left_edge.i == t0.i and t.head.pos_ == "VERB" and t.head.i > t.i), None)
        if who is None or self.qidx[who.i] >= 0 or who.lower_ in ("it", "that", "this", "there") or \
                "\n" in self.text[q[1]:who.idx]:
            return None
        return self.claimant_of(who)

    def neighbour_speaker(self, ks: int, ke: int) -> tuple[str | None, str | None, bool]:
        # the speaker of a claim in the sentence just before (a run of quotes), else the next one
        prev = [c for c in self.found if c.claimant and ks - 2 <= self.sent_of[c.cue_i] < ks]
        if ks > 0 and not any(self.sent_of[c.cue_i] == ks - 1 for c in prev):
            # "Jane Roe agreed. “Y”", "Jane Roe continued: “Y”": a cue with no clause, or any
            # verb ending on a colon, just before speaks, not an older claim
            prev_sent = self.sents[ks - 1]
            root = prev_sent.root
            subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
            colon = any(t.text == ":" for t in prev_sent[-2:])
            if subj is not None and subj.pos_ == "PROPN" and (colon or self.cd.cue_lemma(root) is not None) and \
                    not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in root.children) and \
                    (e := self.entity_for(subj)) is not None and e.type in ("PERSON", "ORG"):
                return self.claimant_of(subj)
        if prev:
            c = max(prev, key=lambda c: c.cue_i)
            return c.claimant, c.claimant_entity, False
        if ke + 1 < len(self.sents):
            nxt = self.sents[ke + 1]
            later = [c for c in self.found if c.claimant and nxt.start <= c.cue_i < nxt.end]
            if later:
                return later[0].claimant, later[0].claimant_entity, False
            root = nxt.root
            subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None and self.entity_for(subj) is not None and \
                    self.entity_for(subj).type == "PERSON":
                return self.claimant_of(subj)
        if ks > 0:
            root = self.sents[ks - 1].root
            subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is not None and subj.pos_ == "PROPN":
                e = self.entity_for(subj)
                if e is not None and e.type == "PERSON":
                    return self.claimant_of(subj)
        return None, None, False
