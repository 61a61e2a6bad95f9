"""Elasticsearch request bodies for the API, as pure functions (no I/O, easy to test).

Faceted search follows the multi-select pattern: the full-text query and filters without a
facet (language) go in `query`; filters that belong to a facet go in `post_filter`, so they
narrow the hits but not the aggregations; each facet is a `filter` aggregation holding every
facet filter except its own. A facet therefore shows what a user gets by widening its own
selection, with exact counts (one shard)."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import orjson

MAX_WINDOW = 10_000  # index.max_result_window: beyond it, search_after
# Each text field is stemmed and folded (newsroom_text); its `exact` subfield (standard
# analyzer) adds score to exact forms, so "Ukraine" ranks "Ukraine" above "Ukraine's".
ARTICLE_TEXT_FIELDS = ["title^2", "title.exact^2", "body", "body.exact"]
CLAIM_TEXT_FIELDS = ["content^2", "content.exact^2", "sentence", "sentence.exact", "article_title", "article_title.exact"]
MAX_QUERY_CHARS = 1000

Body = dict[str, Any]


class BadQuery(ValueError):
    """The user's input cannot become a query: a 400 whose message says what to change."""


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


# -- sorting and cursors -------------------------------------------------------------------

def encode_cursor(sort_name: str, values: list[Any]) -> str:
    raw = orjson.dumps({"s": sort_name, "v": values})
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, sort_name: str, length: int) -> list[Any]:
    try:
        data = orjson.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, orjson.JSONDecodeError):
        data = None
    values = data.get("v") if isinstance(data, dict) else None
    if isinstance(values, list) and data.get("s") != sort_name:
        raise BadQuery(f"cursor was made for sort={data.get('s')}; repeat the request with that sort")
    if not (
        isinstance(values, list)
        and len(values) == length
        and all(isinstance(v, str | int | float) and not isinstance(v, bool) for v in values)
    ):
        raise BadQuery(
            "cursor is not valid here: pass next_cursor from a previous response unchanged, "
            "with the same q, filters and sort"
        )
    return values


@dataclass
class Paging:
    page: int
    size: int
    sort: str
    cursor: str | None = None

    def apply(self, body: Body, sort_spec: list[Any]) -> None:
        """from/size, or search_after; one extra hit tells whether a next page exists."""
        body["sort"] = sort_spec
        body["size"] = self.size + 1
        if self.cursor:
            body["search_after"] = decode_cursor(self.cursor, self.sort, len(sort_spec))
        else:
            body["from"] = (self.page - 1) * self.size

    def finish(self, hits: list[Body]) -> tuple[list[Body], str | None]:
        if len(hits) > self.size and self.size > 0:
            shown = hits[: self.size]
            return shown, encode_cursor(self.sort, shown[-1]["sort"])
        return hits[: self.size], None


def article_sort(sort: str, has_query: bool) -> list[Any]:
    newest = [
        {"published_at": {"order": "desc", "missing": "_last"}},
        {"id": "asc"},
    ]
    if sort == "newest" or not has_query:
        return newest
    return [{"_score": "desc"}, *newest]


def claim_sort(sort: str, has_query: bool) -> list[Any]:
    newest = [
        {"published_at": {"order": "desc", "missing": "_last"}},
        {"article_id": "asc"},
        {"position": "asc"},
    ]
    if sort == "newest" or not has_query:
        return newest
    return [{"_score": "desc"}, *newest]


# -- facets --------------------------------------------------------------------------------

@dataclass
class Facet:
    name: str  # key in the response
    field: str  # keyword field aggregated
    filter_key: str | None  # the filter this facet ignores (its own selection)


@dataclass
class FacetedRequest:
    """A search whose facet filters go to post_filter and whose facets each skip their own."""

    query: Body | None
    base_filters: list[Body] = field(default_factory=list)  # no facet: in the query
    facet_filters: dict[str, Body] = field(default_factory=dict)  # filter key -> clause

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


def facet_buckets(aggs: Body | None, name: str) -> list[dict[str, Any]]:
    node = (aggs or {}).get(name, {}).get("v", {})
    return [
        {"value": b.get("key_as_string", b["key"]), "count": b["doc_count"]}
        for b in node.get("buckets", [])
    ]


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


def snippets(hit: Body) -> list[str]:
    hl = hit.get("highlight") or {}
    return [*hl.get("title", []), *hl.get("body", [])]


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
