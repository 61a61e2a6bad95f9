"""The cached lemmatizer gives spaCy's own lemmas, also across memory zones."""

import spacy  # a dependency of the extract extra: missing, this fails rather than skips

from services.core.settings import Settings  # noqa: E402
from services.extract.fast_lemmatizer import use_fast_lemmatizer  # noqa: E402
from services.extract.fast_ruler import use_fast_attribute_ruler  # noqa: E402

TEXTS = [
    "Mayor Ann Lee said the bridges were being rebuilt, and officials denied the reports.",
    "Zhuravlyov's troops fled Aleppo; the Harbour Authority claims it is better, says Okafor.",
    "They're saying the U.S. hasn't agreed to the proposals yet.",
]


def _load(fast: bool):
    nlp = spacy.load(Settings().spacy_model)
    use_fast_attribute_ruler(nlp)
    if fast:
        assert use_fast_lemmatizer(nlp)
    return nlp


def test_same_lemmas_as_spacy_in_and_across_memory_zones():
    plain, fast = _load(False), _load(True)
    assert fast.pipe_names == plain.pipe_names
    want = [[(t.text, t.lemma_) for t in d] for d in plain.pipe(TEXTS)]
    for _ in range(2):  # the second zone reuses the cache after the first freed its strings
        with fast.memory_zone():
            got = [[(t.text, t.lemma_) for t in d] for d in fast.pipe(TEXTS)]
        assert got == want
