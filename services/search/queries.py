"""Elasticsearch request bodies for the API, as pure functions (no I/O, easy to test).

Faceted search follows the multi-select pattern: the full-text query and filters without a
facet (language) go in `query`; filters that belong to a facet go in `post_filter`, so they
narrow the hits but not the aggregations; each facet is a `filter` aggregation holding every
facet filter except its own. A facet therefore shows what a user gets by widening its own
selection, with exact counts (one shard)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from services.core.documents import FACET_FIELD_BY_TYPE

from .errors import BadQuery
from .paging import Paging, article_sort, claim_sort

# Each text field is stemmed and folded (newsroom_text); its `exact` subfield (standard
# analyzer) adds score to exact forms, so "Ukraine" ranks "Ukraine" above "Ukraine's".
ARTICLE_TEXT_FIELDS = ["title^2", "title.exact^2", "body", "body.exact"]
CLAIM_TEXT_FIELDS = ["content^2", "content.exact^2", "sentence", "sentence.exact", "article_title", "article_title.exact"]
MAX_QUERY_CHARS = 1000

Body = dict[str, Any]


# -- full text ---------------------------------------------------------------------------

_OPERATOR_WORDS = {"OR": "|", "AND": "+", "NOT": "-"}
_WORD = re.compile(r"\w", re.UNICODE)


def translate_query(q: str) -> str:
    """User syntax -> simple_query_string syntax: the words OR/AND/NOT (upper case, outside
    quotes) become |, + and -; everything else (phrases, +, -, |, prefix*) passes through."""
    out: list[str] = []
    for i, part in enumerate(q.split('"')):
        if i % 2:  # inside a phrase
            out.append(part)
            continue
        tokens = re.split(r"(\s+)", part)
        for j, tok in enumerate(tokens):
            if tok == "NOT":
                tokens[j] = "-"
            elif tok in _OPERATOR_WORDS:
                tokens[j] = f" {_OPERATOR_WORDS[tok]} "
        # "-" followed by whitespace would negate nothing: glue it to the next term.
        out.append(re.sub(r"(^|\s)-\s+", r"\1-", "".join(tokens)))
    return '"'.join(out)


def text_query(q: str | None, fields: list[str]) -> Body | None:
    if q is None or not q.strip():
        return None
    if len(q) > MAX_QUERY_CHARS:
        raise BadQuery(f"q is {len(q)} characters long; shorten it to at most {MAX_QUERY_CHARS}")
    if not _WORD.search(q):
        raise BadQuery(
            "q has no word to search for, only operators; write words or \"a phrase\", "
            "combined with +, -, OR"
        )
    if q.count('"') % 2:
        raise BadQuery('q has an unclosed quote: close the phrase with a second "')
    return {
        "simple_query_string": {
            "query": translate_query(q),
            "fields": fields,
            "default_operator": "and",
            "flags": "AND|OR|NOT|PHRASE|PRECEDENCE|PREFIX|WHITESPACE|ESCAPE|SLOP",
            "lenient": True,
        }
    }


# -- filters -------------------------------------------------------------------------------

def _one_of(clauses: list[Body]) -> Body:
    return clauses[0] if len(clauses) == 1 else {"bool": {"should": clauses, "minimum_should_match": 1}}


def names_filter(field_name: str, values: list[str]) -> Body | None:
    """Whole words, case-insensitive, any of the values (canonical names or surface forms)."""
    clauses = [{"match_phrase": {field_name: v}} for v in _clean(values)]
    return _one_of(clauses) if clauses else None


def keyword_filter(field_name: str, values: list[str], case_insensitive: bool = True) -> Body | None:
    clauses = [
        {"term": {field_name: {"value": v, "case_insensitive": case_insensitive}}} for v in _clean(values)
    ]
    return _one_of(clauses) if clauses else None


def include_exclude(include: Body | None, exclude: Body | None) -> Body | None:
    """A facet's own filter: any of the included values and none of the excluded ones."""
    if exclude is None:
        return include
    b: Body = {"must_not": [exclude]}
    if include is not None:
        b["filter"] = [include]
    return {"bool": b}


def date_filter(field_name: str, start: date | datetime | None, end: date | datetime | None) -> Body | None:
    if start is None and end is None:
        return None
    rng: dict[str, str] = {}
    if start is not None:
        rng["gte"] = _iso(start, end_of_day=False)
    if end is not None:
        rng["lte"] = _iso(end, end_of_day=True)
    return {"range": {field_name: rng}}


def _iso(value: date | datetime, end_of_day: bool) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.isoformat()
    # A bare date covers its whole day.
    return f"{value.isoformat()}T23:59:59.999Z" if end_of_day else f"{value.isoformat()}T00:00:00Z"


def _clean(values: list[str] | None) -> list[str]:
    seen: dict[str, None] = {}
    for v in values or []:
        v = v.strip()
        if v:
            seen.setdefault(v, None)
    return list(seen)


def bool_of(query: Body | None, filters: list[Body | None]) -> Body:
    fs = [f for f in filters if f]
    if query is None and not fs:
        return {"match_all": {}}
    b: Body = {}
    if query is not None:
        b["must"] = [query]
    if fs:
        b["filter"] = fs
    return {"bool": b}


# -- facets --------------------------------------------------------------------------------

@dataclass
class Facet:
    name: str  # key in the response
    field: str  # keyword field aggregated
    filter_key: str | None  # the filter this facet ignores (its own selection)


ARTICLE_FACETS = [
    Facet("person", FACET_FIELD_BY_TYPE["PERSON"], "entity"),
    Facet("organization", FACET_FIELD_BY_TYPE["ORG"], "entity"),
    Facet("place", FACET_FIELD_BY_TYPE["PLACE"], "entity"),
    Facet("source", "source", "source"),
    Facet("claimant", "claimants", "claimant"),
    Facet("author", "authors", "author"),
    Facet("language", "language", "language"),
]
CLAIM_FACETS = [
    Facet("claimant", "claimant_facet", "claimant"),
    Facet("cue", "cue", "cue"),
    Facet("quote_type", "quote_type", "quote_type"),
    Facet("kind", "kind", "kind"),
]


@dataclass
class FacetedRequest:
    """A search whose facet filters go to post_filter and whose facets each skip their own."""

    query: Body | None
    base_filters: list[Body] = field(default_factory=list)  # no facet: in the query
    facet_filters: dict[str, Body] = field(default_factory=dict)  # filter key -> clause

    @classmethod
    def of(cls, query: Body | None, base: list[Body | None], facets: dict[str, Body | None]) -> FacetedRequest:
        """The request with the filters that are set (a filter of no value is None)."""
        return cls(query, [f for f in base if f], {k: f for k, f in facets.items() if f})

    def main_query(self) -> Body:
        return bool_of(self.query, self.base_filters)

    def post_filter(self) -> Body | None:
        fs = list(self.facet_filters.values())
        return {"bool": {"filter": fs}} if fs else None

    def filter_without(self, key: str | None) -> Body:
        fs = [f for k, f in self.facet_filters.items() if k != key]
        return {"bool": {"filter": fs}} if fs else {"match_all": {}}

    def all_filters_without(self, key: str | None) -> Body:
        """The whole query, with every filter but `key` (for the published range look-up)."""
        fs = [f for k, f in self.facet_filters.items() if k != key]
        return bool_of(self.query, [*self.base_filters, *fs])

    def terms_aggs(self, facets: list[Facet], size: int) -> Body:
        return {
            f.name: {
                "filter": self.filter_without(f.filter_key),
                "aggs": {"v": {"terms": {"field": f.field, "size": size}}},
            }
            for f in facets
        }

    def paged_body(self, body: Body, paging: Paging, sort_spec: list[Any]) -> Body:
        """`body` with scores kept when there is a query, the post_filter, and the page."""
        if self.query is not None:
            body["track_scores"] = True
        post = self.post_filter()
        if post:
            body["post_filter"] = post
        paging.apply(body, sort_spec)
        return body


# -- what each search takes ----------------------------------------------------------------

@dataclass(kw_only=True)
class NamedSearch:
    """What /search and /claims both take: full text, and who is named or makes a claim."""

    q: str | None = None
    claimant: list[str] = field(default_factory=list)
    entity: list[str] = field(default_factory=list)
    not_claimant: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class ArticleQuery(NamedSearch):
    source: list[str] = field(default_factory=list)
    language: list[str] = field(default_factory=list)
    author: list[str] = field(default_factory=list)
    published_from: date | None = None
    published_to: date | None = None
    not_entity: list[str] = field(default_factory=list)
    not_source: list[str] = field(default_factory=list)

    def request(self) -> FacetedRequest:
        return FacetedRequest.of(
            text_query(self.q, ARTICLE_TEXT_FIELDS),
            base=[],
            facets={
                "entity": include_exclude(names_filter("entity_text", self.entity),
                                          names_filter("entity_text", self.not_entity)),
                "source": include_exclude(keyword_filter("source", self.source),
                                          keyword_filter("source", self.not_source)),
                "author": keyword_filter("authors", self.author),
                "language": keyword_filter("language", self.language),
                "claimant": include_exclude(names_filter("claimant_text", self.claimant),
                                            names_filter("claimant_text", self.not_claimant)),
                "published": date_filter("published_at", self.published_from, self.published_to),
            },
        )


@dataclass(kw_only=True)
class ClaimQuery(NamedSearch):
    quote_type: list[str] = field(default_factory=list)
    cue: list[str] = field(default_factory=list)
    not_quote_type: list[str] = field(default_factory=list)
    not_cue: list[str] = field(default_factory=list)
    kind: list[str] = field(default_factory=list)
    not_kind: list[str] = field(default_factory=list)

    def request(self) -> FacetedRequest:
        return FacetedRequest.of(
            text_query(self.q, CLAIM_TEXT_FIELDS),
            base=[names_filter("entity_text", self.entity)],  # no facet of its own: narrows everything
            facets={
                "claimant": include_exclude(names_filter("claimant_text", self.claimant),
                                            names_filter("claimant_text", self.not_claimant)),
                "quote_type": include_exclude(keyword_filter("quote_type", self.quote_type),
                                              keyword_filter("quote_type", self.not_quote_type)),
                "cue": include_exclude(keyword_filter("cue", self.cue), keyword_filter("cue", self.not_cue)),
                "kind": include_exclude(keyword_filter("kind", self.kind), keyword_filter("kind", self.not_kind)),
            },
        )


# -- whole request bodies ----------------------------------------------------------------------

HIT_SOURCE = ["id", "title", "source", "published_at", "language", "url", "authors"]
CLAIM_HIDDEN_FIELDS = ["claimant_text", "entity_text", "claimant_facet", "entities", "position",
                       "claim_stems", "claim_stem_count", "claim_numbers", "claim_negated"]


def article_search_body(req: FacetedRequest, paging: Paging, facet_size: int, interval: str) -> Body:
    body: Body = {
        "query": req.main_query(),
        "track_total_hits": True,
        "_source": HIT_SOURCE,
        "highlight": ARTICLE_HIGHLIGHT,
        "aggs": {
            **req.terms_aggs(ARTICLE_FACETS, facet_size),
            "published": histogram_agg(req, "published_at", "published", interval),
        },
    }
    return req.paged_body(body, paging, article_sort(paging.sort, req.query is not None))


def claim_search_body(req: FacetedRequest, paging: Paging, facet_size: int) -> Body:
    body: Body = {
        "query": req.main_query(),
        "track_total_hits": True,
        "_source": {"excludes": CLAIM_HIDDEN_FIELDS},
        "aggs": req.terms_aggs(CLAIM_FACETS, facet_size),
    }
    return req.paged_body(body, paging, claim_sort(paging.sort, req.query is not None))


def article_by_id_body(article_id: str) -> Body:
    return {"query": {"term": {"id": article_id}}, "size": 1}


def similar_articles_body(article_id: str, article: Body, size: int) -> Body:
    """More like this stored article (its title and body), never the article itself."""
    return {
        "query": {
            "bool": {
                "must": [{
                    "more_like_this": {
                        "fields": ["title", "body"],
                        "like": f"{article.get('title', '')}\n{article.get('body', '')}",
                        "min_term_freq": 1,
                        "min_doc_freq": 2,
                        "max_query_terms": 40,
                    }
                }],
                "must_not": [{"term": {"id": article_id}}],
            }
        },
        "_source": HIT_SOURCE,
        "size": size,
    }


# -- published histogram -------------------------------------------------------------------

MAX_BUCKETS = 50


def calendar_interval(lo_ms: float | None, hi_ms: float | None) -> str:
    """The finest calendar interval that keeps a histogram between lo and hi at <= 50 buckets."""
    if lo_ms is None or hi_ms is None:
        return "month"
    days = (hi_ms - lo_ms) / 86_400_000
    if days < MAX_BUCKETS - 1:
        return "day"
    if days < (MAX_BUCKETS - 2) * 7:
        return "week"
    if days < (MAX_BUCKETS - 2) * 30:
        return "month"
    return "year"


def published_range_body(req: FacetedRequest, date_field: str, own_filter: str) -> Body:
    return {
        "size": 0,
        "track_total_hits": False,
        "query": req.all_filters_without(own_filter),
        "aggs": {"lo": {"min": {"field": date_field}}, "hi": {"max": {"field": date_field}}},
    }


def histogram_agg(req: FacetedRequest, date_field: str, own_filter: str, interval: str) -> Body:
    return {
        "filter": req.filter_without(own_filter),
        "aggs": {
            "v": {
                "date_histogram": {
                    "field": date_field,
                    "calendar_interval": interval,
                    "format": "yyyy-MM-dd",
                    "min_doc_count": 0,
                }
            }
        },
    }


# -- highlight ------------------------------------------------------------------------------

ARTICLE_HIGHLIGHT: Body = {
    "pre_tags": ["<em>"],
    "post_tags": ["</em>"],
    "encoder": "html",
    "fields": {
        "title": {"number_of_fragments": 0},
        "body": {"fragment_size": 160, "number_of_fragments": 3, "no_match_size": 160},
    },
}


# -- entity suggestions ----------------------------------------------------------------------

_REGEX_RESERVED = set('.?+*|{}[]()"\\#@&<>~')


def case_insensitive_prefix_regex(prefix: str) -> str:
    """A Lucene regular expression matching names where some word starts with `prefix`,
    ignoring case. Lucene regexps in `include` are case-sensitive, so each letter becomes a
    class of its two cases: "oka" -> "(.* |.*-)?[oO][kK][aA].*"."""
    parts = []
    for ch in prefix:
        lo, up = ch.lower(), ch.upper()
        if lo != up and len(lo) == 1 and len(up) == 1:
            parts.append(f"[{lo}{up}]")
        elif ch in _REGEX_RESERVED:
            parts.append("\\" + ch)
        else:
            parts.append(ch)
    return "(.* |.*-)?" + "".join(parts) + ".*"


def typed_entity_types(etype: str | None) -> list[str]:
    """The entity types with a facet field of their own that a suggestion of `etype` reads."""
    return [t for t in FACET_FIELD_BY_TYPE if etype in (None, t)]


def entity_suggestions_aggs(prefix: str | None, etype: str | None, size: int) -> Body:
    """Typed facet fields give exact counts per type (PERSON, ORG, PLACE); other types live
    only in entity_names, typed by a look at one article that names them (`other`)."""
    terms: Body = {"size": size}
    if prefix and prefix.strip():
        terms["include"] = case_insensitive_prefix_regex(prefix.strip())
    aggs: Body = {t: {"terms": {**terms, "field": FACET_FIELD_BY_TYPE[t]}} for t in typed_entity_types(etype)}
    if etype is None or etype not in FACET_FIELD_BY_TYPE:
        # Room for the typed names that also come back here and are skipped when read.
        aggs["other"] = {
            "terms": {**terms, "field": "entity_names", "size": 4 * size},
            "aggs": {"one": {"top_hits": {"size": 1, "_source": ["entities"]}}},
        }
    return aggs
