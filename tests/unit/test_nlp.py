"""The table-driven attribute ruler gives exactly the token attributes of spaCy's own."""

from __future__ import annotations

import json

import pytest
import spacy
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from services.core.settings import Settings
from services.extract.fast_ruler import use_fast_attribute_ruler
from services.extract.nlp import get_nlp, join_docs, parse_articles, segments
from tests.conftest import ROOT

MODEL = Settings().spacy_model


def _texts() -> list[str]:
    gold = json.loads((ROOT / "tests" / "eval" / "gold.json").read_text(encoding="utf-8"))
    seeds = sorted(p for p in (ROOT / "seeds").iterdir() if p.is_file())
    extra = (
        "Y'all gonna go, ain't nothin' gotta stop us. Let's c'mon now!\n\n  \n"
        " There is a dog. There's two. It is I. Give it to me, you. Who? That which is.\n\t\n"
    )
    return [a["text"] for a in gold] + [p.read_text(encoding="utf-8") for p in seeds] + [extra]


def _signature(doc):
    tokens = [(t.i, t.text, t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]
    return tokens, [(e.start, e.end, e.label_) for e in doc.ents]


@pytest.fixture(scope="module")
def pipelines():
    original = spacy.load(MODEL)
    fast = get_nlp(MODEL)
    return original, fast


def test_fast_ruler_replaces_the_attribute_ruler(pipelines):
    original, fast = pipelines
    assert isinstance(original.get_pipe("attribute_ruler"), AttributeRuler)
    assert not isinstance(fast.get_pipe("attribute_ruler"), AttributeRuler)
    assert fast.pipe_names == original.pipe_names


@pytest.mark.parametrize("index", range(len(_texts())))
def test_token_attributes_and_entities_are_identical(pipelines, index):
    original, fast = pipelines
    text = _texts()[index]
    expected = next(parse_articles(original, [text]))
    got = next(parse_articles(fast, [text]))
    assert _signature(got) == _signature(expected)
    assert _signature(fast(text)) == _signature(original(text))  # one Doc, no segmenting


def test_ruler_alone_is_identical_on_the_same_input(pipelines):
    original, fast = pipelines
    before = ["tok2vec", "tagger", "parser"]
    ruler, fast_ruler = original.get_pipe("attribute_ruler"), fast.get_pipe("attribute_ruler")
    for doc in original.pipe(_texts(), disable=[n for n in original.pipe_names if n not in before]):
        a, b = ruler(doc.copy()), fast_ruler(doc.copy())
        assert [(t.pos, t.morph.key, t.lemma, t.tag, t.dep) for t in a] == [
            (t.pos, t.morph.key, t.lemma, t.tag, t.dep) for t in b
        ]


def test_model_without_attribute_ruler_still_loads():
    nlp = spacy.load(MODEL, exclude=["attribute_ruler"])
    assert not use_fast_attribute_ruler(nlp)
    assert "attribute_ruler" not in nlp.pipe_names
    doc = next(parse_articles(nlp, ["Title\n\nThe council met on Monday."]))
    assert [t.text for t in doc][-2:] == ["Monday", "."]
    assert not use_fast_attribute_ruler(spacy.blank("en"))


def test_unsupported_patterns_keep_spacys_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "x"})
    assert not use_fast_attribute_ruler(nlp)
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler)


def test_blank_pipeline_with_supported_patterns_matches_spacy():
    words = "gon na go , gon na stay ! I won't ."
    reference = spacy.blank("en")
    reference.add_pipe("attribute_ruler").add_patterns(
        [
            {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}},
            {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": -1},
            {"patterns": [[{"LOWER": {"REGEX": "^g"}}]], "attrs": {"POS": "VERB", "LEMMA": "g"}},
            {"patterns": [[{"IS_PUNCT": True}]], "attrs": {"POS": "PUNCT", "MORPH": "PunctType=Peri"}},
        ]
    )
    fast = spacy.blank("en")
    fast.add_pipe("attribute_ruler").add_patterns(reference.get_pipe("attribute_ruler").patterns)
    assert use_fast_attribute_ruler(fast)
    a, b = reference(words), fast(words)
    assert [(t.pos_, str(t.morph), t.lemma_) for t in a] == [(t.pos_, str(t.morph), t.lemma_) for t in b]
    assert [t.lemma_ for t in b][:3] == ["g", "to", "g"]  # the later pattern wins on "gon"


def _multi_piece_texts() -> list[str]:
    """The texts that split into several pieces (a single piece has nothing to join)."""
    texts = [t for t in _texts() if len(segments(t)) >= 2]
    assert texts, "no text of several pieces to test join_docs on"
    return texts


@pytest.mark.parametrize("index", range(len(_multi_piece_texts())))
def test_join_docs_is_doc_from_docs(pipelines, index):
    _, fast = pipelines
    pieces = list(fast.pipe(segments(_multi_piece_texts()[index])))
    assert len(pieces) >= 2
    expected = Doc.from_docs(pieces, ensure_whitespace=False)
    got = join_docs(pieces)
    assert got.text == expected.text
    assert _signature(got) == _signature(expected)
    assert [(s.start, s.end) for s in got.sents] == [(s.start, s.end) for s in expected.sents]
    attrs = list(Doc._get_array_attrs())
    assert (got.to_array(attrs) == expected.to_array(attrs)).all()
    assert (got.tensor == expected.tensor).all()


def test_blas_ops_multiply_as_thinc_does():
    import numpy
    from thinc.api import NumpyOps

    from services.extract.blas_ops import BlasOps

    rng = numpy.random.default_rng(3)
    x = rng.random((7, 5), dtype="float32")
    y = rng.random((5, 3), dtype="float32")
    stock, blas = NumpyOps(), BlasOps()
    for a, b, t1, t2 in [(x, y, False, False), (x.T.copy(), y, True, False), (x, y.T.copy(), False, True)]:
        expected = stock.gemm(a, b, trans1=t1, trans2=t2)
        numpy.testing.assert_allclose(blas.gemm(a, b, trans1=t1, trans2=t2), expected, rtol=1e-5)
        out = numpy.zeros((7, 3), dtype="float32")
        assert blas.gemm(a, b, out=out, trans1=t1, trans2=t2) is out
        numpy.testing.assert_allclose(out, expected, rtol=1e-5)


def test_every_layer_of_the_loaded_model_uses_blas_ops(pipelines):
    from services.extract.blas_ops import BlasOps

    _, fast = pipelines
    layers = [layer for _, comp in fast.components if hasattr(comp, "model") for layer in comp.model.walk()]
    assert layers and all(isinstance(layer.ops, BlasOps) for layer in layers)
