"""What can go wrong in the search API, as named exceptions. They say nothing of HTTP:
error_handlers.py maps each one (and the clients' own errors) to a status code, once."""

from __future__ import annotations


class SearchError(Exception):
    """Base of the API's own errors; the message is what the user reads."""


class BadQuery(SearchError, ValueError):
    """The user's input cannot become a query (q, cursor): 400, saying what to change."""


class BadCursor(BadQuery):
    """A cursor that does not fit this search (forged, stale, or made for another sort)."""


class PageBeyondWindow(SearchError):
    """page * size past the result window without a cursor: 422 on `page`, like a range error."""

    def __init__(self, page: int, size: int, window: int) -> None:
        self.page, self.size, self.window = page, size, window
        super().__init__(
            f"page * size must be at most {window} (got {page * size}); "
            "to go deeper, follow next_cursor with the `cursor` parameter"
        )


class ArticleNotFound(SearchError, LookupError):
    """No article with this id: 404."""

    def __init__(self, article_id: str) -> None:
        self.article_id = article_id
        super().__init__(f"no article with id {article_id!r}")


class ResourceNotFound(SearchError, LookupError):
    """No such claim group, entity or alert: 404."""


class ClaimGroupNotFound(ResourceNotFound):
    def __init__(self, group_id: str) -> None:
        super().__init__(f"no claim group with id {group_id!r}; /claims?collapse=group lists them")


class EntityNotFound(ResourceNotFound):
    def __init__(self, name: str) -> None:
        super().__init__(f"no article names an entity called {name!r}; /entities?prefix= suggests names")


class AlertNotFound(ResourceNotFound):
    def __init__(self, alert_id: str) -> None:
        super().__init__(f"no alert with id {alert_id!r}; GET /alerts lists them")


class ApiKeyRejected(SearchError):
    """The API key is missing or wrong while the server sets one: 401."""

    def __init__(self) -> None:
        super().__init__(
            "missing or wrong API key: send it in the X-API-Key header or the api_key parameter"
        )
