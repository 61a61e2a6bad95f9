"""`newsroom extract FILE... [--json]`: the extraction of each file, offline."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import orjson

from services.core.models import ExtractedFile
from services.core.settings import get_settings

from .pipeline import ArticleExtractor


def extract_files(paths: list[Path], json_out: bool = False) -> int:
    """Print one result per file; return 1 if any file failed."""
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING)
    files: list[tuple[str, bytes]] = []
    failed = 0
    readable: list[Path] = []
    for path in paths:
        try:
            files.append((str(path), path.read_bytes()))
            readable.append(path)
        except OSError as exc:
            failed += 1
            _emit_error(str(path), "read", type(exc).__name__, exc.strerror or str(exc), json_out)
    extractor = ArticleExtractor(get_settings())
    for result in extractor.extract_files(files):
        if result.error:
            failed += 1
            e = result.error
            _emit_error(result.path, e.stage.value, e.error, e.reason, json_out, result.position)
            continue
        article = result.article
        assert article is not None
        line = ExtractedFile(path=result.path, position=result.position,
                             **article.model_dump(exclude={"files", "indexed_at"}))
        if json_out:
            # position and part_of only where the file holds many articles
            skip = {"files", "indexed_at"} | {k for k in ("position", "part_of") if getattr(line, k) is None}
            sys.stdout.buffer.write(orjson.dumps(line.model_dump(mode="json", exclude=skip)) + b"\n")
        else:
            _print_human(line)
    sys.stdout.flush()
    return 1 if failed else 0


def _emit_error(path: str, stage: str, error: str, reason: str, json_out: bool, position: str | None = None) -> None:
    if json_out:
        obj = {"path": path, "error": {"stage": stage, "error": error, "reason": reason}}
        if position:
            obj["position"] = position
        sys.stdout.buffer.write(orjson.dumps(obj) + b"\n")
    where = f"{path} ({position})" if position else path
    print(f"newsroom extract: {where}: {reason}", file=sys.stderr)


def _print_human(item: ExtractedFile) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console()
    console.rule(f"[bold]{item.title}")
    where = f"{item.path} ({item.position})" if item.position else item.path
    console.print(f"[dim]{where}  id {item.id[:12]}  {len(item.entities)} entities, {len(item.claims)} claims")
    meta = [("source", item.source), ("published", item.published_at), ("authors", ", ".join(item.authors)),
            ("url", item.url), ("language", item.language)]
    console.print("  " + "  ".join(f"[dim]{k}[/] {escape(str(v))}" for k, v in meta if v))
    for e in item.entities:
        aliases = ", ".join(a for a in e.aliases if a != e.name)
        console.print(f"  {e.type:8} {e.name}  x{e.count}" + (f"  [dim]({aliases})" if aliases else ""))
    for c in item.claims:
        who = c.claimant_entity or c.claimant or "(unattributed)"
        flags = " ".join(f for f, on in (("hedged", c.hedged), ("denied", c.polarity == "denied")) if on)
        tags = escape(f"[{c.cue}, {c.quote_type}{', ' + flags if flags else ''}]")
        console.print(f"  [cyan]{escape(who)}[/] {tags}: {escape(c.content)}")
