"""doc_tokens: the last Doc's Token list, shared by the entity resolver and the claim patterns."""

from __future__ import annotations

from spacy.tokens import Doc

from services.extract.token_index import doc_tokens


def test_the_same_doc_gets_the_same_list_and_another_doc_its_own(nlp):
    doc = nlp.make_doc("Mayor Roe said the ferry will run.")
    toks = doc_tokens(doc)
    assert [t.i for t in toks] == list(range(len(doc)))
    assert doc_tokens(doc) is toks
    other = nlp.make_doc("Mayor Roe said the ferry will run.")
    assert doc_tokens(other) is not toks
    assert all(t.doc is other for t in doc_tokens(other))
    assert doc_tokens(doc) is not toks and [t.text for t in doc_tokens(doc)] == [t.text for t in toks]


def test_a_doc_retokenized_gets_its_tokens_again(nlp):
    doc = nlp.make_doc("The harbour board met in New York today.")
    assert len(doc_tokens(doc)) == 9
    with doc.retokenize() as r:
        r.merge(doc[5:7])
    assert [t.text for t in doc_tokens(doc)] == [t.text for t in doc]
    assert doc_tokens(Doc(doc.vocab, words=[])) == []
