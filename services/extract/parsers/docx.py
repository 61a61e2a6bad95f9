"""Word documents (.docx, python-docx): paragraphs in order; the title from the core
properties, else the first Title or Heading paragraph, else the shared title rule."""

from __future__ import annotations

import io
import zipfile

from services.core.errors import IngestError
from services.core.models import ParsedArticle, Stage

from .base import ArticleParser, split_title
from .common import parse_date, split_authors


class DocxParser(ArticleParser):
    extensions = (".docx",)
    binary = True

    def score(self, path: str, data: bytes) -> float:
        if not data.startswith(b"PK\x03\x04"):
            return 0.0
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                return 1.0 if "word/document.xml" in z.namelist() else 0.0
        except zipfile.BadZipFile:
            return 0.0

    def parse(self, path: str, data: bytes) -> ParsedArticle:
        import docx

        try:
            document = docx.Document(io.BytesIO(data))
        except Exception as exc:  # python-docx raises several classes on a broken package
            raise IngestError(Stage.parse, f"not a readable Word document: {exc}", "InvalidDOCX") from exc
        paragraphs = [(p.style.name if p.style is not None else "", p.text.strip()) for p in document.paragraphs]
        paragraphs = [(style, text) for style, text in paragraphs if text]
        if not paragraphs:
            raise IngestError(Stage.parse, "the document has no text", "EmptyArticle")
        props = document.core_properties
        title = (props.title or "").strip()
        if not title:
            heading = next((i for i, (style, _) in enumerate(paragraphs)
                            if style == "Title" or style.startswith("Heading")), None)
            if heading is not None and heading < 3:
                title = paragraphs.pop(heading)[1]
        elif paragraphs[0][1] == title:
            paragraphs.pop(0)
        body = "\n\n".join(text for _, text in paragraphs)
        if not title:
            title, body, _ = split_title(body)
        return ParsedArticle(
            title=title,
            body=body,
            published_at=parse_date(props.created),
            authors=split_authors(props.author),
            language=(props.language or "")[:2].lower() or None,
        )
