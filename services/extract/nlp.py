"""spaCy loading and the article Doc.

The title and each paragraph are parsed apart (a title with no final stop would otherwise
merge into the first sentence), then joined back into one Doc whose text is exactly the
article text, so character offsets stay true."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from .blas_ops import use_blas_ops
from .fast_lemmatizer import use_fast_lemmatizer
from .fast_ruler import use_fast_attribute_ruler
from .line_breaks import lines_apart

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LEADING_BLANK = re.compile(r"(?:[ \t]*\n)*")
_JOIN_ATTRS = list(Doc._get_array_attrs())  # what Doc.from_docs copies
_ORTH_COL, _SPACY_COL = _JOIN_ATTRS.index(ORTH), _JOIN_ATTRS.index(SPACY)


@lru_cache(maxsize=4)
def get_nlp(model: str) -> Language:
    """Load a model once per process."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed: pip install it or set NEWSROOM_SPACY_MODEL"
        ) from exc
    use_fast_attribute_ruler(nlp)
    use_fast_lemmatizer(nlp)
    use_blas_ops(nlp)
    return nlp


def segments(text: str) -> list[str]:
    """Split text into pieces that concatenate back to it exactly.

    With blank-line paragraphs, each paragraph is one piece (wrapped lines stay together), cut
    at the single line breaks that end a paragraph too (line_breaks.py); without them, every
    line is a piece. The first line is always a piece of its own."""
    if not text:
        return []
    first_end = text.find("\n")
    if first_end == -1:
        return [text]
    # Blank lines after the title belong to it, so every paragraph starts with its first word
    # (a leading newline token would take the sentence start away from "The ...").
    head_end = first_end + 1 + len(_LEADING_BLANK.match(text, first_end + 1).group())
    head, rest = text[:head_end], text[head_end:]
    pieces = [head]
    if _BLANK_LINE.search(rest):
        pos = 0
        for m in _BLANK_LINE.finditer(rest):
            pieces.extend(lines_apart(rest[pos : m.end()]))
            pos = m.end()
        if pos < len(rest):
            pieces.extend(lines_apart(rest[pos:]))
    else:
        pieces.extend(rest.splitlines(keepends=True))
    return [p for p in pieces if p]


def parse_articles(nlp: Language, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    """One Doc per text, paragraphs parsed in one nlp.pipe stream across all texts."""
    texts = list(texts)
    pieces: list[tuple[int, str]] = [(i, seg) for i, t in enumerate(texts) for seg in segments(t)]
    current: list[Doc] = []
    index = 0
    docs = nlp.pipe(((seg, i) for i, seg in pieces), as_tuples=True, batch_size=batch_size)
    for doc, i in docs:
        while i != index:  # texts with no pieces (empty) and the article just finished
            yield _join(nlp, current)
            current, index = [], index + 1
        current.append(doc)
    while index < len(texts):
        yield _join(nlp, current)
        current, index = [], index + 1


def parse_article(nlp: Language, text: str) -> Doc:
    return next(parse_articles(nlp, [text]))


def _join(nlp: Language, docs: list[Doc]) -> Doc:
    if not docs:
        return nlp.make_doc("")
    if len(docs) == 1:
        return docs[0]
    if any(d.user_data or d.spans for d in docs):
        return Doc.from_docs(docs, ensure_whitespace=False)
    return join_docs(docs)


def join_docs(docs: list[Doc]) -> Doc:
    """Doc.from_docs(docs, ensure_whitespace=False) for Docs with no user data or span groups,
    in arrays: from_docs makes a Token object per token twice to read words and spaces (~2 ms
    an article); here they come from the ORTH and SPACY columns it copies anyway."""
    vocab = docs[0].vocab
    data = numpy.concatenate([d.to_array(_JOIN_ATTRS) for d in docs])
    strings = vocab.strings
    words = [strings[h] for h in data[:, _ORTH_COL].tolist()]
    spaces = [bool(s) for s in data[:, _SPACY_COL].tolist()]
    joined = Doc(vocab, words=words, spaces=spaces)
    joined.from_array(_JOIN_ATTRS, data)
    if any(len(d) for d in docs):
        joined.tensor = numpy.vstack([numpy.asarray(d.tensor) for d in docs if len(d)])
    return joined
