"""Elasticsearch responses -> API responses (services/search/results.py), on hand-made
responses: paging envelope, facets, hits and the ranking of entity suggestions."""

from __future__ import annotations

from services.search.paging import Paging, decode_cursor
from services.search.results import article_search_response, entity_suggestions, search_hit


def _response(n_hits: int, total: int) -> dict:
    hits = [{"_id": f"a{i}", "_score": 1.0, "sort": [1.0, i, f"a{i}"],
             "_source": {"id": f"a{i}", "title": f"T{i}"},
             "highlight": {"title": [f"<em>T{i}</em>"], "body": ["b1", "b2"]}} for i in range(n_hits)]
    aggs = {
        "person": {"v": {"buckets": [{"key": "Amara Okafor", "doc_count": 3}]}},
        "published": {"v": {"buckets": [{"key": 1, "key_as_string": "2024-03-01", "doc_count": 2}]}},
    }
    return {"hits": {"total": {"value": total}, "hits": hits}, "aggregations": aggs}


def test_search_response_pages_and_reads_facets():
    out = article_search_response(_response(3, 57), Paging(2, 2, "relevance"), "month")
    assert (out.total, out.page, out.size) == (57, 2, 2)
    assert [h.id for h in out.hits] == ["a0", "a1"]
    assert decode_cursor(out.next_cursor, "relevance", 3) == [1.0, 1, "a1"]
    assert out.hits[0].snippets == ["<em>T0</em>", "b1", "b2"]
    assert [(b.value, b.count) for b in out.facets.person] == [("Amara Okafor", 3)]
    assert [(b.value, b.count) for b in out.facets.published] == [("2024-03-01", 2)]
    assert out.facets.source == [] and out.published_interval == "month"


def test_last_page_has_no_cursor_and_a_cursor_page_reports_page_1():
    out = article_search_response(_response(2, 2), Paging(5, 2, "relevance", cursor="c"), "day")
    assert out.next_cursor is None and out.page == 1


def test_hit_without_source_fields_uses_the_document_id():
    hit = search_hit({"_id": "x", "_source": {}})
    assert (hit.id, hit.title, hit.score, hit.snippets) == ("x", "", None, [])


def _other(name: str, doc_count: int, types: list[tuple[str, str]]) -> dict:
    ents = [{"name": n, "type": t} for n, t in types]
    return {"key": name, "doc_count": doc_count,
            "one": {"hits": {"hits": [{"_source": {"entities": ents}}] if ents else []}}}


def test_suggestions_rank_by_count_and_type_other_names_by_one_article():
    aggs = {
        "PERSON": {"buckets": [{"key": "Amara Okafor", "doc_count": 5}]},
        "ORG": {"buckets": [{"key": "Okapi Logistics", "doc_count": 5}]},
        "PLACE": {"buckets": []},
        "other": {"buckets": [
            _other("Amara Okafor", 5, [("Amara Okafor", "PERSON")]),  # typed: counted above
            _other("Okinawan", 7, [("Okinawan", "NORP")]),
            _other("Okay", 9, [("Okay", "PERSON")]),  # a PERSON missing from its facet: left out
            _other("Oka", 1, []),  # no article to type it by
        ]},
    }
    out = entity_suggestions(aggs, None, 10)
    assert [(h.name, h.type, h.count) for h in out.hits] == [
        ("Okinawan", "NORP", 7), ("Amara Okafor", "PERSON", 5), ("Okapi Logistics", "ORG", 5),
    ]
    assert [h.name for h in entity_suggestions(aggs, None, 2).hits] == ["Okinawan", "Amara Okafor"]
    assert [h.name for h in entity_suggestions(aggs, "NORP", 10).hits] == ["Okinawan"]
    assert [h.name for h in entity_suggestions(aggs, "EVENT", 10).hits] == []
