"""The search API's request bodies (services/search/queries.py, paging.py), checked as data:
no Elasticsearch here. The integration tests check what these bodies find."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from services.search import queries as Q
from services.search.errors import BadCursor, BadQuery, PageBeyondWindow
from services.search.paging import Paging, article_sort, claim_sort, decode_cursor, encode_cursor
from services.search.params import paging

ENTITY = {"match_phrase": {"entity_text": "Okafor"}}


# -- filters ------------------------------------------------------------------------------------

def test_names_filter_is_a_phrase_match_per_value_ored_deduplicated_and_stripped():
    assert Q.names_filter("claimant_text", ["Okafor"]) == {"match_phrase": {"claimant_text": "Okafor"}}
    assert Q.names_filter("claimant_text", [" Okafor ", "Okafor", "", "Amara Okafor"]) == {
        "bool": {
            "should": [
                {"match_phrase": {"claimant_text": "Okafor"}},
                {"match_phrase": {"claimant_text": "Amara Okafor"}},
            ],
            "minimum_should_match": 1,
        }
    }
    assert Q.names_filter("claimant_text", ["  ", ""]) is None
    assert Q.names_filter("claimant_text", []) is None


def test_claimant_and_entity_match_whole_words_case_insensitively_through_the_mapping():
    """match_phrase on a standard-analyzed text field: whole words in order, any case. A term
    or wildcard query would match case-sensitively or inside words instead."""
    from services.core.index import ARTICLE_MAPPING, CLAIM_MAPPING

    for mapping in (ARTICLE_MAPPING, CLAIM_MAPPING):
        for name in ("claimant_text", "entity_text"):
            assert mapping["properties"][name] == {"type": "text", "analyzer": "standard"}
    clause = Q.names_filter("entity_text", ["okafor"])
    assert list(clause) == ["match_phrase"]


def test_keyword_filter_ignores_case_and_ors_values():
    assert Q.keyword_filter("source", ["Harbour Herald"]) == {
        "term": {"source": {"value": "Harbour Herald", "case_insensitive": True}}
    }
    both = Q.keyword_filter("source", ["A", "B"])
    assert [c["term"]["source"]["value"] for c in both["bool"]["should"]] == ["A", "B"]
    assert Q.keyword_filter("source", []) is None


def test_date_filter_covers_whole_days_and_reads_naive_times_as_utc():
    assert Q.date_filter("published_at", None, None) is None
    assert Q.date_filter("published_at", date(2024, 3, 1), date(2024, 3, 2)) == {
        "range": {"published_at": {"gte": "2024-03-01T00:00:00Z", "lte": "2024-03-02T23:59:59.999Z"}}
    }
    assert Q.date_filter("published_at", None, date(2024, 3, 2)) == {
        "range": {"published_at": {"lte": "2024-03-02T23:59:59.999Z"}}
    }
    naive = Q.date_filter("published_at", datetime(2024, 3, 1, 8), None)
    assert naive == {"range": {"published_at": {"gte": "2024-03-01T08:00:00+00:00"}}}


def test_bool_of_matches_all_without_query_or_filters():
    assert Q.bool_of(None, [None]) == {"match_all": {}}
    assert Q.bool_of({"x": 1}, [None, ENTITY]) == {"bool": {"must": [{"x": 1}], "filter": [ENTITY]}}


# -- full text --------------------------------------------------------------------------------

def test_operator_words_translate_outside_phrases_only():
    assert Q.translate_query('drone OR "air base" AND NOT "a OR b"') == 'drone  |  "air base"  +  -"a OR b"'
    assert Q.translate_query("- drone") == "-drone"
    assert Q.translate_query("or and not") == "or and not"  # lower case: plain words


@pytest.mark.parametrize("q, says", [
    ('"air base', "unclosed quote"),
    ("+ - |", "no word"),
    ("x" * 1001, "at most 1000"),
])
def test_text_query_refuses_what_cannot_be_a_query(q, says):
    with pytest.raises(BadQuery, match=says):
        Q.text_query(q, Q.ARTICLE_TEXT_FIELDS)


def test_empty_text_is_no_query():
    assert Q.text_query(None, ["body"]) is None
    assert Q.text_query("   ", ["body"]) is None
    sqs = Q.text_query("drone", Q.ARTICLE_TEXT_FIELDS)["simple_query_string"]
    assert sqs["fields"] == ["title^2", "title.exact^2", "body", "body.exact"] and sqs["default_operator"] == "and"


# -- facets: the multi-select rule ---------------------------------------------------------

def _filters(clause):
    return [] if clause == {"match_all": {}} else clause["bool"]["filter"]


def test_article_filters_with_a_facet_go_to_post_filter_language_and_author_too():
    aq = Q.ArticleQuery(q="drone", entity=["Okafor"], source=["Wire"], claimant=["Berg"],
                        language=["en"], author=["Ana Ruiz"], published_from=date(2024, 1, 1))
    req = aq.request()
    main = req.main_query()["bool"]
    assert main["must"] == [Q.text_query("drone", Q.ARTICLE_TEXT_FIELDS)]
    assert "filter" not in main or main["filter"] == []
    assert set(req.facet_filters) == {"entity", "source", "claimant", "published", "language", "author"}
    assert req.facet_filters["author"] == Q.keyword_filter("authors", ["Ana Ruiz"])
    assert _filters(req.post_filter()) == list(req.facet_filters.values())


def test_each_article_facet_counts_without_its_own_filter_and_with_every_other():
    req = Q.ArticleQuery(entity=["Okafor"], source=["Wire"], published_to=date(2024, 1, 1)).request()
    body = Q.article_search_body(req, Paging(1, 10, "relevance"), 10, "month")
    aggs = body["aggs"]
    entity, source, published = (req.facet_filters[k] for k in ("entity", "source", "published"))
    for facet in ("person", "organization", "place"):
        assert _filters(aggs[facet]["filter"]) == [source, published]
    assert _filters(aggs["source"]["filter"]) == [entity, published]
    assert _filters(aggs["claimant"]["filter"]) == [entity, source, published]
    assert _filters(aggs["published"]["filter"]) == [entity, source]
    assert aggs["person"]["aggs"]["v"]["terms"] == {"field": "persons", "size": 10}
    assert aggs["published"]["aggs"]["v"]["date_histogram"]["calendar_interval"] == "month"


def test_no_filters_means_no_post_filter_and_unfiltered_facets():
    req = Q.ArticleQuery().request()
    body = Q.article_search_body(req, Paging(1, 10, "relevance"), 5, "day")
    assert "post_filter" not in body and "track_scores" not in body
    assert body["query"] == {"match_all": {}}
    assert all(a["filter"] == {"match_all": {}} for a in body["aggs"].values())


def test_claim_entity_narrows_everything_other_claim_filters_are_facets():
    req = Q.ClaimQuery(q="base", entity=["Harbour Authority"], claimant=["Okafor"],
                       quote_type=["direct"], cue=["said"]).request()
    assert req.base_filters == [Q.names_filter("entity_text", ["Harbour Authority"])]
    assert set(req.facet_filters) == {"claimant", "quote_type", "cue"}
    body = Q.claim_search_body(req, Paging(1, 10, "relevance"), 10)
    assert body["query"]["bool"]["filter"] == req.base_filters
    assert _filters(body["aggs"]["cue"]["filter"]) == [req.facet_filters["claimant"], req.facet_filters["quote_type"]]
    assert body["aggs"]["claimant"]["aggs"]["v"]["terms"]["field"] == "claimant_facet"
    assert body["track_scores"] is True
    assert "entity_text" in body["_source"]["excludes"]


def test_published_range_lookup_keeps_query_and_every_filter_but_the_dates():
    req = Q.ArticleQuery(q="x", source=["Wire"], language=["fr"], published_from=date(2024, 1, 1)).request()
    body = Q.published_range_body(req, "published_at", "published")
    filters = body["query"]["bool"]["filter"]
    assert Q.keyword_filter("language", ["fr"]) in filters and req.facet_filters["source"] in filters
    assert req.facet_filters["published"] not in filters
    assert body["size"] == 0 and set(body["aggs"]) == {"lo", "hi"}


# -- sort and paging ----------------------------------------------------------------------------

def test_relevance_sorts_by_score_only_when_there_is_a_query():
    newest = [{"published_at": {"order": "desc", "missing": "_last"}}, {"id": "asc"}]
    assert article_sort("relevance", has_query=True) == [{"_score": "desc"}, *newest]
    assert article_sort("relevance", has_query=False) == newest
    assert article_sort("newest", has_query=True) == newest
    assert claim_sort("newest", has_query=True)[1:] == [{"article_id": "asc"}, {"position": "asc"}]


def test_page_is_from_and_size_with_one_extra_hit():
    body = Q.article_search_body(Q.ArticleQuery().request(), Paging(3, 20, "newest"), 10, "month")
    assert body["from"] == 40 and body["size"] == 21 and "search_after" not in body
    assert body["sort"] == article_sort("newest", False)


def test_the_extra_hit_gives_a_cursor_to_the_next_page():
    p = Paging(1, 2, "newest")
    hits = [{"sort": [3, "c"]}, {"sort": [2, "b"]}, {"sort": [1, "a"]}]
    shown, cursor = p.finish(hits)
    assert shown == hits[:2] and decode_cursor(cursor, "newest", 2) == [2, "b"]
    assert p.finish(hits[:2]) == (hits[:2], None)
    assert Paging(1, 0, "newest").finish(hits) == ([], None)


def test_a_cursor_pages_by_search_after_without_from():
    body: dict = {}
    Paging(7, 10, "newest", cursor=encode_cursor("newest", [5, "e"])).apply(body, article_sort("newest", False))
    assert body["search_after"] == [5, "e"] and "from" not in body and body["size"] == 11


@pytest.mark.parametrize("cursor, says", [
    (encode_cursor("relevance", [1.0, 5, "e"]), "sort=relevance"),
    (encode_cursor("newest", [5]), "not valid"),
    (encode_cursor("newest", [True, "e"]), "not valid"),
    (encode_cursor("newest", [{"a": 1}, "e"]), "not valid"),
    ("%%%not base64", "not valid"),
])
def test_bad_cursors_are_refused_with_what_to_do(cursor, says):
    with pytest.raises(BadCursor, match=says):
        decode_cursor(cursor, "newest", 2)


def test_paging_past_the_window_needs_a_cursor():
    assert paging(page=1000, size=10) == Paging(1000, 10, "relevance")
    with pytest.raises(PageBeyondWindow, match="at most 10000 .got 10010."):
        paging(page=1001, size=10)
    assert paging(page=1001, size=10, cursor="abc").cursor == "abc"


# -- published histogram ------------------------------------------------------------------------

DAY_MS = 86_400_000


@pytest.mark.parametrize("days, interval", [
    (0, "day"), (48, "day"), (49, "week"), (48 * 7 - 1, "week"), (48 * 7, "month"),
    (48 * 30 - 1, "month"), (48 * 30, "year"),
])
def test_calendar_interval_boundaries(days, interval):
    assert Q.calendar_interval(0, days * DAY_MS) == interval


def test_calendar_interval_keeps_at_most_50_buckets():
    start = datetime(2023, 1, 1, tzinfo=UTC)
    for days in range(0, 3000, 7):
        end = start + timedelta(days=days)
        interval = Q.calendar_interval(start.timestamp() * 1000, end.timestamp() * 1000)
        buckets = {
            "day": days + 1,
            "week": days // 7 + 2,
            "month": (end.year - start.year) * 12 + end.month - start.month + 1,
            "year": end.year - start.year + 1,
        }[interval]
        assert buckets <= 50, (days, interval)


def test_no_dates_gives_months():
    assert Q.calendar_interval(None, None) == "month"


# -- entity suggestions --------------------------------------------------------------------------

def _lucene_match(regex: str, name: str) -> bool:
    return re.fullmatch(regex, name) is not None  # Lucene regexps are anchored, like fullmatch


def test_prefix_regex_matches_any_word_start_ignoring_case():
    rx = Q.case_insensitive_prefix_regex("oka")
    assert rx == "(.* |.*-)?[oO][kK][aA].*"
    assert _lucene_match(rx, "Amara Okafor") and _lucene_match(rx, "Okapi Logistics")
    assert _lucene_match(rx, "al-Okab")
    assert not _lucene_match(rx, "Bokassa")


def test_prefix_regex_escapes_reserved_characters():
    rx = Q.case_insensitive_prefix_regex("u.s")
    assert _lucene_match(rx, "U.S. Army") and not _lucene_match(rx, "UKS")


def test_suggestion_aggs_read_typed_fields_and_the_rest_from_entity_names():
    everything = Q.entity_suggestions_aggs("oka", None, 10)
    assert set(everything) == {"PERSON", "ORG", "PLACE", "other"}
    assert everything["PERSON"]["terms"] == {"size": 10, "include": Q.case_insensitive_prefix_regex("oka"),
                                             "field": "persons"}
    assert everything["other"]["terms"]["size"] == 40
    assert set(Q.entity_suggestions_aggs(None, "ORG", 5)) == {"ORG"}
    norp = Q.entity_suggestions_aggs("  ", "NORP", 5)
    assert set(norp) == {"other"} and "include" not in norp["other"]["terms"]


def test_similar_articles_never_returns_the_article_itself():
    body = Q.similar_articles_body("a1", {"id": "a1", "title": "T", "body": "B"}, 5)
    assert body["query"]["bool"]["must_not"] == [{"term": {"id": "a1"}}]
    assert body["query"]["bool"]["must"][0]["more_like_this"]["like"] == "T\nB"
    assert body["size"] == 5
