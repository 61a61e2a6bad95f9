"""The page's whole state lives in the URL: tab, q, filters (include and `not_` exclude),
published range, sort and page. These helpers read it and write the links that change one
thing, so every view can be copied, shared, reloaded and walked back and forth."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

TABS = ("articles", "claims", "ingest")
PAGE_SIZE = 10

# Which URL filter each facet sets, per tab.
ARTICLE_FACET_KEYS = {"person": "entity", "organization": "entity", "place": "entity",
                      "source": "source", "claimant": "claimant"}
CLAIM_FACET_KEYS = {"claimant": "claimant", "cue": "cue", "kind": "kind", "quote_type": "quote_type"}
MULTI_KEYS = {
    "articles": ["entity", "source", "claimant", "not_entity", "not_source", "not_claimant"],
    "claims": ["claimant", "entity", "cue", "kind", "quote_type", "not_claimant", "not_cue", "not_kind",
               "not_quote_type"],
    "ingest": [],
}
SINGLE_KEYS = {
    "articles": ["q", "published_from", "published_to", "sort", "page"],
    "claims": ["q", "sort", "page"],
    "ingest": [],
}


@dataclass
class State:
    tab: str = "articles"
    single: dict[str, str] = field(default_factory=dict)
    multi: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def parse(cls, items: list[tuple[str, str]]) -> State:
        tab = next((v for k, v in items if k == "tab" and v in TABS), "articles")
        single: dict[str, str] = {}
        multi: dict[str, list[str]] = {k: [] for k in MULTI_KEYS[tab]}
        for k, v in items:
            v = v.strip()
            if not v:
                continue
            if k in multi and v not in multi[k]:
                multi[k].append(v)
            elif k in SINGLE_KEYS[tab]:
                single[k] = v
        return cls(tab, single, multi)

    # -- reading ---------------------------------------------------------------------------

    def get(self, key: str, default: str = "") -> str:
        return self.single.get(key, default)

    def values(self, key: str) -> list[str]:
        return self.multi.get(key, [])

    @property
    def q(self) -> str:
        return self.get("q")

    @property
    def sort(self) -> str:
        return "newest" if self.get("sort") == "newest" else "relevance"

    @property
    def page(self) -> int:
        p = self.get("page", "1")
        return int(p) if p.isdigit() and int(p) >= 1 else 1

    def items(self, with_tab: bool = True) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        if with_tab and self.tab != "articles":
            out.append(("tab", self.tab))
        for k in SINGLE_KEYS[self.tab]:
            if k in self.single and not (k == "page" and self.single[k] == "1") \
                    and not (k == "sort" and self.single[k] == "relevance"):
                out.append((k, self.single[k]))
        for k in MULTI_KEYS[self.tab]:
            out.extend((k, v) for v in self.multi.get(k, []))
        return out

    def url(self) -> str:
        qs = urlencode(self.items())
        return "/?" + qs if qs else "/"

    def api_query(self) -> str:
        """The same search as API parameters (for export links and comparisons)."""
        return urlencode([(k, v) for k, v in self.items(with_tab=False) if k != "page"])

    def chips(self) -> list[tuple[str, str, bool, str]]:
        """Active filters: (key, value, excluded, url without it)."""
        out = []
        for k in MULTI_KEYS[self.tab]:
            for v in self.values(k):
                out.append((k.removeprefix("not_"), v, k.startswith("not_"), self.without(k, v)))
        if self.get("published_from") or self.get("published_to"):
            s = self.copy()
            s.single.pop("published_from", None)
            s.single.pop("published_to", None)
            s.single.pop("page", None)
            label = f"{self.get('published_from') or '…'} – {self.get('published_to') or '…'}"
            out.append(("published", label, False, s.url()))
        return out

    # -- writing -----------------------------------------------------------------------------

    def copy(self) -> State:
        return State(self.tab, dict(self.single), {k: list(v) for k, v in self.multi.items()})

    def _edit(self) -> State:
        s = self.copy()
        s.single.pop("page", None)  # any change of the result set starts at page 1
        return s

    def without(self, key: str, value: str) -> str:
        s = self._edit()
        if value in s.multi.get(key, []):
            s.multi[key].remove(value)
        return s.url()

    def include(self, key: str, value: str) -> str:
        """Toggle `value` in the filter `key` (and drop an exclusion of it)."""
        s = self._edit()
        vals = s.multi.setdefault(key, [])
        if value in vals:
            vals.remove(value)
        else:
            vals.append(value)
            if value in s.multi.get("not_" + key, []):
                s.multi["not_" + key].remove(value)
        return s.url()

    def exclude(self, key: str, value: str) -> str:
        s = self._edit()
        nots = s.multi.setdefault("not_" + key, [])
        if value in nots:
            nots.remove(value)
        else:
            nots.append(value)
            if value in s.multi.get(key, []):
                s.multi[key].remove(value)
        return s.url()

    def with_single(self, key: str, value: str | None) -> str:
        s = self._edit() if key != "page" else self.copy()
        if value is None:
            s.single.pop(key, None)
        else:
            s.single[key] = value
        return s.url()

    def with_range(self, start: str | None, end: str | None) -> str:
        s = self._edit()
        for k, v in (("published_from", start), ("published_to", end)):
            if v:
                s.single[k] = v
            else:
                s.single.pop(k, None)
        return s.url()

    def cleared(self) -> str:
        """This tab, query and sort, no filters."""
        s = State(self.tab, {k: v for k, v in self.single.items() if k in ("q", "sort")}, {})
        return s.url()

    def for_tab(self, tab: str) -> str:
        """Another tab with what both share: the query, and claimant and entity filters."""
        items = [("tab", tab)] if tab != "articles" else []
        if tab != "ingest":
            if self.q:
                items.append(("q", self.q))
            for k in ("claimant", "entity", "not_claimant"):
                if k in MULTI_KEYS[tab]:
                    items.extend((k, v) for v in self.values(k))
        qs = urlencode(items)
        return "/?" + qs if qs else "/"
