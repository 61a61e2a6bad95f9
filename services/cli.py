"""The one `newsroom` command that fronts every service.

Each subcommand imports its service lazily, so an image with only one extra installed
(say `.[ingest]`) runs its own command without the others' dependencies."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from services.core import __version__

app = typer.Typer(no_args_is_help=True, add_completion=False, help="newsroom: news articles in, entities and claims out, searchable.")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"newsroom {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
) -> None:
    """newsroom: drop articles into the inbox; search them, their entities and claims."""


@app.command()
def watch() -> None:
    """Watch the inbox folder and queue every complete article file."""
    from services.ingest.watcher import run_watcher

    run_watcher()


@app.command()
def worker(
    concurrency: int = typer.Option(None, help="Worker processes (default: NEWSROOM_WORKER_CONCURRENCY)."),
    loglevel: str = typer.Option("INFO", help="Log level."),
) -> None:
    """Run the extraction worker (Celery): parse, find entities and claims, index."""
    from services.extract.worker import run_worker

    run_worker(concurrency=concurrency, loglevel=loglevel)


@app.command()
def api(
    host: str = typer.Option(None, help="Bind address (default: NEWSROOM_API_HOST)."),
    port: int = typer.Option(None, help="Port (default: NEWSROOM_API_PORT)."),
) -> None:
    """Serve the search API (FastAPI, OpenAPI at /docs)."""
    from services.search.server import run_api

    run_api(host=host, port=port)


@app.command()
def extract(
    files: list[Path] = typer.Argument(..., exists=False, help="Article files (.txt, .md, ...)."),
    json_out: bool = typer.Option(False, "--json", help="Print JSON Lines, one object per file."),
) -> None:
    """Extract entities and claims from files, offline (no Redis, no Elasticsearch)."""
    from services.extract.cli import extract_files

    sys.exit(extract_files(files, json_out=json_out))


@app.command()
def status() -> None:
    """Print ingest counts: queued, processing, indexed, duplicates, failed."""
    import redis
    from rich.console import Console
    from rich.table import Table

    from services.core.ledger import IngestLedger
    from services.core.settings import get_settings

    ledger = IngestLedger(get_settings())
    try:
        counts = ledger.status()
    except redis.RedisError as exc:
        typer.echo(f"Redis is not reachable: {exc}", err=True)
        raise typer.Exit(2) from exc
    table = Table(title="newsroom ingest")
    for name in type(counts).model_fields:
        table.add_column(name, justify="right")
    table.add_row(*(str(v) for v in counts.model_dump().values()))
    Console().print(table)
    if counts.failed:
        typer.echo(f"{counts.failed} failed: see GET /ingest/failures, retry with `newsroom retry-failed`")


@app.command()
def ingest(
    directory: Path = typer.Argument(..., exists=True, file_okay=False, help="Folder of article files to backfill."),
    into: str = typer.Option(None, help="Sub-folder of the inbox to copy into (default: the folder's name)."),
    timeout: float = typer.Option(0, help="Give up waiting after this many seconds (0: wait until done)."),
) -> None:
    """Backfill a folder: copy its files into the inbox, queue them, and show progress until
    the ledger reports every one done. Exits 1 if any file failed."""
    from services.ingest.backfill import backfill

    sys.exit(backfill(directory, into=into, timeout=timeout or None))


@app.command(name="retry-failed")
def retry_failed() -> None:
    """Queue every failed file again (the watcher re-reads each from the inbox)."""
    import redis

    from services.core.ledger import IngestLedger
    from services.core.settings import get_settings

    ledger = IngestLedger(get_settings())
    try:
        paths = ledger.request_retry()
        alive = ledger.watcher_alive()
    except redis.RedisError as exc:
        typer.echo(f"Redis is not reachable: {exc}", err=True)
        raise typer.Exit(2) from exc
    for path in sorted(paths):
        typer.echo(path)
    typer.echo(f"queued {len(paths)} failed file(s) again", err=True)
    if paths and not alive:
        typer.echo("no watcher is running: they are queued when `newsroom watch` starts", err=True)


@app.command()
def reindex(
    force: bool = typer.Option(False, help="Rebuild even when the mapping version is current."),
    keep_old: bool = typer.Option(False, help="Keep the old indices (default: delete them after the swap)."),
) -> None:
    """Rebuild the indices with this version's mapping and swap their aliases; searches keep answering."""
    from services.core.reindex import run_reindex

    sys.exit(run_reindex(force=force, keep_old=keep_old))


@app.command("group-backfill")
def group_backfill() -> None:
    """Give a story and claim groups to articles indexed before grouping existed."""
    from services.extract.group_backfill import run_backfill

    sys.exit(run_backfill())


@app.command()
def run() -> None:
    """Run watcher, worker and API together in the foreground; Ctrl-C stops all three."""
    from services.supervisor import run_all

    sys.exit(run_all())


if __name__ == "__main__":
    app()
