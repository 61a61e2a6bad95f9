"""PDF with a text layer (pypdf): text in reading order, words split by a hyphen at a line end
joined again, lines joined into paragraphs; title, author and date from the document info.
A PDF with no text layer (a scan) fails with a reason that says so."""

from __future__ import annotations

import io
import re

from services.core.errors import IngestError
from services.core.models import ParsedArticle, Stage

from .base import ArticleParser, split_title
from .common import parse_date, split_authors

_HYPHEN = re.compile(r"(\w)-\n(?=[a-zà-ÿ])")
_JUNK_TITLE = re.compile(r"^(microsoft word|untitled|document\d*|\S+\.(docx?|pdf|odt|indd))", re.I)


class PdfParser(ArticleParser):
    extensions = (".pdf",)
    binary = True

    def score(self, path: str, data: bytes) -> float:
        return 1.0 if data[:1024].lstrip().startswith(b"%PDF-") else 0.0

    def parse(self, path: str, data: bytes) -> ParsedArticle:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError

        try:
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise IngestError(Stage.parse, "the PDF is encrypted with a password", "EncryptedPDF")
            pages = [page.extract_text() or "" for page in reader.pages]
            info = reader.metadata or {}
        except PdfReadError as exc:
            raise IngestError(Stage.parse, f"not a readable PDF: {exc}", "InvalidPDF") from exc
        text = join_lines("\n\n".join(pages))
        if sum(ch.isalpha() for ch in text) < 20:
            raise IngestError(Stage.parse, f"no text layer (scanned?): {len(pages)} pages, no text", "NoTextLayer")
        title = str(info.get("/Title") or "").strip()
        if title and not _JUNK_TITLE.match(title):
            body = text
            if body.startswith(title):
                body = body[len(title):].lstrip()
        else:
            title, body, _ = split_title(text)
        return ParsedArticle(
            title=title,
            body=body,
            published_at=parse_date(str(info.get("/CreationDate") or "")),
            authors=split_authors(str(info.get("/Author") or "")),
        )


def join_lines(text: str) -> str:
    """PDF text breaks lines where the page did: rejoin hyphenated words and the lines of a
    paragraph; a short line that ends a sentence, or a blank line, ends a paragraph."""
    text = _HYPHEN.sub(r"\1", text.replace("\r", ""))
    lines = [line.strip() for line in text.split("\n")]
    width = max((len(line) for line in lines), default=0)
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if not line:
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        paragraphs[-1].append(line)
        headline = len(paragraphs) == 1 and len(paragraphs[0]) == 1 and not re.search(r"[.,;:!?-]$", line)
        if (re.search(r"[.!?:\"”]$", line) or headline) and len(line) < 0.8 * width:
            paragraphs.append([])
    return "\n\n".join(re.sub(r"(?<=\w-) (?=[A-Z])", "", " ".join(p)) for p in paragraphs if p)
