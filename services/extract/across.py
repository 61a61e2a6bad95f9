"""The worker's steps across articles, around the batch write: groups before it (a story per
article, a group per claim: grouping.py), alerts after it (alerts.py). A failure here is
logged and never fails the articles: an article without groups is still an article."""

from __future__ import annotations

import logging
from typing import Any

from elasticsearch import Elasticsearch

from services.core.models import Article
from services.core.names import StackNames
from services.core.settings import Settings

from .alerts import AlertRunner
from .grouping import Grouper
from .store import WriteOutcome

log = logging.getLogger("newsroom.across")


class AcrossSteps:
    def __init__(self, settings: Settings, es: Elasticsearch, names: StackNames) -> None:
        self.grouper = Grouper(settings, es, names)
        self.alerts = AlertRunner(es, names, self.grouper.redis)

    def before_write(self, articles: list[Article]) -> dict[str, dict[str, Any]]:
        try:
            return self.grouper.assign(articles)
        except Exception as exc:
            log.warning("grouping skipped for %d articles: %s", len(articles), exc)
            return {a.id: {"story_id": a.id} for a in articles}

    def after_write(self, articles: list[Article], outcomes: list[WriteOutcome], refreshed: bool) -> None:
        new = {o.article_id for o in outcomes if o.result == "indexed"}
        try:
            self.alerts.run([a for a in articles if a.id in new], refreshed)
        except Exception as exc:
            log.warning("alerts skipped for this batch: %s", exc)
