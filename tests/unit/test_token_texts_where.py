"""TokenTexts: the tokens of a few wanted texts found by a scan for each, the same as a walk."""

from __future__ import annotations

from spacy.strings import hash_string

from services.extract.entity_spans import TokenTexts


def _walk(texts: TokenTexts, wanted: set[int]) -> list[int]:
    return [i for i, h in enumerate(texts.orth) if h in wanted]


def test_where_finds_the_same_tokens_for_few_and_many_texts(nlp):
    doc = nlp.make_doc("Gen. Ada Roe (AR) met Col. Tom Lind (TL) and Gen. Roe again ( twice ).")
    texts = TokenTexts.of(doc)
    assert texts.text == {h: doc.vocab.strings[h] for h in set(texts.orth)}
    for wanted in ([], ["("], ["Gen.", "Col.", ")"], [t.text for t in doc], ["absent"]):
        hashes = {hash_string(w) for w in wanted}
        assert texts.where(hashes) == _walk(texts, hashes)
        assert texts.where_texts(wanted) == _walk(texts, hashes)
    assert texts.where_texts(["("]) == [3, 11, 18]
