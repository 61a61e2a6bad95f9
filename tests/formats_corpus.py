"""The format corpus (issue 15): real-shaped samples in tests/corpus/ plus a PDF, a DOCX and an
email made here by their libraries, each with what extraction must find: title, date, source,
a sentence that must be in the body and boilerplate that must not."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path

CORPUS = Path(__file__).parent / "corpus"


@dataclass
class Expected:
    file: str
    title: str
    published: str | None  # ISO prefix of published_at
    source: str | None
    must: str
    must_not: list[str] = field(default_factory=list)
    position: str | None = None
    authors: list[str] = field(default_factory=list)
    url: str | None = None
    language: str = "en"


EXPECTED = [
    Expected("gazette-harbour-strike.html", "Harbour strike ends after nine days", "2026-11-30T08:15", "Eastport Gazette",
             "said Maria Lopez, the union's regional secretary",
             ["cookies", "Advertisement", "Cheap flights", "morning briefing", "Related stories", "Great news, finally",
              "All rights reserved", "Share on Facebook", "Sport"],
             authors=["Ana Ruiz"], url="https://gazette.example/news/2026/11/30/harbour-strike-ends"),
    Expected("courier-jsonld.html", "Council approves flood barrier plan", "2026-11-28T17:40", "Northshire Courier",
             "Councillor James Okoro, who chairs the environment committee",
             ["Subscribe to the Courier", "garden gadgets", "Market Street", "Log in"],
             authors=["Tom Bell", "Priya Shah"], url="https://courier.example/local/flood-barrier-plan"),
    Expected("wire-news.rss", "Ferry operator cancels winter crossings", "2026-12-01T09:30", "Coastline Wire",
             "Island council leader Morag Innes called the decision a betrayal", ["Read more"], position="item 1",
             authors=["Lena Fischer"], url="https://wire.example/2026/12/01/ferry-winter-crossings"),
    Expected("wire-news.rss", "Wind farm wins approval off northern coast", "2026-11-30T16:05", "Coastline Wire",
             "would create 600 jobs at the port of Kelby", ["Share this", "Ministers gave the go-ahead"], position="item 2",
             authors=["Sam Okafor"]),
    Expected("science-desk.atom", "Glacier retreat doubles in a decade, survey finds", "2026-11-29T11:20",
             "Meridian Science Desk", "found that 18 had disappeared entirely since 2015", position="item 1",
             authors=["Helen Carver"], url="https://meridian.example/science/glacier-retreat-survey"),
    Expected("scraper-export.jsonl", "Rail union calls off Friday walkout", "2026-11-27T14:00", "Metro Daily",
             "Union leaders said passengers would see a normal timetable", position="line 1", authors=["Chris Adeyemi"],
             url="https://metro.example/rail-walkout-off"),
    Expected("scraper-export.jsonl", "Hospital waiting lists fall for third month", "2026-11-25T11:30", "Metro Daily",
             "figures from the health board showed on Wednesday", position="line 4",
             authors=["Chris Adeyemi", "Dana Whitfield"]),
    Expected("littoral-dockers-fr.html", "Les dockers de Port-Marin reprennent le travail", "2026-11-30T10:00",
             "La Gazette du Littoral", "a déclaré Marie Lefèvre, secrétaire régionale du syndicat",
             ["cookies", "À lire aussi", "Accueil"], authors=["Claire Dubois"], language="fr"),
    Expected("press-release.pdf", "Harbour Authority confirms night shifts resume", "2026-11-30T12:00", None,
             "container terminal will resume night operations from Wednesday", ["opera- tions", "opera-\n"],
             authors=["Harbour Authority Press Office"]),
    Expected("statement.docx", "Union statement on the pay agreement", "2026-11-29T18:00", None,
             "members voted by a wide margin to accept the offer", authors=["Maria Lopez"]),
    Expected("tip.eml", "Leaked memo on ferry subsidies", "2026-12-01T21:14", "protonmail.example",
             "the ministry knew in September that the ferry subsidy would be cut",
             ["font-family", "unsubscribe"], authors=["Jo Reader"]),
    Expected("tip.eml", "Harbour Authority confirms night shifts resume", "2026-11-30T12:00", None,
             "container terminal will resume night operations from Wednesday",
             position="attachment 1 (press-release.pdf)", authors=["Harbour Authority Press Office"]),
]

FAILURES = {("scraper-export.jsonl", "line 3"): "not valid JSON"}


def make_pdf(lines: list[str], title: str | None = "Harbour Authority confirms night shifts resume",
             author: str = "Harbour Authority Press Office", created: str = "D:20261130120000Z",
             pages: int = 1) -> bytes:
    """A PDF with a real text layer (Helvetica text operators), written by hand; every page
    shows the same lines."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "72 760 Td"]
    ops += [f"({esc(line)}) Tj T*" for line in lines]
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    info = f"/Author ({esc(author)}) /CreationDate ({created})" + (f" /Title ({esc(title)})" if title else "")
    kids = " ".join(f"{6 + i} 0 R" for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< {info} >>".encode("latin-1"),
    ] + [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"
    ] * pages
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


PDF_LINES = [
    "Harbour Authority confirms night shifts resume",
    "",
    "EASTPORT, 30 November 2026. The Harbour Authority confirmed today that the container",
    "terminal will resume night opera-",
    "tions from Wednesday, after the end of the nine-day strike by dock workers.",
    "The Authority expects the backlog of vessels waiting in the bay to be cleared within",
    "seven days.",
    "",
    "Chief executive Daniel Price said the agreement secured the future of the port.",
]


def press_release_pdf() -> bytes:
    return make_pdf(PDF_LINES)


def scanned_pdf() -> bytes:
    """A PDF whose page has no text operators: what a scanner makes (image only)."""
    return make_pdf([], title=None)


def statement_docx() -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.author = "Maria Lopez"
    from datetime import UTC, datetime

    document.core_properties.created = datetime(2026, 11, 29, 18, 0, tzinfo=UTC)
    document.add_heading("Union statement on the pay agreement", level=1)
    document.add_paragraph(
        "After nine days on strike, members voted by a wide margin to accept the offer made by the Harbour "
        "Authority on Saturday.")
    document.add_paragraph("The agreement raises pay by 6.5 percent over two years and restores the old shift pattern.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def tip_email() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Jo Reader <jo.reader@protonmail.example>"
    msg["To"] = "tips@gazette.example"
    msg["Subject"] = "Fwd: Leaked memo on ferry subsidies"
    msg["Date"] = "Tue, 01 Dec 2026 21:14:00 +0000"
    msg["Message-ID"] = "<tip-20261201@protonmail.example>"
    msg.set_content(  # an HTML-only body, as webmail forwards send it
        "<html><head><style>p { font-family: Arial; }</style></head><body>"
        "<p>Hello, I work at the transport ministry.</p>"
        "<p>The attached memo shows that the ministry knew in September that the ferry subsidy would be cut, "
        "two months before Bay Ferries announced the end of winter crossings.</p>"
        "<p>I can send more documents if you protect my name.</p>"
        "<div class='footer'><a href='#'>unsubscribe</a></div></body></html>",
        subtype="html",
    )
    msg.add_attachment(press_release_pdf(), maintype="application", subtype="pdf", filename="press-release.pdf")
    msg.add_attachment(b"\x89PNG\r\n\x1a\n" + b"\0" * 64, maintype="image", subtype="png", filename="logo.png")
    return msg.as_bytes()


def made_samples() -> dict[str, bytes]:
    return {"press-release.pdf": press_release_pdf(), "statement.docx": statement_docx(), "tip.eml": tip_email()}


def all_samples() -> dict[str, bytes]:
    """Every sample file of the corpus by name (the updated feed is dropped later, on its own)."""
    files = {p.name: p.read_bytes() for p in sorted(CORPUS.iterdir()) if p.name != "wire-news-updated.rss"}
    return files | made_samples()
