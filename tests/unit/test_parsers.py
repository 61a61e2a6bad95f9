"""The title rule of the contract, format parsers and the offline `newsroom extract` CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from services.core.errors import IngestError
from services.extract.nlp import segments
from services.extract.parsers import pick_parser
from services.extract.parsers.base import split_title
from services.extract.pipeline import article_id
from tests.conftest import ROOT


def test_first_line_is_title_when_blank_line_follows():
    title, body, own = split_title("Harbour reopens.\n\nThe harbour reopened on Monday.")
    assert (title, body, own) == ("Harbour reopens.", "The harbour reopened on Monday.", True)


def test_first_line_is_title_when_it_has_no_final_stop():
    title, body, own = split_title("Harbour reopens after storm\nThe harbour reopened on Monday.\nMore.")
    assert title == "Harbour reopens after storm" and own
    assert body == "The harbour reopened on Monday.\nMore."


def test_title_from_first_sentence_when_first_line_is_a_sentence():
    text = "Russian forces are reported to be fleeing. Rebels advance.\nSecond line here."
    title, body, own = split_title(text)
    assert title == "Russian forces are reported to be fleeing."
    assert body == text and not own  # the body keeps every line


def test_seed_title_is_its_first_sentence():
    text = (ROOT / "seeds" / "syria-russia-bases.txt").read_text()
    title, body, _ = split_title(text)
    assert title.startswith("Russian forces are reported to be fleeing") and title.endswith("country.")
    assert body == text.strip("\n")


def test_segments_join_back_to_the_text():
    for text in ("One\nTwo.\nThree.\n", "Title\n\nPara one\nwrapped.\n\nPara two.", "single", ""):
        assert "".join(segments(text)) == text
    assert segments("Title\n\nPara one\nwrapped.\n\nPara two.")[:2] == ["Title\n\n", "Para one\nwrapped.\n\n"]


def test_markdown_front_matter_gives_title_date_source():
    text = "---\ntitle: Council votes\ndate: 2025-03-04\nsource: Eastport Gazette\n---\nThe council voted.\n"
    parsed = pick_parser("a.md", text).parse("a.md", text)
    assert parsed.title == "Council votes" and parsed.source == "Eastport Gazette"
    assert parsed.published_at.date().isoformat() == "2025-03-04"
    assert parsed.body == "The council voted."


def test_markdown_heading_is_the_title():
    text = "# Council votes on budget\nThe council voted on Tuesday.\n"
    parsed = pick_parser("b.md", text).parse("b.md", text)
    assert parsed.title == "Council votes on budget"
    assert parsed.body == "The council voted on Tuesday."


def test_bad_front_matter_date_is_a_parse_error_that_says_why():
    text = "---\ndate: next tuesday\n---\nBody.\n"
    with pytest.raises(IngestError, match="not an ISO date"):
        pick_parser("c.md", text).parse("c.md", text)


def test_unknown_format_is_refused_with_the_supported_list():
    with pytest.raises(IngestError, match=r"supported: .*\.md.*\.txt"):
        pick_parser("photo.jpg", "x")


def test_article_id_ignores_whitespace_layout_only():
    assert article_id("A  b\nc ") == article_id("A b c")
    assert article_id("A b c") != article_id("A b d")


def test_extract_cli_prints_one_json_object_per_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = subprocess.run(
        [sys.executable, "-m", "services.cli", "extract", str(ROOT / "seeds" / "syria-russia-bases.txt"), str(empty), "--json"],
        capture_output=True, text=True, cwd=ROOT, timeout=180,
        env={"PATH": "/usr/bin:/bin", "NEWSROOM_REDIS_URL": "redis://127.0.0.1:1/0", "NEWSROOM_ELASTICSEARCH_URL": "http://127.0.0.1:1"},
    )
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) == 2, proc.stdout + proc.stderr
    seed, failed = lines
    assert set(seed) == {"path", "id", "title", "body", "language", "published_at", "source", "url", "authors",
                         "entities", "claims"}
    assert seed["title"].startswith("Russian forces") and len(seed["id"]) == 64
    assert any(e["name"] == "Alexander Zhuravlyov" and e["type"] == "PERSON" for e in seed["entities"])
    assert failed["path"].endswith("empty.txt") and "empty" in failed["error"]["reason"]
    assert proc.returncode == 1  # a failed file makes the exit code non-zero
    assert "empty.txt" in proc.stderr
