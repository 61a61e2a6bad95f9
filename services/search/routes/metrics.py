"""Metrics: the Prometheus text format of ingest counts, queue depth and stage durations."""

from __future__ import annotations

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST

from ..deps import ResourcesDep
from ..prometheus import exposition

router = APIRouter(tags=["operations"])


@router.get("/metrics", summary="Prometheus metrics: documents, failures, queue depth, stage durations",
            response_class=Response, responses={200: {"content": {CONTENT_TYPE_LATEST: {}}}})
def metrics(res: ResourcesDep) -> Response:
    return Response(exposition(res), media_type=CONTENT_TYPE_LATEST)
