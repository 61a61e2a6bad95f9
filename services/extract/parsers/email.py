"""Email (.eml, RFC 822): the subject is the title, the sender the author, the Date header the
date; the text part, or the HTML part cleaned. Attachments of a type the registry reads
become articles of their own, linked to the email (`part_of`)."""

from __future__ import annotations

import email
import email.policy
import re
from email.utils import getaddresses

from services.core.errors import IngestError
from services.core.models import ItemFailure, ParsedArticle, Stage

from .base import ManyArticleParser, split_title, suffix
from .common import html_to_text, parse_date

_HEADER = re.compile(rb"^(?:Received|From|To|Subject|Date|Message-ID|MIME-Version|Return-Path|Delivered-To):", re.I | re.M)
_SUBJECT_PREFIX = re.compile(r"^\s*((re|fwd?|tr|wg|aw)\s*:\s*)+", re.I)


class EmailParser(ManyArticleParser):
    extensions = (".eml",)
    binary = True

    def score(self, path: str, data: bytes) -> float:
        head = data[:4096]
        hits = len({m.group(0).lower() for m in _HEADER.finditer(head)})
        if suffix(path) in self.extensions:
            return 1.0
        return 0.9 if hits >= 3 and head[:1].isalpha() else 0.0

    def parse_all(self, path: str, data: bytes) -> list[ParsedArticle | ItemFailure]:
        msg = email.message_from_bytes(data, policy=email.policy.default)
        subject = _SUBJECT_PREFIX.sub("", str(msg.get("subject") or "")).strip()
        senders = getaddresses([str(msg.get("from") or "")])
        name, address = senders[0] if senders else ("", "")
        part = msg.get_body(preferencelist=("plain", "html"))
        text = ""
        if part is not None:
            content = part.get_content()
            text = html_to_text(content) if part.get_content_type() == "text/html" else _plain(content)
        out: list[ParsedArticle | ItemFailure] = []
        date = parse_date(str(msg.get("date") or ""))
        if text.strip():
            title, body = subject, text
            if not title:
                title, body, _ = split_title(text)
            out.append(ParsedArticle(
                title=title, body=body, published_at=date,
                source=address.rsplit("@", 1)[-1].lower() if "@" in address else None,
                authors=[name or address] if (name or address) else [],
            ))
        parent = 0 if out else None
        for n, attachment in enumerate(msg.iter_attachments(), 1):
            filename = attachment.get_filename() or f"attachment-{n}"
            position = f"attachment {n} ({filename})"
            if attachment.get_content_maintype() in ("image", "audio", "video"):
                continue  # not a supported type: no article, no failure
            out.extend(_attachment(filename, attachment.get_content(), position, parent, date))
        if not out:
            raise IngestError(Stage.parse, "the email has no text part and no readable attachment", "EmptyArticle")
        return out


def _attachment(filename: str, content, position: str, parent: int | None, date) -> list:
    from . import pick_binary, pick_parser

    data = content.encode("utf-8") if isinstance(content, str) else bytes(content)
    from services.core.errors import UnsupportedFormat

    try:
        parser = pick_binary(filename, data)
        if parser is None:
            from services.extract.decode import decode_text

            text, _ = decode_text(data)
            parser, data = pick_parser(filename, text), text
        items = parser.parse_all(filename, data)
    except UnsupportedFormat:
        return []  # a calendar invite, a signature file: not an article
    except IngestError as exc:
        return [ItemFailure(position=position, reason=exc.reason)]
    out = []
    for item in items:
        if isinstance(item, ItemFailure):
            out.append(ItemFailure(position=f"{position} {item.position}", reason=item.reason))
            continue
        where = f"{position} {item.position}" if item.position else position
        update = {"position": where, "part_of": parent}
        if item.published_at is None:
            update["published_at"] = date
        out.append(item.model_copy(update=update))
    return out


def _plain(text: str) -> str:
    """Quoted-printable soft breaks are gone by now; rejoin the paragraphs of a text part."""
    paragraphs = re.split(r"\n\s*\n", text.replace("\r", ""))
    return "\n\n".join(" ".join(line.strip() for line in p.split("\n")) for p in paragraphs if p.strip())
