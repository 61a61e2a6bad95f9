"""Entities for articles not in English, from that language's own spaCy model where one is
installed (`NEWSROOM_LANGUAGE_MODELS`, default French: fr_core_news_sm 3.8.0, tok2vec + ner
only, ~75 MB more per worker process). The English rules (gazetteer, titles, claim cues) are
not run on them; claims stay English-only. Without the model an article gets no entities
rather than English guesses."""

from __future__ import annotations

import logging
import re
from collections import Counter, defaultdict

from services.core.models import Entity

log = logging.getLogger("newsroom.extract")

LABELS = {"PER": "PERSON", "PERSON": "PERSON", "ORG": "ORG", "LOC": "PLACE", "GPE": "PLACE"}
_DETERMINER = re.compile(r"^(?:l['’]|le |la |les |du |des |de la |de l['’]|el |los |las |der |die |das )", re.I)


class ForeignEntities:
    def __init__(self, models: dict[str, str]) -> None:
        self.models = models
        self._loaded: dict[str, object | None] = {}

    def nlp(self, language: str):
        if language not in self._loaded:
            name = self.models.get(language)
            self._loaded[language] = None
            if name:
                try:
                    import spacy

                    self._loaded[language] = spacy.load(
                        name, exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter", "tagger"])
                except OSError:
                    log.warning("no spaCy model %s for %s articles: they get no entities (pip install it)", name, language)
        return self._loaded[language]

    def entities(self, text: str, language: str) -> list[Entity]:
        nlp = self.nlp(language)
        if nlp is None:
            return []
        forms: dict[str, Counter] = defaultdict(Counter)
        types: dict[str, Counter] = defaultdict(Counter)
        with nlp.memory_zone():
            for ent in nlp(text).ents:
                etype = LABELS.get(ent.label_)
                surface = " ".join(ent.text.split())
                name = _DETERMINER.sub("", surface).strip(" .,;:")
                if not etype or len(name) < 2:
                    continue
                forms[name][surface] += 1
                types[name][etype] += 1
        return [
            Entity(name=name, type=types[name].most_common(1)[0][0], aliases=sorted(forms[name]),
                   count=sum(forms[name].values()))
            for name in sorted(forms, key=lambda n: -sum(forms[n].values()))
        ]
