"""The token texts the name walks read: the same tokens as testing each token's text."""

from __future__ import annotations

from services.extract.entity_spans import TokenTexts
from services.extract.nlp import parse_article

TEXT = (
    "Harbour Board Says Ferry Fares Will Rise\n\n"
    "Mr. Dalgety of the Harbour Board (HB) said on Tuesday that fares would rise. "
    "Dalgety told the World Health Organization (WHO) and Ms. Okoro (a trustee) so."
)


def test_where_texts_finds_the_tokens_of_those_texts_in_order(nlp):
    doc = parse_article(nlp, TEXT)
    texts = TokenTexts.of(doc)
    for wanted in (["("], ["Dalgety", "WHO", ")"], ["Okoro", "not in the text"], []):
        assert texts.where_texts(wanted) == [t.i for t in doc if t.text in wanted]
    assert texts.where_texts(["("]) == texts.where({h for h, t in texts.text.items() if t == "("})
