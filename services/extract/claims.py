"""Claims: who claims what, over the spaCy dependency parse, with rules where the parse fails.

What counts as a claim
----------------------
A claim is content framed as somebody's statement, belief or report:

- indirect speech: a cue verb of saying, believing or reporting with a clausal complement
  ("X claims Y", "X acknowledged that Y", "X told reporters that Y", "Y, X said", "Y, said X");
- direct speech: a quoted sentence (or run of sentences) attributed by a speaker tag in the
  same sentence ("“Y,” said X", "X said: “Y”", "“Y,” X said, “Z”") or, with no tag, to the
  speaker named in a neighbouring sentence;
- mixed speech: an indirect complement that quotes part of the words;
- "according to X, Y";
- reports with no named source: a passive cue with an infinitive ("Y are reported to / were
  said to / is believed to ..."), an impersonal passive ("it is claimed that Y"), a passive
  report with no agent ("clashes were reported"), a sentence adverb ("Y reportedly ...").
  These have claimant null, quote_type "reported" and are always hedged.

A plain factual sentence (no cue, no quote) is not a claim; nor is a cue that is negated
("he did not say"), a question ("asked whether"), or a short quoted phrase inside a sentence
with no cue ("the so-called “peace plan”").

Hedged: the framing marks the content as uncertain. True when the claim is a report with no
named source, when the cue is a verb of belief or estimation (believe, think, estimate,
suspect, suggest, allege, fear, ...), when the framing carries a hedging adverb
("reportedly", "allegedly", ...), or when the main verb of the content is hedged by an
epistemic modal or adverb (may, might, could, possibly, probably, perhaps, likely,
"appears to", "seems to"). Modals or hedges deeper inside the content do not count.

Denied: the cue is a verb of denial (deny, reject, dismiss, refute, dispute, rebut); the content
is what is denied.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from services.core.models import Claim, Entity

from .entities import EntitySet
from .nlp import segments

# ----------------------------------------------------------------------------- lexicon

_CUE_LEMMAS = {
    "say", "tell", "claim", "state", "add", "note", "acknowledge", "admit", "concede", "deny",
    "warn", "estimate", "believe", "think", "argue", "insist", "suggest", "report", "announce",
    "confirm", "allege", "predict", "explain", "maintain", "contend", "assert", "reveal",
    "stress", "emphasise", "emphasize", "indicate", "write", "testify", "conclude", "find",
    "show", "fear", "suspect", "agree", "complain", "declare", "disclose", "reply", "respond",
    "recall", "observe", "remark", "promise", "vow", "pledge", "rule", "accuse", "caution",
    "assure", "reckon", "speculate", "hint", "point", "inform", "reject", "dismiss", "refute",
    "dispute", "rebut", "forecast", "tweet", "boast", "counter", "demonstrate", "signal",
}
# Cues that only count with an explicit "that" complement (they have too many other uses).
_NEED_THAT = {"find", "show", "rule", "agree", "promise", "vow", "pledge", "point",
              "indicate", "signal", "demonstrate", "recall", "observe", "inform", "assure"}
_NEG_RAISING = {"believe", "think", "expect", "suppose", "reckon"}
# Verbs of evaluation: a claim only when the words are quoted ("called the plan “a disaster”").
_EVAL_LEMMAS = {"call", "describe", "label", "brand", "dub"}
_HEDGE_LEMMAS = {"believe", "think", "estimate", "suspect", "suggest", "speculate", "allege",
                 "fear", "reckon", "hint", "guess", "suppose", "assume"}
_DENY_LEMMAS = {"deny", "reject", "dismiss", "refute", "dispute", "rebut"}
# Passive cues that make an unattributed report: "are reported to", "it is claimed that".
_REPORT_PASSIVE = {"say", "report", "believe", "think", "claim", "allege", "rumour", "rumor",
                   "understand", "estimate", "suspect", "fear", "suggest"}
# Passive with no complement and no agent: "clashes were reported".
_BARE_REPORT = {"report", "allege", "rumour", "rumor"}
_CLAIM_NOUNS = {"claim", "allegation", "suggestion", "report", "accusation", "charge",
                "rumour", "rumor", "assertion", "speculation"}
# Objects of "deny" that are propositions ("denied the charges"), unlike "denied bail".
_DENIABLE = _CLAIM_NOUNS | {"count", "wrongdoing", "involvement", "responsibility", "knowledge",
                            "link", "guilt", "existence", "rumour", "story", "reports"}
# "according to plan": not a source
_NOT_SOURCES = {"plan", "plans", "schedule", "tradition", "law", "rules", "custom", "script",
                "expectations", "instructions", "protocol", "procedure", "guidelines", "form",
                "design", "taste", "size", "need", "needs", "age", "ability", "merit"}
_WH = {"whether", "if", "how", "why", "what", "when", "where", "who", "which"}
_REPORT_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "reputedly"}
_HEDGE_ADVERBS = {"possibly", "probably", "perhaps", "likely", "maybe", "allegedly",
                  "reportedly", "apparently", "potentially", "purportedly", "supposedly",
                  "seemingly", "presumably"}
_MODALS = {"may", "might", "could"}
_HEDGE_ROOTS = {"seem", "appear"}

_IRREGULAR = {
    "said": "say", "told": "tell", "thought": "think", "wrote": "write", "written": "write",
    "found": "find", "shown": "show", "admitted": "admit", "admitting": "admit",
    "forecast": "forecast", "understood": "understand", "forecasts": "forecast", "forecasting": "forecast",
}
_HONORIFIC = {"mr": "m", "sir": "m", "lord": "m", "ms": "f", "mrs": "f", "miss": "f",
              "lady": "f", "dame": "f"}
_PRONOUNS_PERSON = {"he", "she", "him", "her"}
_PRONOUNS_OTHER = {"they", "it", "we", "i", "you"}
_CUT_DEEP = {"relcl", "acl", "appos", "advcl", "parataxis"}
_RELATIVE = {"who", "which", "that"}


def _forms(lemma: str) -> list[str]:
    out = [lemma]
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        out += [lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"]
        return out
    out.append(lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s"))
    out.append(lemma + "d" if lemma.endswith("e") else lemma + "ed")
    out.append(lemma[:-1] + "ing" if lemma.endswith("e") and not lemma.endswith("ee") else lemma + "ing")
    return out


_FORM_TABLE: dict[str, str] = {}
for _lem in _CUE_LEMMAS | _REPORT_PASSIVE | _EVAL_LEMMAS:
    for _f in _forms(_lem):
        _FORM_TABLE.setdefault(_f, _lem)
_FORM_TABLE.update(_IRREGULAR)

_OPEN_QUOTES = "“‘«"
_CLOSE_QUOTES = "”’»"
_TRAILING = set(".,;:!?—–-\"“”‘’«»") | {"--", "...", "…"}
_QUOTE_CHARS = set("\"“”‘’«»")
_SUBJ = {"nsubj", "nsubjpass", "csubj"}


# ----------------------------------------------------------------------------- quotes


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quoted text (inside the marks), paragraph by paragraph.

    Curly and straight double quotes; single curly quotes when they open at a word start.
    An opening mark with no close runs to the end of its paragraph (the newspaper convention
    for quotes that go on into the next paragraph); a closing mark with no opening starts
    the quote at the paragraph start (or after the previous quote)."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for seg in segments(text):
        base = pos
        pos += len(seg)
        open_at: int | None = None
        kind = ""
        floor = base  # where an unmatched closing quote can start
        for k, ch in enumerate(seg):
            if ch not in _QUOTE_CHARS:
                continue
            prev = seg[k - 1] if k else " "
            nxt = seg[k + 1] if k + 1 < len(seg) else " "
            at = base + k
            if ch in "‘’":
                if open_at is None and ch == "‘" and not prev.isalnum() and not nxt.isspace():
                    open_at, kind = at + 1, "single"
                elif open_at is not None and kind == "single" and ch == "’" and not nxt.isalpha():
                    spans.append((open_at, at))
                    open_at, floor = None, at + 1
                continue
            if kind == "single" and open_at is not None:
                continue
            opens = ch in "“«" or (ch == '"' and (prev.isspace() or prev in "([{—–-:/") and not nxt.isspace())
            if open_at is None:
                if opens:
                    open_at, kind = at + 1, "double"
                elif ch in "”»\"" and at > floor:
                    spans.append((floor, at))
                    floor = at + 1
            else:
                if ch in "“«" and at > open_at:  # a new opening: the last quote never closed
                    spans.append((open_at, at))
                    open_at = at + 1
                    continue
                spans.append((open_at, at))
                open_at, floor = None, at + 1
        if open_at is not None:
            end = base + len(seg.rstrip())
            if end > open_at:
                spans.append((open_at, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


# ----------------------------------------------------------------------------- claims


@dataclass
class _Cand:
    start: int
    end: int
    content: str
    sent: Span
    cue: str
    quote_type: str
    claimant: str | None = None
    claimant_entity: str | None = None
    hedged: bool = False
    polarity: str = "asserted"
    cue_i: int = -1
    subj_pronoun: bool = False
    parts: list[tuple[int, int]] = field(default_factory=list)

    def cue_pos(self, doc: Doc) -> int:
        return doc[self.cue_i].idx if 0 <= self.cue_i < len(doc) else -1


def _is_punct(t: Token) -> bool:
    return t.is_punct or t.is_space or t.text in _QUOTE_CHARS


class _Run:
    """One extraction over one Doc."""

    def __init__(self, doc: Doc, entities: EntitySet):
        self.doc = doc
        self.ents = entities
        self.text = doc.text
        self.quotes = quote_spans(self.text)
        self.qidx = [-1] * len(doc)
        qi = 0
        for t in doc:
            while qi < len(self.quotes) and self.quotes[qi][1] <= t.idx:
                qi += 1
            if qi < len(self.quotes) and self.quotes[qi][0] <= t.idx < self.quotes[qi][1]:
                self.qidx[t.i] = qi
        self.sents = list(doc.sents)
        self.sent_of = [0] * len(doc)
        for k, s in enumerate(self.sents):
            for i in range(s.start, s.end):
                self.sent_of[i] = k
        self.cands: list[_Cand] = []
        self.named: dict[int, tuple[str, str | None]] = {}  # claimant head -> (surface, entity)
        self.ent_span: dict[int, tuple[int, int]] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_span[i] = (ent.start, ent.end)
        self.gender: dict[str, str] = {}
        self.personish: set[str] | None = None
        self.honorific_genders()

    # -- helpers

    def lemma(self, t: Token) -> str | None:
        lem = _FORM_TABLE.get(t.lower_)
        if lem is None and t.lemma_.lower() in _CUE_LEMMAS and t.pos_ in ("VERB", "AUX"):
            lem = t.lemma_.lower()
        if lem is None:
            return None
        if t.pos_ in ("VERB", "AUX"):
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
        while toks and (_is_punct(toks[0]) or (toks[0].dep_ == "mark" and toks[0].lower_ in ("that",))):
            toks = toks[1:]
        while toks and (toks[-1].is_space or toks[-1].text in _TRAILING):
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
        words = [t for t in self.doc.char_span(start, end, alignment_mode="expand") or [] if not _is_punct(t)]
        if not words:
            return "indirect"
        quoted = sum(1 for t in words if self.qidx[t.i] >= 0)
        if quoted == 0:
            return "indirect"
        if quoted == len(words):
            return "direct"
        return "mixed"

    # -- claimant

    def claimant_of(self, head: Token) -> tuple[str | None, str | None, bool]:
        """(surface, canonical entity, is_pronoun) for the subject/agent token."""
        low = head.lower_
        if low in _RELATIVE and head.dep_ in _SUBJ and head.head.dep_ == "relcl":
            head = head.head.head
            low = head.lower_
        if low in _PRONOUNS_PERSON:
            g = "m" if low in ("he", "him") else "f"
            found = self.recent_person(head.i, g)
            if found is not None:
                self.gender.setdefault(found[1] or found[0], g)
                return found[0], found[1], True
            return head.text, None, True
        if low == "they":
            group = self.recent_plural_subject(head.i)
            if group is not None:
                return self.claimant_of(group)
        if low == "they" or low == "it":
            prev = self.recent_claimant(head.i, want_org=(low == "it"))
            if prev is not None:
                return prev[0], prev[1], True
            return head.text, None, True
        if low in _PRONOUNS_OTHER:
            return head.text, None, True
        if head.pos_ != "PROPN":
            named = self.appositive_name(head)
            if named is not None:
                self.named[head.i] = (named[0], named[1])
                return named
        cut = {"appos", "relcl", "acl", "punct", "advcl", "parataxis", "prep"} if head.pos_ == "PROPN" else {
            "appos", "relcl", "acl", "punct", "advcl", "parataxis"}
        keep = [head]
        stack = [c for c in head.children if c.dep_ not in cut]
        while stack:
            c = stack.pop()
            keep.append(c)
            stack.extend(g for g in c.children if g.dep_ not in _CUT_DEEP)
        keep.sort(key=lambda t: t.i)
        # contiguous run around the head
        idx = {t.i for t in keep}
        lo = head.i
        while lo - 1 in idx:
            lo -= 1
        hi = head.i
        while hi + 1 in idx:
            hi += 1
        if head.ent_iob_ != "O":  # keep a whole named span: "the Department of Health"
            es, ee = self.ent_span[head.i]
            lo, hi = min(lo, es), max(hi, ee - 1)
        toks = [self.doc[i] for i in range(lo, hi + 1)]
        while toks and _is_punct(toks[0]):
            toks = toks[1:]
        while toks and _is_punct(toks[-1]):
            toks = toks[:-1]
        if not toks:
            return None, None, False
        surface = self.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)]
        entity = self.resolve(head, surface)
        if head.pos_ == "PROPN":
            self.named[head.i] = (surface, entity)
        return surface, entity, False

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
            return name.text, e.name if e else self.ents.canonical(name.text), False
        return None

    def resolve(self, head: Token, surface: str) -> str | None:
        e = self.entity_for(head)
        if e is not None:
            return e.name
        name = surface
        for art in ("the ", "The "):
            if name.startswith(art):
                name = name[len(art):]
        return self.ents.canonical(surface) or self.ents.canonical(name)

    def entity_for(self, head: Token) -> Entity | None:
        e = self.ents.entity_at(head.idx, head.idx + len(head.text))
        if e is not None:
            if e.type == "PERSON" and " " not in e.name:
                fuller = [x for x in getattr(self.ents, "entities", []) if x.type == "PERSON"
                          and x.name != e.name and x.name.split()[-1] == e.name]
                if len(fuller) == 1:
                    return fuller[0]
            if e.type in ("PERSON", "ORG") or head.pos_ == "PROPN":
                return e
            return None
        if head.pos_ == "PROPN" and head.text[:1].isupper():
            # a surname alone: the one PERSON whose name ends with it
            found = [x for x in getattr(self.ents, "entities", []) if x.type == "PERSON"
                     and x.name.split()[-1] == head.text]
            if len(found) == 1:
                return found[0]
        return None

    def recent_person(self, i: int, gender: str) -> tuple[str, str | None] | None:
        """The person a he/she most likely refers to: the nearest named speaker or PERSON
        mention before it (outside quotes) whose known gender does not conflict."""
        lo = max(0, i - 400)
        for j in range(i - 1, lo - 1, -1):
            t = self.doc[j]
            if self.qidx[j] >= 0:
                continue
            cand = self.named.get(j)
            if cand is not None and cand[1] is not None:
                e = self.entity_for(t)
                if e is not None and not self.is_person(e):
                    continue
            if cand is None:
                if t.pos_ != "PROPN":
                    continue
                e = self.entity_for(t)
                if e is None or not self.is_person(e):
                    continue
                cand = (e.name, e.name)
            known = self.gender.get(cand[1] or cand[0])
            if known and known != gender:
                continue
            return cand
        return None

    def is_person(self, e: Entity) -> bool:
        """PERSON, or tagged PERSON by the NER at some mention (the vote may have said ORG)."""
        if e.type == "PERSON":
            return True
        if self.personish is None:
            self.personish = set()
            for t in self.doc:
                if t.ent_type_ == "PERSON" and t.pos_ == "PROPN":
                    x = self.ents.entity_at(t.idx, t.idx + len(t.text))
                    if x is not None:
                        self.personish.add(x.name)
        return e.name in self.personish

    def honorific_genders(self) -> None:
        for t in self.doc:
            g = _HONORIFIC.get(t.lower_.rstrip("."))
            if g is None:
                continue
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
        for j in range(i - 1, max(-1, i - 80), -1):
            if k - self.sent_of[j] > 1:
                break
            t = self.doc[j]
            if self.qidx[j] < 0 and t.tag_ in ("NNS", "NNPS") and t.dep_ in ("nsubj", "nsubjpass"):
                return t
        return None

    def recent_claimant(self, i: int, want_org: bool) -> tuple[str, str | None] | None:
        k = self.sent_of[i]
        for c in reversed(self.cands):
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
                e = self.ents.entity_at(t.idx, t.idx + len(t.text))
                if e is not None and e.type == "ORG":
                    return e.name, e.name
        return None

    # -- hedging

    def content_hedged(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        ids = {t.i for t in span}
        roots = [t for t in span if t.head.i not in ids or t.head.i == t.i]
        for r in roots:
            if r.lemma_.lower() in _HEDGE_ROOTS:
                return True
            for c in r.children:
                if c.i not in ids:
                    continue
                lc = c.lower_
                if c.dep_ == "aux" and lc in _MODALS:
                    return True
                if c.dep_ in ("advmod", "acomp") and lc in _HEDGE_ADVERBS:
                    return True
                if c.dep_ == "xcomp" and c.lemma_.lower() in _REPORT_PASSIVE and any(
                    g.dep_ == "auxpass" for g in c.children):
                    return True
            if r.dep_ == "xcomp" and r.head.lemma_.lower() in _HEDGE_ROOTS:
                return True
        return False

    # -- patterns

    def add(self, sent: Span, start: int, end: int, cue: str, qtype: str | None, cue_i: int,
            claimant: tuple[str | None, str | None, bool] = (None, None, False),
            hedged: bool = False, polarity: str = "asserted",
            parts: list[tuple[int, int]] | None = None) -> _Cand:
        if qtype is None:
            qtype = _combine([self.quote_type_of(s, e) for s, e in parts]) if parts else \
                self.quote_type_of(start, end)
        content = " ".join(self.text[s:e] for s, e in parts) if parts else self.text[start:end]
        hedged = hedged or qtype == "reported" or self.content_hedged(start, end)
        c = _Cand(start, end, content, sent, cue, qtype, claimant[0], claimant[1], hedged,
                  polarity, cue_i, claimant[2], parts or [])
        self.cands.append(c)
        return c

    def subject(self, v: Token) -> Token | None:
        subs = [c for c in v.children if c.dep_ in _SUBJ or c.dep_ == "expl"]
        outside = [c for c in subs if self.qidx[c.i] < 0]
        if outside or subs:
            return (outside or subs)[0]
        # "X said Y and added that Z", "..., adding that Z", "Smith, who said ..."
        if v.dep_ in ("conj", "advcl", "xcomp") and v.head.i != v.i:
            h = v.head
            # "X said Y was promising but cautioned that Z": the conjunct hangs from the
            # content clause in the parse, but coordinates with the cue
            if v.dep_ == "conj" and h.dep_ == "ccomp" and self.lemma(h.head) is not None:
                return self.subject(h.head)
            return self.subject(h)
        return None

    def content_tokens(self, comp: Token) -> list[Token]:
        """The complement's subtree without conjoined cue verbs that lack their own subject."""
        skip: set[int] = set()
        for c in comp.children:
            if c.dep_ == "conj" and self.lemma(c) is not None and \
                    not any(g.dep_ in _SUBJ for g in c.children):
                skip.update(t.i for t in c.subtree)
                skip.update(t.i for t in comp.children if t.dep_ == "cc" and t.i < c.i)
        return [t for t in comp.subtree if t.i not in skip]

    def cue_claims(self, sent: Span) -> None:
        for v in sent:
            if self.qidx[v.i] >= 0:
                continue
            lem = self.lemma(v)
            if lem is None:
                continue
            kids = list(v.children)
            negated = any(c.dep_ == "neg" for c in kids)
            if negated and lem not in _NEG_RAISING:
                continue
            if lem == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in kids):
                continue
            comp = next((c for c in kids if c.dep_ == "ccomp"), None)
            if comp is None and lem not in _NEED_THAT and lem not in _EVAL_LEMMAS:
                comp = self.that_clause_in_prep(v)
            xcomp = next((c for c in kids if c.dep_ == "xcomp"), None)
            subj = self.subject(v)
            agent = next((c for c in kids if c.dep_ == "agent"), None)
            agent_obj = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
            passive = any(c.dep_ == "auxpass" for c in kids) or (subj is not None and subj.dep_ == "nsubjpass")
            cue = v.text.lower() if lem != "point" else "pointed out"
            if lem == "point":
                cue = v.text.lower() + " out"
            polarity = "denied" if lem in _DENY_LEMMAS or negated else "asserted"
            if lem in _EVAL_LEMMAS:
                self.evaluation(sent, v, subj)
                continue
            hedge = lem in _HEDGE_LEMMAS

            if comp is not None:
                marks = [c for c in comp.children if c.dep_ == "mark"]
                relative = v.dep_ == "relcl"  # "the library, which the council says it cannot run"
                if any(m.lower_ in ("whether", "if") for m in marks) or (
                        comp.left_edge.lower_ in _WH and not relative):
                    continue
                # "the study found that Y"; "Y, the study found" needs no "that"
                if lem in _NEED_THAT and comp.i > v.i and not any(m.lower_ == "that" for m in marks):
                    continue
                if v.dep_ == "ccomp" and v.head.i != v.i and passive is False and subj is None:
                    continue
                toks = self.content_tokens(comp)
                if relative:
                    toks = [t for t in toks if not (t.lower_ in _WH and t.i < v.i)]
                sp = self.span_of(toks)
                if sp is None:
                    continue
                if passive and agent_obj is None and (subj is None or subj.lower_ == "it"):
                    if lem in _REPORT_PASSIVE:
                        self.add(sent, *sp, cue=cue, qtype="reported", cue_i=v.i, hedged=True)
                    continue
                who = agent_obj if passive and agent_obj is not None else subj
                if who is not None and self.impersonal(v, who):
                    continue
                if who is None or (passive and agent_obj is None):
                    continue
                self.add_attributed(sent, sp, cue, v, who, hedge, polarity)
                continue

            if xcomp is not None and passive and subj is not None and subj.dep_ == "nsubjpass" and \
                    lem in _REPORT_PASSIVE:
                toks = self.subtree(subj) + self.subtree(xcomp) + [v]
                for c in kids:
                    if c.dep_ in ("auxpass", "advmod") and c.i > subj.i:
                        toks.append(c)
                # "are reported to X and were said to Y": one report
                for cj in kids:
                    if cj.dep_ == "conj" and self.lemma(cj) in _REPORT_PASSIVE and \
                            not any(g.dep_ in _SUBJ for g in cj.children):
                        toks += self.subtree(cj)
                lo = min(t.i for t in toks)
                hi = max(t.i for t in toks)
                sp = self.span_of([self.doc[i] for i in range(lo, hi + 1)])
                if sp is None:
                    continue
                if agent_obj is not None:
                    self.add_attributed(sent, sp, cue, v, agent_obj, True, polarity)
                else:
                    self.add(sent, *sp, cue=cue, qtype="reported", cue_i=v.i, hedged=True)
                continue

            if v.dep_ == "conj" and v.head.i != v.i and self.lemma(v.head) in _REPORT_PASSIVE and \
                    xcomp is not None and subj is not None and subj.dep_ == "nsubjpass" and subj.head.i != v.i:
                continue  # merged into the first report above

            if passive and lem in _BARE_REPORT and agent_obj is None and subj is not None and \
                    not any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in kids) and \
                    subj.lower_ != "it" and subj.pos_ != "PRON":
                sp = self.span_of([t for t in sent if t.i >= subj.left_edge.i])
                if sp:
                    self.add(sent, *sp, cue=cue, qtype="reported", cue_i=v.i, hedged=True)
                continue

            if lem in _DENY_LEMMAS or lem == "accuse":
                obj = next((c for c in kids if c.dep_ == "dobj"), None)
                if obj is None or subj is None:
                    continue
                if lem == "accuse":
                    of = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "of"), None)
                    if of is None:
                        continue
                    sp = self.span_of(self.subtree(obj) + self.subtree(of))
                    if sp:
                        self.add_attributed(sent, sp, cue, v, subj, False, "asserted")
                    continue
                clause = next((c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl")
                               and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)
                if obj.lemma_.lower() in _CLAIM_NOUNS and clause is not None:
                    sp = self.span_of(self.subtree(clause))
                elif (lem == "deny" and obj.lemma_.lower() in _DENIABLE and
                      not any(c.dep_ == "dative" for c in kids)) or obj.lemma_.lower() in _CLAIM_NOUNS:
                    sp = self.span_of(self.subtree(obj))
                else:
                    continue
                if sp:
                    self.add_attributed(sent, sp, cue, v, subj, hedge, "denied")
                continue

            if v.dep_ == "parataxis" and subj is not None and lem not in _DENY_LEMMAS:
                skip = {t.i for t in v.subtree}
                sp = self.span_of([t for t in v.head.subtree if t.i not in skip and self.sent_of[t.i] ==
                                   self.sent_of[v.i]])
                if sp:
                    parts = self.pieces_without(sp, v)
                    self.add_attributed(sent, sp, cue, v, subj, hedge, polarity, parts=parts)

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
                if n.dep_ != "pobj" or n.lemma_.lower() in _CLAIM_NOUNS - {"report"}:
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

    def evaluation(self, sent: Span, v: Token, subj: Token | None) -> None:
        """ "X called the plan “a disaster”", "X described it as “reckless”": mixed claims."""
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        if obj is None or subj is None:
            return
        toks = [t for t in v.subtree if t.i >= obj.left_edge.i]
        if not any(self.qidx[t.i] >= 0 for t in toks):
            return
        sp = self.span_of(toks)
        if sp:
            self.add_attributed(sent, sp, v.text.lower(), v, subj, False, "asserted")

    def claim_nouns(self, sent: Span) -> None:
        """ "reports that Y", "Smith's claim that Y": a claim named by a noun."""
        for n in sent:
            if n.pos_ != "NOUN" or n.lemma_.lower() not in _CLAIM_NOUNS or self.qidx[n.i] >= 0:
                continue
            if self.lemma(n.head) in _DENY_LEMMAS:
                continue
            clause = next((c for c in n.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if clause is None or any(c.start <= n.idx < c.end for c in self.cands):
                continue
            sp = self.span_of(self.subtree(clause))
            if sp is None:
                continue
            who = next((c for c in n.children if c.dep_ == "poss"), None)
            if who is None:
                by = next((c for c in n.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
                who = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if who is not None:
                self.add_attributed(sent, sp, n.text.lower(), n, who, False, "asserted")
            else:
                self.add(sent, *sp, cue=n.text.lower(), qtype="reported", cue_i=n.i, hedged=True)

    def pieces_without(self, sp: tuple[int, int], v: Token) -> list[tuple[int, int]] | None:
        lo, hi = v.left_edge, v.right_edge
        a, b = lo.idx, hi.idx + len(hi.text)
        if not (sp[0] < a and b < sp[1]):
            return None
        left = self.text[sp[0]:a].rstrip(" ,—–-\"“”")
        right_start = b
        while right_start < sp[1] and self.text[right_start] in " ,—–-\"“”":
            right_start += 1
        return [(sp[0], sp[0] + len(left)), (right_start, sp[1])]

    def add_attributed(self, sent: Span, sp: tuple[int, int], cue: str, v: Token, who: Token,
                       hedge: bool, polarity: str, parts: list[tuple[int, int]] | None = None) -> None:
        qtype = _combine([self.quote_type_of(s, e) for s, e in parts]) if parts else self.quote_type_of(*sp)
        if qtype == "direct" and not parts:
            # the quote may run over several sentences: take the whole quotation
            q = self.quote_at(sp[0])
            if q is not None and q[0] <= sp[0] and sp[1] <= q[1] + 1:
                sp = self.trim(q)
                parts = None
        claimant = self.claimant_of(who)
        self.add(sent, *sp, cue=cue, qtype=qtype, cue_i=v.i, claimant=claimant, hedged=hedge,
                 polarity=polarity, parts=parts)

    def quote_at(self, char: int) -> tuple[int, int] | None:
        for q in self.quotes:
            if q[0] <= char < q[1]:
                return q
        return None

    def trim(self, q: tuple[int, int]) -> tuple[int, int]:
        s, e = q
        while e > s and self.text[e - 1] in ",;: \n":
            e -= 1
        return s, e

    def according_to(self, sent: Span) -> None:
        for t in sent:
            if t.lower_ != "according" or self.qidx[t.i] >= 0:
                continue
            to = next((c for c in t.children if c.lower_ == "to"), None)
            if to is None and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "to":
                to = self.doc[t.i + 1]
            if to is None:
                continue
            src = next((c for c in to.children if c.dep_ == "pobj"), None)
            if src is None and to.i + 1 < sent.end:
                src = self.doc[to.i + 1]
            if src is None or src.lower_ in _NOT_SOURCES:
                continue
            phrase_lo = t.i
            phrase_hi = max(x.i for x in src.subtree) if src.head.i == to.i else src.i
            words = [x for x in sent if not (phrase_lo <= x.i <= phrase_hi)]
            sp = self.span_of(words)
            if sp is None:
                continue
            parts = None
            a, b = self.doc[phrase_lo].idx, self.doc[phrase_hi].idx + len(self.doc[phrase_hi].text)
            if sp[0] < a and b < sp[1]:
                left = self.text[sp[0]:a].rstrip(" ,—–-")
                rs = b
                while rs < sp[1] and self.text[rs] in " ,—–-":
                    rs += 1
                parts = [(sp[0], sp[0] + len(left)), (rs, sp[1])]
            self.add(sent, *sp, cue="according to", qtype=None, cue_i=t.i,
                     claimant=self.claimant_of(src), parts=parts)

    def adverb_reports(self, sent: Span) -> None:
        for t in sent:
            if t.lower_ not in _REPORT_ADVERBS or self.qidx[t.i] >= 0:
                continue
            if any(c.start <= t.idx < c.end for c in self.cands):
                continue
            head = t.head
            sp = self.span_of(list(head.subtree) if head.i != t.i else list(sent))
            if sp:
                self.add(sent, *sp, cue=t.lower_, qtype="reported", cue_i=t.i, hedged=True)

    def quote_claims(self) -> None:
        """Quotations not yet inside a claim: find the speaker by a tag or a neighbour."""
        covered = [(c.start, c.end) for c in self.cands]
        for q in self.quotes:
            if any(s < q[1] and q[0] < e for s, e in covered):
                continue
            qs = self.doc.char_span(q[0], q[1], alignment_mode="expand")
            if qs is None:
                continue
            if self.continues_quote(q, qs):
                continue
            words = [t for t in qs if not _is_punct(t)]
            first, last = qs[0], qs[-1]
            whole = qs.start == self.sents[self.sent_of[first.i]].start + 1 or \
                self.doc[first.i - 1].is_sent_start or first.is_sent_start
            if not words or (len(words) < 3 and not whole):
                continue
            ks, ke = self.sent_of[first.i], self.sent_of[last.i]
            s_start, s_end = self.sents[ks], self.sents[ke]
            before = [t for t in s_start if t.i < first.i and not _is_punct(t) and self.qidx[t.i] < 0]
            after = [t for t in s_end if t.i > last.i and not _is_punct(t) and self.qidx[t.i] < 0]
            tag = None
            for t in after[:8]:
                if self.lemma(t) is not None and not any(c.dep_ == "neg" for c in t.children):
                    tag = t
                    break
            colon = False
            if tag is None and before:
                prev_tok = self.doc[first.i - 2] if first.i >= 2 else None
                colon = prev_tok is not None and prev_tok.text == ":"
                for t in reversed(before):
                    if self.lemma(t) is not None and not any(c.dep_ == "neg" for c in t.children):
                        tag = t
                        break
                if tag is not None and not colon and len(before) > 8:
                    tag = None
            # a quoted phrase inside a sentence with no cue (a name, a scare quote) is no claim;
            # a quote that opens a sentence and ends in a colon is ("‘Quote’: who said it")
            heads_colon = not before and last.i + 1 < len(self.doc) and any(
                x.text == ":" for x in self.doc[last.i + 1 : last.i + 3])
            if tag is None and (before or after) and not (
                    colon or heads_colon or (not after and len(before) <= 3)):
                continue
            sp = self.trim(q)
            sent = s_end if tag is not None and tag.i > last.i else s_start
            if tag is not None:
                who = self.subject(tag)
                if who is None:
                    who = self.inverted_subject(tag)
                claimant = self.claimant_of(who) if who is not None else (None, None, False)
                cue = tag.text.lower()
                hedge = (self.lemma(tag) or "") in _HEDGE_LEMMAS
                self.add(sent, *sp, cue=cue, qtype="direct", cue_i=tag.i, claimant=claimant, hedged=hedge)
            else:
                claimant = self.neighbour_speaker(ks, ke)
                c = self.add(sent, *sp, cue="quoted", qtype="direct", cue_i=first.i, claimant=claimant)
                if claimant[0] is None:
                    c.cue = "quoted"

    def continues_quote(self, q: tuple[int, int], qs: Span) -> bool:
        """ "“A,” she said, “B.”": the second part belongs to the claim of the first."""
        k = self.sent_of[qs[0].i]
        for c in self.cands:
            if c.quote_type != "direct" or not (0 <= c.cue_i < len(self.doc)):
                continue
            if self.sent_of[c.cue_i] != k or not (c.end <= self.doc[c.cue_i].idx < q[0]):
                continue
            between = self.doc.char_span(c.end, q[0], alignment_mode="expand")
            if between is None:
                continue
            words = [t for t in between if not _is_punct(t)]
            if len(words) > 6 or any(self.qidx[t.i] >= 0 for t in words):
                continue
            sp = self.trim(q)
            first = c.parts[0] if c.parts else (c.start, c.end)
            c.parts = [first, sp]
            c.content = " ".join(self.text[a:b] for a, b in c.parts)
            c.end = sp[1]
            return True
        return False

    def inverted_subject(self, v: Token) -> Token | None:
        for t in v.rights:
            if t.pos_ in ("PROPN", "NOUN", "PRON"):
                return t
        return None

    def neighbour_speaker(self, ks: int, ke: int) -> tuple[str | None, str | None, bool]:
        # the speaker of a claim in the sentence just before (a run of quotes), else the next one
        prev = [c for c in self.cands if c.claimant and ks - 2 <= self.sent_of[c.cue_i] < ks]
        if prev:
            c = max(prev, key=lambda c: c.cue_i)
            return c.claimant, c.claimant_entity, False
        if ke + 1 < len(self.sents):
            nxt = self.sents[ke + 1]
            later = [c for c in self.cands if c.claimant and nxt.start <= c.cue_i < nxt.end]
            if later:
                return later[0].claimant, later[0].claimant_entity, False
            root = nxt.root
            subj = next((c for c in root.children if c.dep_ in _SUBJ), None)
            if subj is not None and self.entity_for(subj) is not None and \
                    self.entity_for(subj).type == "PERSON":
                return self.claimant_of(subj)
        if ks > 0:
            root = self.sents[ks - 1].root
            subj = next((c for c in root.children if c.dep_ in _SUBJ), None)
            if subj is not None and subj.pos_ == "PROPN":
                e = self.entity_for(subj)
                if e is not None and e.type == "PERSON":
                    return self.claimant_of(subj)
        return None, None, False

    # -- assembly

    def run(self) -> list[Claim]:
        for sent in self.sents:
            self.cue_claims(sent)
            self.according_to(sent)
            self.claim_nouns(sent)
        for sent in self.sents:
            self.adverb_reports(sent)
        self.quote_claims()
        cands = sorted(self.cands, key=lambda c: (c.start, c.cue_i))
        # a cue inside another claim's content with the same speaker ("he said he believed
        # that ..."): one claim
        kept: list[_Cand] = []
        for c in cands:
            outer = next((o for o in cands if o is not c and o.start <= c.cue_pos(self.doc) < o.end
                          and (c.subj_pronoun or o.claimant == c.claimant) and o.claimant is not None
                          and c.claimant == o.claimant), None)
            if outer is not None and c.quote_type != "direct":
                outer.hedged = outer.hedged or c.hedged
                continue
            kept.append(c)
        # overlapping duplicates: keep the attributed / wider one
        out: list[_Cand] = []
        for c in kept:
            dup = next((o for o in out if _overlap(o, c) > 0.6), None)
            if dup is None:
                out.append(c)
                continue
            if dup.claimant is None and c.claimant is not None:
                out[out.index(dup)] = c
        out.sort(key=lambda c: (c.start, c.end))
        return [
            Claim(content=c.content, sentence=c.sent.text.strip(), claimant=c.claimant,
                  claimant_entity=c.claimant_entity, cue=c.cue, quote_type=c.quote_type,
                  hedged=c.hedged, polarity=c.polarity, start=c.start, end=c.end)
            for c in out
        ]


def _combine(types: list[str]) -> str:
    kinds = set(types)
    if len(kinds) == 1:
        return types[0]
    return "mixed"


def _overlap(a: _Cand, b: _Cand) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    if inter <= 0:
        return 0.0
    return inter / max(1, min(a.end - a.start, b.end - b.start))


class ClaimExtractor:
    def extract(self, doc: Doc, entities: EntitySet) -> list[Claim]:
        """Claims in document order; start/end are character offsets in doc.text."""
        if not len(doc):
            return []
        return _Run(doc, entities).run()
