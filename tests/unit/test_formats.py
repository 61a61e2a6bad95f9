"""Issue 15: every format of the corpus gives its article(s) with the document's own metadata,
without boilerplate; picked by content, not only by name; broken items fail alone."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from services.core.errors import IngestError
from services.core.settings import Settings
from services.extract.parsers import pick_binary, pick_parser
from services.extract.parsers.common import split_authors
from services.extract.parsers.pdf import join_lines
from services.extract.pipeline import ArticleExtractor
from tests.conftest import ROOT
from tests.formats_corpus import EXPECTED, FAILURES, all_samples, make_pdf, scanned_pdf


@pytest.fixture(scope="module")
def extracted() -> dict[tuple[str, str | None], object]:
    extractor = ArticleExtractor(Settings())
    files = list(all_samples().items())
    results = extractor.extract_files(files, mtimes=[None] * len(files))
    return {(r.path, r.position): r for r in results}


@pytest.mark.parametrize("exp", EXPECTED, ids=lambda e: f"{e.file}:{e.position or ''}")
def test_each_sample_gives_its_article_with_metadata_and_no_boilerplate(extracted, exp):
    result = extracted[(exp.file, exp.position)]
    assert result.error is None, result.error
    article = result.article
    assert article.title == exp.title
    assert exp.must in article.body
    for junk in exp.must_not:
        assert junk not in article.body, junk
    assert (article.published_at.isoformat() if article.published_at else None or "").startswith(exp.published or "")
    assert article.source == exp.source
    assert article.authors == exp.authors
    if exp.url:
        assert article.url == exp.url
    assert article.language == exp.language


def test_a_broken_jsonl_line_fails_alone_with_its_line_number(extracted):
    for (file, position), reason in FAILURES.items():
        result = extracted[(file, position)]
        assert result.article is None and reason in result.error.reason
    lines = [pos for (file, pos), r in extracted.items() if file == "scraper-export.jsonl" and r.article]
    assert lines == ["line 1", "line 2", "line 4"]


def test_french_gets_french_entities_and_no_english_claims(extracted):
    article = extracted[("littoral-dockers-fr.html", None)].article
    assert article.language == "fr" and article.claims == []
    by_name = {e.name: e for e in article.entities}
    assert by_name["Marie Lefèvre"].type == "PERSON" and by_name["Port-Marin"].type == "PLACE"


def test_without_a_model_for_its_language_an_article_gets_no_entities():
    from services.extract.foreign import ForeignEntities

    assert ForeignEntities({}).entities("Marie Lefèvre a déclaré lundi à Port-Marin.", "fr") == []


def test_an_email_attachment_is_linked_to_the_email(extracted):
    mail = extracted[("tip.eml", None)].article
    attachment = extracted[("tip.eml", "attachment 1 (press-release.pdf)")].article
    assert attachment.part_of == mail.id
    assert ("tip.eml", "attachment 2 (logo.png)") not in extracted  # an image is no article, nor a failure


def test_formats_are_picked_by_content_not_only_by_name():
    samples = all_samples()
    assert type(pick_parser("saved.txt", samples["gazette-harbour-strike.html"].decode())).__name__ == "HtmlParser"
    assert type(pick_parser("download", samples["wire-news.rss"].decode())).__name__ == "FeedParser"
    assert type(pick_parser("feed.xml", samples["science-desk.atom"].decode())).__name__ == "FeedParser"
    assert type(pick_binary("attachment.bin", samples["press-release.pdf"])).__name__ == "PdfParser"
    assert type(pick_binary("statement", samples["statement.docx"])).__name__ == "DocxParser"
    assert type(pick_binary("message.txt", samples["tip.eml"])).__name__ == "EmailParser"
    assert pick_binary("notes.txt", b"Plain text about a council meeting.\n") is None
    assert type(pick_parser("notes.txt", "Council meets.\n\nThe council met.")).__name__ == "TextParser"


def test_a_scanned_pdf_fails_with_no_text_layer():
    extractor = ArticleExtractor(Settings())
    with pytest.raises(IngestError, match=r"no text layer \(scanned\?\)"):
        extractor.prepare("scan.pdf", scanned_pdf())


def test_pdf_line_end_hyphens_are_repaired_and_lines_joined():
    assert join_lines("the night opera-\ntions resume\nnext week") == "the night operations resume next week"
    assert join_lines("the Anglo-\nFrench talks") == "the Anglo-French talks"  # a real hyphen stays


def test_a_page_with_no_main_text_fails_with_that_reason():
    html = "<html><body><nav><a href='/'>Home</a></nav><footer>© 2026</footer></body></html>"
    with pytest.raises(IngestError, match="no main text"):
        ArticleExtractor(Settings()).prepare("empty.html", html.encode())


def test_json_field_names_can_be_mapped_by_a_setting(monkeypatch):
    from services.core import settings as settings_mod

    monkeypatch.setenv("NEWSROOM_JSON_FIELDS", json.dumps({"title": ["hed"], "body": ["copy.text"]}))
    settings_mod.get_settings.cache_clear()
    try:
        obj = {"hed": "Bridge reopens", "copy": {"text": "The bridge reopened on Monday after repairs."}}
        parsed = pick_parser("x.json", json.dumps(obj)).parse_all("x.json", json.dumps(obj))
        assert parsed[0].title == "Bridge reopens" and parsed[0].body.startswith("The bridge reopened")
    finally:
        settings_mod.get_settings.cache_clear()


def test_json_ld_newsarticle_file_counts():
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Dam inspection ordered",
           "articleBody": "Engineers were ordered to inspect the dam after cracks were found.",
           "datePublished": "2026-11-20", "author": {"@type": "Person", "name": "Rui Costa"},
           "publisher": {"@type": "Organization", "name": "Valley Post"}}
    parsed = pick_parser("a.jsonld", json.dumps(obj)).parse_all("a.jsonld", json.dumps(obj))[0]
    assert (parsed.title, parsed.source, parsed.authors) == ("Dam inspection ordered", "Valley Post", ["Rui Costa"])
    assert parsed.published_at.isoformat().startswith("2026-11-20")


def test_author_lists_are_split():
    assert split_authors("By Ana Ruiz and Tom Bell") == ["Ana Ruiz", "Tom Bell"]
    assert split_authors([{"name": "A B"}, {"name": "C D"}]) == ["A B", "C D"]
    assert split_authors("Ana Ruiz; Tom Bell") == ["Ana Ruiz", "Tom Bell"]


def test_pdf_without_info_title_takes_the_first_line():
    pdf = make_pdf(["Port reopens", "", "The port reopened on Monday."], title=None)
    parsed = pick_binary("p.pdf", pdf).parse("p.pdf", pdf)
    assert parsed.title == "Port reopens" and parsed.body == "The port reopened on Monday."


def test_extract_cli_prints_the_new_metadata_for_every_format(tmp_path):
    paths = []
    for name, data in all_samples().items():
        (tmp_path / name).write_bytes(data)
        paths.append(str(tmp_path / name))
    proc = subprocess.run(
        [sys.executable, "-m", "services.cli", "extract", *paths, "--json"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
        env={"PATH": "/usr/bin:/bin", "NEWSROOM_REDIS_URL": "redis://127.0.0.1:1/0",
             "NEWSROOM_ELASTICSEARCH_URL": "http://127.0.0.1:1"},
    )
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    ok = [line for line in lines if "error" not in line]
    assert len(ok) == len(EXPECTED) + 1  # and the JSONL's line 2
    by_key = {(line["path"].rsplit("/", 1)[-1], line.get("position")): line for line in ok}
    for exp in EXPECTED:
        line = by_key[(exp.file, exp.position)]
        assert line["title"] == exp.title and line["authors"] == exp.authors and line["source"] == exp.source
    errors = [line for line in lines if "error" in line]
    assert [(e["path"].rsplit("/", 1)[-1], e["position"]) for e in errors] == [("scraper-export.jsonl", "line 3")]
