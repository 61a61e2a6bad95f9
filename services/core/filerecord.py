"""One inbox file in the ledger: a packed record, the value of one field (the file's path) of
one Redis hash. Before it, four hashes held the path four times with hex text (538 bytes per
file measured, 38-byte paths); packed, one field costs about 180.

    offset  bytes  field
    0       1      state: q p i d f (queued processing indexed duplicate failed), '-' none
    1       32     sha256 of the bytes last queued (zeros: none)
    33      8      stat fingerprint of the file as last read (zeros: none, or not yet trusted)
    41      4      queued_at, whole seconds since 1970, big-endian (zero: none)
    45      ...    article id: empty (none), 0x00 + 32 bytes (a 64-hex id), or 0x01 + UTF-8 text

The stat fingerprint lets the watcher know a file unchanged without reading it: 8 bytes of
blake2b over (size, mtime_ns, ctime_ns, inode). Any write to a file moves its ctime, and no
system call sets ctime back (utime/touch restore mtime, and set ctime to now), so an edit that
keeps size and mtime still changes the fingerprint. Renaming another file into place changes
the inode (and the ctime). What the fingerprint cannot see is an edit in the same timestamp tick
as the stat that was recorded (file systems stamp with a coarse clock): the watcher records such
a "racy" fingerprint as zeros and confirms it by reading the file again once the tick is over
(services/ingest/scanner.py)."""

from __future__ import annotations

import hashlib
import os
import struct

STATE_CODES = {"queued": b"q", "processing": b"p", "indexed": b"i", "duplicate": b"d", "failed": b"f"}
CODE_STATES = {v[0]: k for k, v in STATE_CODES.items()}
NO_STATE = b"-"
SHA, FP, QAT, ARTICLE = 1, 33, 41, 45  # offsets
NO_FP = bytes(8)
BLANK = NO_STATE + bytes(ARTICLE - 1)  # a record with nothing in it yet

# For the Lua scripts (1-based offsets into the record).
LUA_CODES = "local CODE = {" + ", ".join(f"{k}='{v.decode()}'" for k, v in STATE_CODES.items()) + "}\n" + \
    "local NAME = {" + ", ".join(f"{v.decode()}='{k}'" for k, v in STATE_CODES.items()) + "}\n"


def fingerprint(st: os.stat_result) -> bytes:
    """8 bytes that change whenever size, mtime, ctime or inode do (never all zeros)."""
    fp = hashlib.blake2b(struct.pack("<QqqQ", st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino),
                         digest_size=8).digest()
    return fp if fp != NO_FP else b"\x01" * 8


def pack_sha(sha256: str | None) -> bytes:
    return bytes.fromhex(sha256) if sha256 else bytes(32)


def pack_time(t: float | None) -> bytes:
    return struct.pack(">I", int(t) if t else 0)


def pack_article(article_id: str | None) -> bytes:
    if not article_id:
        return b""
    if len(article_id) == 64:
        try:
            return b"\x00" + bytes.fromhex(article_id)
        except ValueError:
            pass
    return b"\x01" + article_id.encode()


def state_of(rec: bytes | None) -> str | None:
    return CODE_STATES.get(rec[0]) if rec else None


def sha_of(rec: bytes | None) -> str | None:
    if not rec or rec[SHA:FP] == bytes(32):
        return None
    return rec[SHA:FP].hex()


def fp_of(rec: bytes | None) -> bytes | None:
    if not rec or rec[FP:QAT] == NO_FP:
        return None
    return rec[FP:QAT]


def queued_at_of(rec: bytes | None) -> float | None:
    if not rec:
        return None
    t = struct.unpack(">I", rec[QAT:ARTICLE])[0]
    return float(t) if t else None


def article_of(rec: bytes | None) -> str | None:
    if not rec or len(rec) <= ARTICLE:
        return None
    tag, body = rec[ARTICLE], rec[ARTICLE + 1:]
    return body.hex() if tag == 0 else body.decode()


def pack(state: str | None = None, sha256: str | None = None, fp: bytes | None = None,
         queued_at: float | None = None, article_id: str | None = None) -> bytes:
    """A whole record (migration and tests; the ledger's scripts patch records in place)."""
    code = STATE_CODES[state] if state else NO_STATE
    return code + pack_sha(sha256) + (fp or NO_FP) + pack_time(queued_at) + pack_article(article_id)
