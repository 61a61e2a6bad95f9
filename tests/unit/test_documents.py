"""How an Article is stored (services/core/documents.py): one article document with facet
fields, one document per claim. Checked against the strict index mappings, so a field the
writer adds without the mapping fails here, not in the worker."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from elasticsearch.serializer import JsonSerializer, OrjsonSerializer

from services.core.documents import (
    FACET_FIELD_BY_TYPE,
    article_document,
    article_from_document,
    claim_documents,
    claim_id,
)
from services.core.index import ARTICLE_MAPPING, CLAIM_MAPPING
from services.core.models import Article, Claim, Entity

SENTENCE_1 = "Dr. Amara Okafor said the HTS fighters had left."
SENTENCE_2 = "Officials claimed the Harbour Authority would reopen the port."


def article() -> Article:
    return Article(
        id="a1",
        title="Port to reopen",
        body=f"{SENTENCE_1} {SENTENCE_2}",
        source="Harbour Herald",
        published_at=datetime(2024, 3, 1, 8, tzinfo=UTC),
        entities=[
            Entity(name="Amara Okafor", type="PERSON", aliases=["Dr. Amara Okafor", "Okafor"], count=2),
            Entity(name="Hayat Tahrir al-Sham", type="ORG", aliases=["HTS"]),
            Entity(name="Harbour Authority", type="ORG", aliases=["the Harbour Authority"]),
            Entity(name="Eastport", type="PLACE"),
            Entity(name="Syrian", type="NORP"),
            Entity(name="Amara Okafor", type="PERSON"),  # a repeat: one facet value
        ],
        claims=[
            Claim(content="the HTS fighters had left", sentence=SENTENCE_1, claimant="Dr. Amara Okafor",
                  claimant_entity="Amara Okafor", cue="said", quote_type="indirect", start=22, end=47),
            Claim(content="the Harbour Authority would reopen the port", sentence=SENTENCE_2,
                  claimant="Officials", cue="claimed", quote_type="indirect", start=67, end=110),
        ],
        files=["inbox/port.txt"],
    )


def test_typed_entities_fill_their_facet_fields_sorted_and_unique():
    doc = article_document(article())
    assert doc["persons"] == ["Amara Okafor"]
    assert doc["organizations"] == ["Harbour Authority", "Hayat Tahrir al-Sham"]
    assert doc["places"] == ["Eastport"]
    assert doc["entity_names"] == ["Amara Okafor", "Eastport", "Harbour Authority", "Hayat Tahrir al-Sham", "Syrian"]
    for etype, field in FACET_FIELD_BY_TYPE.items():
        assert ARTICLE_MAPPING["properties"][field] == {"type": "keyword"}, etype


def test_entity_text_holds_names_and_surface_forms_for_whole_word_filters():
    text = article_document(article())["entity_text"]
    assert {"Okafor", "Dr. Amara Okafor", "HTS", "the Harbour Authority", "Syrian"} <= set(text)
    assert text == sorted(set(text))


def test_claimant_facet_prefers_the_entity_and_falls_back_to_the_surface_text():
    doc = article_document(article())
    assert doc["claimants"] == ["Amara Okafor", "Officials"]
    assert doc["claimant_text"] == ["Amara Okafor", "Dr. Amara Okafor", "Officials"]
    assert doc["claim_count"] == 2


def test_documents_fit_the_strict_mappings():
    doc = article_document(article())
    assert set(doc) <= set(ARTICLE_MAPPING["properties"]), set(doc) - set(ARTICLE_MAPPING["properties"])
    for cdoc in claim_documents(article()):
        extra = set(cdoc) - set(CLAIM_MAPPING["properties"])
        assert not extra, extra


def test_claim_documents_carry_their_position_article_and_named_entities():
    first, second = claim_documents(article())
    assert (first["id"], second["id"]) == (claim_id("a1", 0), claim_id("a1", 1)) == ("a1:0", "a1:1")
    assert first["position"] == 0 and second["position"] == 1
    assert first["article_id"] == "a1" and first["article_title"] == "Port to reopen"
    assert first["source"] == "Harbour Herald" and first["published_at"] == "2024-03-01T08:00:00+00:00"
    # Named in the sentence by any form, any case; or the claimant itself.
    assert first["entities"] == ["Amara Okafor", "Hayat Tahrir al-Sham"]
    assert second["entities"] == ["Harbour Authority"]
    assert "the Harbour Authority" in second["entity_text"] and "HTS" not in second["entity_text"]
    assert first["claimant_facet"] == "Amara Okafor" and second["claimant_facet"] == "Officials"
    assert first["claimant_text"] == ["Dr. Amara Okafor", "Amara Okafor"] and second["claimant_text"] == ["Officials"]
    assert first["content"] == "the HTS fighters had left" and first["cue"] == "said"


def test_an_unattributed_claim_of_an_undated_article():
    a = article().model_copy(update={
        "published_at": None,
        "claims": [Claim(content="x", sentence="It was said that x.", cue="said", quote_type="reported", start=0, end=1)],
    })
    (doc,) = claim_documents(a)
    assert doc["claimant_facet"] is None and doc["claimant_text"] == [] and doc["published_at"] is None
    assert article_document(a)["claimants"] == []


def test_an_article_reads_back_from_its_document():
    a = article()
    assert article_from_document(article_document(a)) == a
    # Fields the document lacks take the model's defaults.
    assert article_from_document({"id": "b", "title": "T", "body": "B"}).entities == []


def test_documents_encode_the_same_with_the_workers_orjson_serializer():
    """The worker's Elasticsearch client writes with orjson (services/extract/store.py): every
    value a document holds must come out as the standard serializer writes it."""
    docs = [article_document(article()), *claim_documents(article())]
    docs[0]["indexed_at"] = datetime(2024, 3, 1, 8, 0, 1, 5, tzinfo=UTC).isoformat()
    for doc in docs:
        assert json.loads(OrjsonSerializer().dumps(doc)) == json.loads(JsonSerializer().dumps(doc))
