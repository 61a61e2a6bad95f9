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


# The band look-up of a batch in one call (it was one SMEMBERS per band: ~25 commands an
# article, whose packing and parsing in redis-py cost more than the look-up itself).
# KEYS: story_of, story_sig, then BANDS band keys per looked-up article. ARGV: BANDS, then the
# ids of every article of the batch. Returns {story of each article (false: none), candidate ids
# of each looked-up article (deduplicated), flat [id, signature, story] of every candidate}.
_LOOKUP = """
local bands = tonumber(ARGV[1])
local stories = redis.call('HMGET', KEYS[1], unpack(ARGV, 2))
local per, seen, flat = {}, {}, {}
for a = 0, (#KEYS - 2) / bands - 1 do
  local mine, here = {}, {}
  for b = 1, bands do
    for _, c in ipairs(redis.call('SMEMBERS', KEYS[2 + a * bands + b])) do
      if not here[c] then here[c] = true; mine[#mine + 1] = c end
      if not seen[c] then
        seen[c] = true
        local sig = redis.call('HGET', KEYS[2], c)
        if sig then
          flat[#flat + 1] = c; flat[#flat + 1] = sig
          flat[#flat + 1] = redis.call('HGET', KEYS[1], c) or c
        end
      end
    end
  end
  per[#per + 1] = mine
end
return {stories, per, flat}
"""

# The inserts of a batch in one call. KEYS: story_of, story_sig, then BANDS band keys per
# article. ARGV: BANDS, then id, packed signature, story of each article.
_INSERT = """
local bands = tonumber(ARGV[1])
for a = 0, (#KEYS - 2) / bands - 1 do
  local id = ARGV[2 + a * 3]
  for b = 1, bands do redis.call('SADD', KEYS[2 + a * bands + b], id) end
  redis.call('HSET', KEYS[2], id, ARGV[3 + a * 3])
  redis.call('HSET', KEYS[1], id, ARGV[4 + a * 3])
end
return #KEYS
"""


class StoryIndex:
    """The stories of one stack, kept in Redis (decode_responses off: signatures are bytes)."""

    def __init__(self, redis_client: Any, names: StackNames, threshold: float = STORY_THRESHOLD) -> None:
        self.r = redis_client
        self.names = names
        self.threshold = threshold
        self._lookup = redis_client.register_script(_LOOKUP)
        self._insert = redis_client.register_script(_INSERT)

    def _band_key(self, band: int, h: str) -> str:
        return f"{self.names.story_band}:{band}:{h}"

    def _band_keys(self, bands: list[str]) -> list[str]:
        return [self._band_key(b, h) for b, h in enumerate(bands)]

    def assign(self, articles: Iterable[tuple[str, str]]) -> dict[str, str]:
        """article id -> story id, for (id, body) pairs in the order they arrived. An article
        seen before keeps its story; a new one joins the most similar earlier article's story
        (earlier batches or this one), or starts its own. Signatures are computed before the
        lock (pure CPU; only for articles not seen before); under it, one look-up script and
        one insert script."""
        items = list(dict(articles).items())
        if not items:
            return {}
        ids = [aid for aid, _ in items]
        bodies = dict(items)
        seen_before = self.r.hmget(self.names.story_of, ids)
        sigs = {aid: signature(bodies[aid]).hashvalues for aid, st in zip(ids, seen_before, strict=True) if st is None}
        # A worker that finds the lock taken polls every LOCK_POLL_S: it is held ~2 ms, and
        # redis-py's default 0.1 s poll would idle a core for up to 0.1 s at each collision.
        with self.r.lock(self.names.story_lock, timeout=30, blocking_timeout=30, sleep=LOCK_POLL_S):
            while True:
                looked = list(sigs)
                bands = {aid: band_hashes(sigs[aid]) for aid in looked}
                keys = [self.names.story_of, self.names.story_sig,
                        *(k for aid in looked for k in self._band_keys(bands[aid]))]
                stories, per, flat = self._lookup(keys=keys, args=[BANDS, *ids])
                out = {aid: _text(st) for aid, st in zip(ids, stories, strict=True) if st is not None}
                gone = [aid for aid in ids if aid not in out and aid not in sigs]
                if not gone:  # (an article seen before the lock and not under it: a reset between)
                    break
                sigs.update((aid, signature(bodies[aid]).hashvalues) for aid in gone)
            new = [aid for aid in ids if aid not in out]
            if not new:
                return out
            stored = {aid: {_text(c) for c in cands} for aid, cands in zip(looked, per, strict=True)}
            theirs = {_text(flat[i]): (_unpack(flat[i + 1]), _text(flat[i + 2])) for i in range(0, len(flat), 3)}
            seen_bands: dict[tuple[int, str], list[str]] = {}
            for aid in new:
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
            keys = [self.names.story_of, self.names.story_sig, *(k for aid in new for k in self._band_keys(bands[aid]))]
            self._insert(keys=keys, args=[BANDS, *(v for aid in new for v in (aid, _pack(sigs[aid]), out[aid]))])
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
