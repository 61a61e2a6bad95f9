"""The answers the cue walks keep per Doc: the same as the per-token tests they stand for."""

from __future__ import annotations

from services.extract.claim_candidates import ClaimCandidate
from services.extract.claim_collector import ClaimCollector
from services.extract.claim_doc import ClaimDoc
from services.extract.claimants import ClaimantResolver
from services.extract.cue_patterns import CuePatterns
from services.extract.entities import EntityResolver
from services.extract.lexicon.cues import REPORT_ADVERBS
from services.extract.nlp import parse_article
from services.extract.token_index import positions, within

TEXT = (
    "Harbour Board Says Ferry Fares Will Rise\n\n"
    "Mr. Dalgety said on Tuesday that fares would rise, according to minutes seen by the Courier. "
    "The board's claim that the ferry loses money was disputed by Ms. Okoro, who reportedly "
    "told staff: \u201cWe are not closing.\u201d\n\nHe\u2019s argued for years that it can pay, and "
    "Okoro warned that the statement was wrong, according to the union."
)


def _patterns(nlp) -> tuple[ClaimDoc, ClaimCollector, CuePatterns]:
    doc = parse_article(nlp, TEXT)
    cd = ClaimDoc(doc)
    claims = ClaimCollector(cd, ClaimantResolver(cd, EntityResolver().resolve(doc), []))
    return cd, claims, CuePatterns(cd, claims)


def test_positions_finds_each_form_in_order():
    words = ["a", "b", "a", "c", "b"]
    assert positions(words, ("a",)) == [0, 2]
    assert positions(words, {"b", "a"}) == [0, 1, 2, 4]
    assert positions(words, ("d",)) == positions(words, ()) == positions([], ("a",)) == []


def test_the_doc_indexes_hold_what_each_sentence_would_find(nlp):
    cd, _, patterns = _patterns(nlp)
    w = cd.words
    assert len(patterns._according) == 2 and patterns._according == w.with_form(0, len(cd.doc), ("according",))
    assert patterns._report_adverbs == w.with_form(0, len(cd.doc), REPORT_ADVERBS) != []
    for sent in cd.sents:
        assert within(patterns._according, sent) == w.with_form(sent.start, sent.end, ("according",))
        assert within(patterns._report_adverbs, sent) == w.with_form(sent.start, sent.end, REPORT_ADVERBS)


def test_the_verbs_left_are_kept_until_a_claim_takes_one(nlp):
    cd, claims, _ = _patterns(nlp)
    sent = next(s for s in cd.sents if "warned" in s.text)
    verbs = [v.i for v, _ in claims.untaken_verbs(sent)]
    assert verbs and [v.i for v, _ in claims.untaken_verbs(sent)] == verbs  # a new iterator each time
    warned = next(i for i in verbs if cd.tokens[i].lower_ == "warned")
    claims.found.append(ClaimCandidate(0, 1, "x", sent, "warned", "indirect", cue_i=warned))
    assert [v.i for v, _ in claims.untaken_verbs(sent)] == [i for i in verbs if i != warned]


def test_the_entity_of_a_token_is_kept(nlp):
    cd, claims, _ = _patterns(nlp)
    resolver = claims.claimants
    answers = [resolver._find_entity(t) for t in cd.tokens]
    assert any(e is not None for e in answers)
    assert [resolver.entity_for(t) for t in cd.tokens] == answers
    assert set(resolver._entity_of) == {t.i for t in cd.tokens}


def test_the_negated_verbs_read_from_the_doc_arrays_are_those_with_a_neg_child(nlp):
    doc = parse_article(nlp, TEXT + " The mayor did not say when the ferry would sail, and Okoro never denied it.")
    cd = ClaimDoc(doc)
    claims = ClaimCollector(cd, ClaimantResolver(cd, EntityResolver().resolve(doc), []))
    negated = claims._negated()
    assert negated == {t.i for t in cd.tokens if any(c.dep_ == "neg" for c in t.children)}
    assert any(cd.tokens[i].lower_ == "say" for i in negated)
    for sent in cd.sents:
        want = [(v.i, [c.i for c in v.children]) for v in cd.tokens_of(sent)
                if v.pos_ == "VERB" and cd.qidx[v.i] < 0 and not any(c.dep_ == "neg" for c in v.children)]
        assert [(v.i, [c.i for c in kids]) for v, kids in claims.untaken_verbs(sent)] == want
