"""Bytes to text: BOMs first, then strict UTF-8, then charset detection; binaries refused."""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from services.core.errors import BinaryFile, EmptyFile, UndecodableText
from services.core.models import Stage

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters that never occur in text files (tab, newlines, form feed are fine).
_BINARY_BYTES = set(range(0, 9)) | {11} | set(range(14, 32)) - {27}


def decode_text(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). Raises IngestError subclasses that say what is wrong."""
    if not data.strip():
        raise EmptyFile(Stage.decode, "the file is empty (no text to index)")
    text, encoding = _decode(data)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    controls = sum(1 for ch in text[:4096] if ord(ch) in _BINARY_BYTES)
    if controls > max(2, len(text[:4096]) // 100):
        raise BinaryFile(Stage.decode, f"binary content ({controls} control characters in the first 4 KB); not a text article")
    if not text.strip():
        raise EmptyFile(Stage.decode, "the file holds only whitespace")
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise UndecodableText(Stage.decode, f"starts with a {encoding} byte-order mark but is not valid {encoding}: {exc.reason} at byte {exc.start}") from exc
    head = data[:8192]
    if b"\x00" in head:
        raise BinaryFile(Stage.decode, "binary content (NUL bytes and no UTF-16/32 byte-order mark); not a text article")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    # Ties go to Western European: charset-normalizer scores latin-1 French or German text as
    # cp1250 just as well ("coûterait" becomes "coűterait"), and cp1252 (a superset of
    # latin-1's printable range) is by far the most common non-UTF-8 news file. Central
    # European text scores worse as cp1252 (or does not decode), so it keeps its own.
    western = from_bytes(data, cp_isolation=["cp1252"]).best()
    if western is not None and (best is None or western.chaos <= best.chaos):
        return str(western), "cp1252"
    if best is None or best.encoding is None:
        raise UndecodableText(Stage.decode, "not valid UTF-8 and no other text encoding fits; save the file as UTF-8")
    return str(best), best.encoding
