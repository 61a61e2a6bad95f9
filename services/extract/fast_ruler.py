"""A table-driven AttributeRuler: the same token attributes as spaCy's, compiled from the
loaded ruler's own patterns and much cheaper to run."""

from __future__ import annotations

import logging
import re
from typing import Any

import numpy
import spacy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs

log = logging.getLogger(__name__)


# --- a table-driven AttributeRuler -------------------------------------------------------
#
# spaCy's AttributeRuler runs a Matcher over every Doc (~8 ms per article for the 179 patterns
# of en_core_web_sm). Its patterns are (nearly all) single-token tests on TAG/LOWER/DEP/IS_SPACE,
# so the result for a token depends only on those values: _FastAttributeRuler compiles the
# ruler's own patterns into per-column bitmask tables and caches the outcome per combination.
# Semantics kept from AttributeRuler: every pattern is matched against the Doc as it was before
# the ruler ran; matches are applied in pattern order (later patterns win, attribute by
# attribute); "index" picks the token of a multi-token match.

_FAST_RULER = "fast_attribute_ruler"
_IN_ATTRS = {"TAG", "DEP", "POS", "LEMMA", "LOWER", "ORTH", "NORM"}  # string-valued token attrs
_FLAG_ATTRS = {"IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE"}
_OUT_ATTRS = {LEMMA, POS, TAG, MORPH, DEP}
_LEXICAL = {IDS["LOWER"], ORTH, NORM}  # unbounded value sets: their mask cache is capped
_MASK_CACHE_MAX = 200_000


class _Unsupported(ValueError):
    """A pattern the table cannot express exactly: keep spaCy's own AttributeRuler."""


class _Column:
    """One input attribute: every constraint on it gets a bit; a value maps to the bits it meets."""

    def __init__(self, attr: int, strings: Any) -> None:
        self.attr = attr
        self.strings = strings
        self.n_bits = 0
        self.eq: dict[int, int] = {}  # value -> bits of IN/equality constraints it meets
        self.others: list[tuple[int, Any]] = []  # (bit, predicate(value) -> bool)
        self.cache: dict[int, int] = {}
        self._keys: dict[Any, int] = {}

    def constraint(self, spec: Any) -> int:
        """The bit of a constraint (a pattern value), shared between equal constraints."""
        key = repr(spec)
        if key in self._keys:
            return self._keys[key]
        bit = 1 << self.n_bits
        self.n_bits += 1
        self._keys[key] = bit
        if isinstance(spec, dict):
            tests = []
            for op, arg in spec.items():
                if op == "IN" and isinstance(arg, list):
                    tests.append(("in", frozenset(_value_id(v) for v in arg)))
                elif op == "NOT_IN" and isinstance(arg, list):
                    tests.append(("not_in", frozenset(_value_id(v) for v in arg)))
                elif op == "REGEX" and isinstance(arg, str):
                    tests.append(("regex", re.compile(arg)))
                else:
                    raise _Unsupported(f"predicate {op!r}")
            if len(tests) == 1 and tests[0][0] == "in":
                for v in tests[0][1]:
                    self.eq[v] = self.eq.get(v, 0) | bit
            else:
                self.others.append((bit, self._predicate(tests)))
        else:
            self.eq[_value_id(spec)] = self.eq.get(_value_id(spec), 0) | bit
        return bit

    def _predicate(self, tests: list[tuple[str, Any]]) -> Any:
        strings = self.strings

        def check(value: int) -> bool:
            for kind, arg in tests:
                if kind == "in" and value not in arg:
                    return False
                if kind == "not_in" and value in arg:
                    return False
                if kind == "regex" and not arg.search(strings[value]):
                    return False
            return True

        return check

    def mask(self, value: int) -> int:
        bits = self.eq.get(value, 0)
        for bit, check in self.others:
            if check(value):
                bits |= bit
        if len(self.cache) >= _MASK_CACHE_MAX and self.attr in _LEXICAL:
            self.cache.clear()
        self.cache[value] = bits
        return bits


def _value_id(value: Any) -> int:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        return spacy.strings.get_string_id(value)
    if isinstance(value, int):
        return value
    raise _Unsupported(f"value {value!r}")


class _Table:
    """AttributeRuler patterns compiled to column masks."""

    def __init__(self, vocab: Any, patterns: list[dict[str, Any]]) -> None:
        self.columns: list[_Column] = []
        by_attr: dict[int, _Column] = {}
        out_attrs: list[int] = []
        rules: list[dict[int, int]] = []  # pattern number -> {attr id: value}
        single: list[tuple[int, tuple[tuple[int, int], ...]]] = []  # (rule, token test)
        multi: list[tuple[int, int, list[tuple[tuple[int, int], ...]]]] = []  # (rule, i, tests)
        for number, entry in enumerate(patterns):
            if set(entry) - {"patterns", "attrs", "index"}:
                raise _Unsupported(f"pattern keys {sorted(entry)}")
            attrs = normalize_token_attrs(vocab, dict(entry["attrs"]))
            if "_" in attrs or set(attrs) - _OUT_ATTRS:
                raise _Unsupported(f"attrs {entry['attrs']!r}")
            for attr in attrs:
                if attr not in out_attrs:
                    out_attrs.append(attr)
            rules.append(dict(attrs))
            index = int(entry.get("index", 0))
            for pattern in entry["patterns"]:
                if not isinstance(pattern, list) or not pattern:
                    raise _Unsupported(f"pattern {pattern!r}")
                tests = []
                for token_spec in pattern:
                    if not isinstance(token_spec, dict):
                        raise _Unsupported(f"token pattern {token_spec!r}")
                    test: dict[int, int] = {}
                    for name, spec in token_spec.items():
                        if name not in _IN_ATTRS and name not in _FLAG_ATTRS:
                            raise _Unsupported(f"token attribute {name!r}")
                        if name in _FLAG_ATTRS and not isinstance(spec, bool):
                            raise _Unsupported(f"{name} value {spec!r}")
                        if name in _IN_ATTRS and isinstance(spec, bool):
                            raise _Unsupported(f"{name} value {spec!r}")
                        attr = IDS[name]
                        if attr not in by_attr:
                            by_attr[attr] = _Column(attr, vocab.strings)
                            self.columns.append(by_attr[attr])
                        test[attr] = test.get(attr, 0) | by_attr[attr].constraint(spec)
                    tests.append(tuple(test.items()))
                length = len(tests)
                target = index if index >= 0 else length + index
                if not 0 <= target < length:
                    raise _Unsupported(f"index {index} out of a {length}-token pattern")
                if length == 1:
                    single.append((number, tests[0]))
                else:
                    multi.append((number, target, tests))
        if not rules:
            raise _Unsupported("no patterns")
        self.in_attrs = [c.attr for c in self.columns]
        self.out_attrs = out_attrs
        self.rules = [tuple((out_attrs.index(a), v) for a, v in r.items()) for r in rules]
        position = {attr: i for i, attr in enumerate(self.in_attrs)}
        self.single = [(n, tuple((position[a], b) for a, b in t)) for n, t in single]
        self.multi = [
            (n, target, [tuple((position[a], b) for a, b in t) for t in tests]) for n, target, tests in multi
        ]
        self.entries: dict[tuple[int, ...], tuple[Any, ...]] = {}
        self.merged: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}

    def entry(self, masks: tuple[int, ...]) -> tuple[Any, ...]:
        """For a token's column masks: (its attribute changes from single-token patterns,
        the rules behind them, the (multi-token pattern, position) tests it passes)."""

        def passes(test: tuple[tuple[int, int], ...]) -> bool:
            return all(masks[i] & bits == bits for i, bits in test)

        numbers = tuple(sorted({n for n, test in self.single if passes(test)}))
        steps = tuple(
            (m, k)
            for m, (_, _, tests) in enumerate(self.multi)
            for k, test in enumerate(tests)
            if passes(test)
        )
        result = (self.merge(numbers), numbers, frozenset(steps))
        self.entries[masks] = result
        return result

    def merge(self, numbers: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """The attribute changes of these rules applied in order (later rules win)."""
        if numbers in self.merged:
            return self.merged[numbers]
        values: dict[int, int] = {}
        for n in numbers:
            for col, value in self.rules[n]:
                values[col] = value
        result = tuple(values.items())
        self.merged[numbers] = result
        return result


class _FastAttributeRuler:
    """Drop-in for spaCy's AttributeRuler (same token attributes), compiled from its patterns."""

    def __init__(self, nlp: Language, name: str, patterns: list[dict[str, Any]]) -> None:
        self.name = name
        self.patterns = patterns
        self.table = _Table(nlp.vocab, patterns)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        table = self.table
        columns = table.columns
        data = doc.to_array(table.in_attrs)
        masks = []
        for j, column in enumerate(columns):
            cache = column.cache
            values = data[:, j].tolist()
            col = [cache.get(v) for v in values]
            if None in col:
                col = [m if m is not None else column.mask(v) for m, v in zip(col, values, strict=True)]
            masks.append(col)
        entries_cache = table.entries
        entries = [entries_cache.get(k) or table.entry(k) for k in zip(*masks, strict=True)]
        changes = [e[0] for e in entries]
        if table.multi:
            self._multi(entries, changes)
        out = table.out_attrs
        current = doc.to_array(out).tolist()
        touched = False
        for row, change in zip(current, changes, strict=True):
            for col, value in change:
                row[col] = value
                touched = True
        if touched:
            doc.from_array(out, numpy.asarray(current, dtype=numpy.uint64))
        return doc

    def _multi(self, entries: list[tuple[Any, ...]], changes: list[Any]) -> None:
        table = self.table
        extra: dict[int, set[int]] = {}
        n = len(entries)
        for start, entry in enumerate(entries):
            steps = entry[2]
            if not steps:
                continue
            for m, (number, target, tests) in enumerate(table.multi):
                if (m, 0) not in steps or start + len(tests) > n:
                    continue
                if all((m, k) in entries[start + k][2] for k in range(1, len(tests))):
                    extra.setdefault(start + target, set()).add(number)
        for i, numbers in extra.items():
            merged = tuple(sorted(numbers.union(entries[i][1])))
            changes[i] = table.merge(merged)


@Language.factory(_FAST_RULER, default_config={"patterns": []})
def make_fast_attribute_ruler(
    nlp: Language, name: str, patterns: list[dict[str, Any]]
) -> _FastAttributeRuler:
    return _FastAttributeRuler(nlp, name, patterns)


def use_fast_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Replace the model's AttributeRuler by the table-driven one, if its patterns allow."""
    if name not in nlp.pipe_names:
        log.debug("no %s in %s: nothing to replace", name, nlp.pipe_names)
        return False
    ruler = nlp.get_pipe(name)
    try:
        patterns = ruler.patterns
        _Table(nlp.vocab, patterns)
    except (_Unsupported, AttributeError, KeyError, TypeError) as exc:
        log.debug("keeping spaCy's %s: %s", name, exc)
        return False
    nlp.replace_pipe(name, _FAST_RULER, config={"patterns": patterns})
    return True
