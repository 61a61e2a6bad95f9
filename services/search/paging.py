"""Paging of list responses, as pure functions: sort orders, from/size for pages within the
result window, search_after with an opaque cursor beyond it."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import Any

import orjson

from .errors import BadCursor

MAX_WINDOW = 10_000  # index.max_result_window: beyond it, search_after

Body = dict[str, Any]


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
        raise BadCursor(f"cursor was made for sort={data.get('s')}; repeat the request with that sort")
    if not (
        isinstance(values, list)
        and len(values) == length
        and all(isinstance(v, str | int | float) and not isinstance(v, bool) for v in values)
    ):
        raise BadCursor(
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


def _newest_then(tiebreak: list[Any], sort: str, has_query: bool) -> list[Any]:
    newest = [{"published_at": {"order": "desc", "missing": "_last"}}, *tiebreak]
    if sort == "newest" or not has_query:
        return newest
    return [{"_score": "desc"}, *newest]


def article_sort(sort: str, has_query: bool) -> list[Any]:
    """relevance: score, then newest (newest alone when there is no q); ties by id."""
    return _newest_then([{"id": "asc"}], sort, has_query)


def claim_sort(sort: str, has_query: bool) -> list[Any]:
    """As article_sort; ties by article, then the claim's position in it."""
    return _newest_then([{"article_id": "asc"}, {"position": "asc"}], sort, has_query)
