"""Stories: near-duplicate articles (wire copy re-published with a new headline, a trimmed or
added paragraph, reordered sentences, fixed typos) share a `story_id`, the id of the story's
first seen article.

Method: MinHash (datasketch) over word shingles of the body, and locality-sensitive hashing
with bands kept in Redis under the stack's prefix, so every worker process and host sees
every article seen before. A candidate from the bands joins the story only when the MinHash
estimate of its Jaccard similarity reaches STORY_THRESHOLD (measured: bench/grouping.py and
tests/unit/test_stories.py, on copies made by edits of known size against distinct articles
on the same topic). The look-up and the insert run under a short Redis lock, so two workers
handling copies of one story at the same moment still agree on the original."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from services.core.names import StackNames

NUM_PERM = 128
SHINGLE_WORDS = 3
# Estimated Jaccard of the body's 3-word shingles at or above which two articles are one story.
# 0.45 groups 99% of copy pairs with up to 30% of their words edited (93% up to 50%) and no pair of the distinct articles
# of our same-topic corpus, which share whole template sentences (bench/grouping.py measures it).
STORY_THRESHOLD = 0.45
BANDS, ROWS = _optimal_param(STORY_THRESHOLD, NUM_PERM, 0.5, 0.5)
_SEED = 1
LOCK_POLL_S = 0.005
_WORD = re.compile(r"\w+", re.UNICODE)
_SCHEME = "affine32"  # 32-bit hash values
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, seed=_SEED, scheme=_SCHEME).permutations  # computed once


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[bytes]:
    ws = words(text)
    if len(ws) < k:
        return {" ".join(ws).encode()} if ws else set()
    return {" ".join(ws[i:i + k]).encode() for i in range(len(ws) - k + 1)}


def signature(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=_SEED, permutations=_PERMUTATIONS, scheme=_SCHEME)
    m.update_batch(list(shingles(text)))
    return m


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """MinHash estimate of the Jaccard similarity of two signatures' shingle sets."""
    return float(np.count_nonzero(a == b)) / len(a)


def band_hashes(sig: np.ndarray) -> list[str]:
    """One short hash per LSH band: articles sharing any band hash are candidates."""
    out = []
    for b in range(BANDS):
        chunk = sig[b * ROWS:(b + 1) * ROWS].astype("<u8").tobytes()
        out.append(hashlib.blake2b(chunk, digest_size=8).hexdigest())
    return out


def _pack(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def _unpack(raw: bytes) -> np.ndarray:
    return np.frombuffer(raw, dtype="<u4")


class StoryIndex:
    """The stories of one stack, kept in Redis (decode_responses off: signatures are bytes)."""

    def __init__(self, redis_client: Any, names: StackNames, threshold: float = STORY_THRESHOLD) -> None:
        self.r = redis_client
        self.names = names
        self.threshold = threshold

    def _band_key(self, band: int, h: str) -> str:
        return f"{self.names.story_band}:{band}:{h}"

    def assign(self, articles: Iterable[tuple[str, str]]) -> dict[str, str]:
        """article id -> story id, for (id, body) pairs in the order they arrived. An article
        seen before keeps its story; a new one joins the most similar earlier article's story
        (earlier batches or this one), or starts its own. Four Redis round trips a batch."""
        items = list(dict(articles).items())
        if not items:
            return {}
        out: dict[str, str] = {}
        # A worker that finds the lock taken polls every LOCK_POLL_S: it is held ~2 ms, and
        # redis-py's default 0.1 s poll would idle a core for up to 0.1 s at each collision.
        with self.r.lock(self.names.story_lock, timeout=30, blocking_timeout=30, sleep=LOCK_POLL_S):
            known = self.r.hmget(self.names.story_of, [aid for aid, _ in items])
            for (aid, _), story in zip(items, known, strict=True):
                if story is not None:
                    out[aid] = _text(story)
            new = [(aid, body) for aid, body in items if aid not in out]
            if not new:
                return out
            sigs = {aid: signature(body).hashvalues for aid, body in new}
            bands = {aid: band_hashes(sig) for aid, sig in sigs.items()}
            pipe = self.r.pipeline(transaction=False)
            for aid, _ in new:
                for b, h in enumerate(bands[aid]):
                    pipe.smembers(self._band_key(b, h))
            members = pipe.execute()
            stored: dict[str, set[str]] = {}
            for k, (aid, _) in enumerate(new):
                stored[aid] = {_text(c) for s in members[k * BANDS:(k + 1) * BANDS] for c in s}
            cands = sorted(set().union(*stored.values()))
            theirs: dict[str, tuple[np.ndarray, str]] = {}
            if cands:
                pipe = self.r.pipeline(transaction=False)
                pipe.hmget(self.names.story_sig, cands)
                pipe.hmget(self.names.story_of, cands)
                raws, stories = pipe.execute()
                theirs = {c: (_unpack(raw), _text(st) if st else c)
                          for c, raw, st in zip(cands, raws, stories, strict=True) if raw}
            seen_bands: dict[tuple[int, str], list[str]] = {}
            for aid, _ in new:
                sig = sigs[aid]
                near = {c: theirs[c] for c in stored[aid] if c in theirs}
                for b, h in enumerate(bands[aid]):  # earlier articles of this batch
                    for other in seen_bands.get((b, h), []):
                        near[other] = (sigs[other], out[other])
                best, story = 0.0, aid
                for cand in sorted(near):
                    csig, cstory = near[cand]
                    score = similarity(sig, csig)
                    if score >= self.threshold and score > best:
                        best, story = score, cstory
                out[aid] = story
                for b, h in enumerate(bands[aid]):
                    seen_bands.setdefault((b, h), []).append(aid)
            pipe = self.r.pipeline(transaction=False)
            for aid, _ in new:
                for b, h in enumerate(bands[aid]):
                    pipe.sadd(self._band_key(b, h), aid)
            pipe.hset(self.names.story_sig, mapping={aid: _pack(sigs[aid]) for aid, _ in new})
            pipe.hset(self.names.story_of, mapping={aid: out[aid] for aid, _ in new})
            pipe.execute()
        return out


def _text(v: bytes | str) -> str:
    return v.decode() if isinstance(v, bytes) else v


def group_offline(bodies: list[str], threshold: float = STORY_THRESHOLD) -> list[int]:
    """Story of each body (index of its first seen member), by the same rule without Redis: for
    measuring thresholds on a corpus (bench/grouping.py, tests)."""
    sigs = [signature(b).hashvalues for b in bodies]
    buckets: dict[tuple[int, str], list[int]] = {}
    story: list[int] = []
    for i, sig in enumerate(sigs):
        bands = band_hashes(sig)
        cands = sorted({j for b, h in enumerate(bands) for j in buckets.get((b, h), [])})
        best, chosen = 0.0, i
        for j in cands:
            s = similarity(sig, sigs[j])
            if s >= threshold and s > best:
                best, chosen = s, story[j]
        story.append(chosen)
        for b, h in enumerate(bands):
            buckets.setdefault((b, h), []).append(i)
    return story
