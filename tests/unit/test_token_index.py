"""The token index the claim walks read: the same values as the Token properties it stands for."""

from __future__ import annotations

from services.extract.claim_doc import ClaimDoc, is_punct
from services.extract.lexicon.cues import CUE_FORMS, CUE_LEMMAS
from services.extract.nlp import parse_article
from services.extract.token_index import TokenIndex

TEXT = (
    "Harbour Board Says Ferry Fares Will Rise\n\n"
    "Mr. Dalgety said on Tuesday that fares would rise, according to minutes seen by the Courier. "
    "The board's claim that the ferry loses money was disputed by Ms. Okoro, who reportedly "
    "told staff: \u201cWe are not closing.\u201d\n\nHe\u2019s argued for years that it can pay."
)


def test_the_lists_hold_what_the_token_properties_give(nlp):
    doc = parse_article(nlp, TEXT)
    ix = TokenIndex(doc)
    assert ix.lower == [t.lower_ for t in doc]
    assert ix.lemma == [t.lemma_.lower() for t in doc]
    assert ix.pos == [t.pos_ for t in doc]
    assert ix.cue_word == [t.lower_ in CUE_FORMS or (t.lemma_.lower() in CUE_LEMMAS and t.pos_ in ("VERB", "AUX"))
                           for t in doc]
    assert ix.head == [t.head.i for t in doc]
    assert ix.punct == [is_punct(t) for t in doc]


def test_a_token_that_is_no_cue_word_has_no_cue_lemma(nlp):
    cd = ClaimDoc(parse_article(nlp, TEXT))
    assert any(cd.words.cue_word)
    for t in cd.tokens:
        if not cd.words.cue_word[t.i]:
            assert cd.cue_lemma(t) is None


def test_the_walks_find_forms_and_lemmas_in_a_range(nlp):
    doc = parse_article(nlp, TEXT)
    ix = TokenIndex(doc)
    according = [t.i for t in doc if t.lower_ == "according"]
    assert ix.with_form(0, len(doc), ("according",)) == according
    assert ix.with_form(according[0] + 1, len(doc), ("according",)) == []
    claims = [t.i for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() == "claim"]
    assert claims and ix.with_lemma(0, len(doc), {"claim"}) == claims


def test_an_empty_doc_has_empty_lists(nlp):
    ix = TokenIndex(nlp.make_doc(""))
    assert ix.lower == ix.lemma == ix.pos == ix.cue_word == ix.head == ix.punct == []


def test_the_strings_cached_across_documents_give_each_its_own_values(nlp, monkeypatch):
    # the look-up tables outlive a Doc: a second article, and one read after they were emptied
    # for being full, get the same lists as the token properties give
    from services.extract import token_index

    other = "MS. OKORO SAID: \u201cno.\u201d  Fares, she said , will not rise ...\n"
    for text in (TEXT, other, TEXT):
        doc = parse_article(nlp, text)
        ix = TokenIndex(doc)
        assert ix.lower == [t.lower_ for t in doc] and ix.lemma == [t.lemma_.lower() for t in doc]
        assert ix.pos == [t.pos_ for t in doc] and ix.punct == [is_punct(t) for t in doc]
        monkeypatch.setattr(token_index, "_CAP", 0)  # every later miss empties the tables first


def test_the_text_joined_from_cached_forms_is_the_docs_text(nlp, monkeypatch):
    from services.extract import token_index

    for text in (TEXT, "  Two  spaces,\n\nthen a break.  ", ""):
        doc = parse_article(nlp, text) if text else nlp.make_doc("")
        assert token_index.doc_text(doc) == doc.text
        assert ClaimDoc(doc).text == doc.text
        monkeypatch.setattr(token_index, "_CAP", 0)


def test_the_doc_wide_forms_are_found_once_in_order(nlp):
    doc = parse_article(nlp, TEXT)
    ix = TokenIndex(doc)
    forms = ("said", "the")
    found = ix.where(forms)
    assert found and found == ix.with_form(0, len(doc), forms)
    assert ix.where(forms) is found  # a second family asking gets the same list
    assert ix.where(("zzz",)) == []
