"""Bytes to text: encodings decoded right, hostile bytes refused with a reason."""

from __future__ import annotations

import codecs

import pytest

from services.core.errors import BinaryFile, EmptyFile, UndecodableText
from services.extract.decode import decode_text

TEXT = "Café owners in Zürich said the naïve plan would fail, according to Müller.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-32"), "utf-32"),
    ],
)
def test_unicode_encodings_with_and_without_bom(data, encoding):
    text, used = decode_text(data)
    assert text == TEXT
    assert used == encoding
    assert "\ufeff" not in text


def test_latin1_is_detected_and_decoded():
    body = (
        "Le maire a déclaré que la rénovation du café coûterait très cher. "
        "Les élèves de l'école étaient présents à la cérémonie.\n"
    ) * 3
    text, encoding = decode_text(body.encode("latin-1"))
    assert text == body
    assert encoding.replace("_", "-").lower() in ("latin-1", "iso8859-1", "iso-8859-1", "cp1252", "windows-1252")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Grüße aus München, sagte der Bürgermeister über die Straße.", "latin-1"),
        ("Il sindaco è andato là, perché la città è più bella così.", "cp1252"),
        ("Le maire a déclaré que la rénovation coûterait très cher, selon Hélène Dupré.", "latin-1"),
        ("Příliš žlutoučký kůň úpěl ďábelské ódy. Město Brno řeklo, že čtvrtek bude opraven.", "cp1250"),
        ("Zażółć gęślą jaźń, powiedział burmistrz Łodzi w środę.", "cp1250"),
        ("Привет, мир. Мэр Москвы сказал, что мост откроют в понедельник.", "cp1251"),
    ],
)
def test_single_byte_encodings_are_told_apart(text, encoding):
    assert decode_text(text.encode(encoding))[0] == text


def test_crlf_and_nfc_are_normalised():
    decomposed = "Cafe\u0301 news\r\nsecond line\r\n"
    text, _ = decode_text(decomposed.encode("utf-8"))
    assert text == "Café news\nsecond line\n"


@pytest.mark.parametrize("data", [b"", b"   \n\t \r\n", codecs.BOM_UTF8 + b"  \n"])
def test_empty_and_blank_files_are_refused(data):
    with pytest.raises(EmptyFile) as info:
        decode_text(data)
    assert "empty" in info.value.reason or "whitespace" in info.value.reason


def test_nul_bytes_mean_binary():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(BinaryFile, match="binary"):
        decode_text(png)


def test_control_characters_mean_binary():
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 50 + b"some text"
    with pytest.raises(BinaryFile):
        decode_text(data)


def test_bad_bytes_after_a_bom_are_undecodable():
    with pytest.raises(UndecodableText, match="byte-order mark"):
        decode_text(codecs.BOM_UTF8 + b"ok \xff\xfe\xfd broken")


def test_refusals_say_what_is_wrong():
    with pytest.raises(EmptyFile) as info:
        decode_text(b"")
    record = info.value.record("a.txt")
    assert record.path == "a.txt" and record.stage == "decode" and record.error == "EmptyFile"
    assert record.reason
