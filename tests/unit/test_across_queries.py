"""The request bodies of stories, claim groups, entity pages and alerts (pure, no I/O)."""

from __future__ import annotations

import pytest

from services.search import across_queries as AQ
from services.search.across import alert_query
from services.search.across_schemas import AlertIn
from services.search.errors import BadQuery
from services.search.queries import ArticleQuery


def test_a_saved_search_is_its_query_with_every_filter():
    q = alert_query(AlertIn(name="x", params={"q": "dredging", "entity": "Okafor", "source": ["Herald"]}))
    text = str(q)
    assert "dredging" in text and "Okafor" in text and "Herald" in text


@pytest.mark.parametrize(("target", "params", "words"), [
    ("articles", {"colour": "red"}, ["colour", "parameters of articles"]),
    ("claims", {"quote_type": "shouted"}, ["quote_type", "direct"]),
    ("articles", {"published_from": "2024-02-30"}, ["published_from", "date"]),
    ("articles", {"q": '"open'}, ["quote"]),
])
def test_bad_saved_parameters_say_what_to_change(target, params, words):
    with pytest.raises(BadQuery) as exc:
        alert_query(AlertIn(name="x", target=target, params=params))
    assert all(w in str(exc.value) for w in words), str(exc.value)


def test_story_search_collapses_on_the_story_and_counts_stories():
    body = AQ.story_search_body(ArticleQuery(q="port").request(), 10, 20, [{"_score": "desc"}])
    assert body["collapse"] == {"field": "story_id"} and body["from"] == 20
    assert body["aggs"]["stories"]["cardinality"]["field"] == "story_id"


def test_entity_page_matches_the_name_in_any_case_and_claims_about_it_exclude_its_own():
    assert AQ.entity_filter("okafor")["term"]["entity_names"]["case_insensitive"] is True
    about = AQ.claims_about_body(["Amara Okafor", "Okafor"], "Amara Okafor", 5)["query"]["bool"]
    assert len(about["should"]) == 2 and about["must_not"]
    body, interval = AQ.entity_histogram_body("x", 0, 10 * 86_400_000)
    assert interval == "day" and "auto_date_histogram" not in str(body)
