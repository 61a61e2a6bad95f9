"""Ingest: counts by state, failed files, and queueing the failed files again.

These routes need only Redis (the ingest ledger), so they answer even while Elasticsearch
is away, which is when an operator looks at them.

Retry: the API holds no files (it may run on another host than the inbox). It moves every
failed file back to `queued` and hands the paths to the watcher through a Redis list; the
watcher re-reads each file as it is *now* (a fixed file gets its second chance, a file
refused before it was ever queued, say one too large, has no stored bytes to retry anyway)
and queues it. Keeping the bytes of failed files in Redis instead would cost up to the size
limit per failure and retry the stale version."""

from __future__ import annotations

from fastapi import APIRouter

from services.core.models import FailureRecord, IngestStatus

from ..deps import LedgerDep
from ..error_handlers import ERROR_RESPONSES
from ..schemas import RetryResponse

router = APIRouter()


@router.get("/ingest/status", summary="Ingest counts by state", responses=ERROR_RESPONSES)
def ingest_status(ledger: LedgerDep) -> IngestStatus:
    return ledger.status()


@router.get("/ingest/failures", summary="One record per failed file: path, stage, reason, time",
            responses=ERROR_RESPONSES)
def ingest_failures(ledger: LedgerDep) -> list[FailureRecord]:
    return ledger.failures()


@router.post("/ingest/retry", summary="Queue every failed file again", tags=["operations"])
def ingest_retry(ledger: LedgerDep) -> RetryResponse:
    """The watcher re-reads each failed file from the inbox and queues it; its failure
    record is dropped now, and written again if it fails again."""
    paths = ledger.request_retry()
    return RetryResponse(queued=len(paths), paths=sorted(paths), watcher_alive=ledger.watcher_alive())
