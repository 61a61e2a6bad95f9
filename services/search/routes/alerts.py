"""Alerts: saved searches of articles or claims; their new matches as an Atom feed."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response, status

from .. import across
from ..across_schemas import Alert, AlertIn, AlertList
from ..atom import atom_feed
from ..deps import EsDep, NamesDep, RedisDep
from ..error_handlers import ERROR_RESPONSES
from ..params import MAX_SIZE

router = APIRouter(responses=ERROR_RESPONSES)
AlertId = Annotated[str, Path(min_length=1, max_length=64, description="Alert id", examples=["5f1c0de2a9b84c11"])]
NOT_FOUND = {404: {"description": "No alert with this id"}}


@router.post("/alerts", status_code=status.HTTP_201_CREATED, summary="Save a search as an alert")
async def create(es: EsDep, names: NamesDep, r: RedisDep, alert: AlertIn) -> Alert:
    """`params` takes the parameters of /search (target articles) or /claims (target claims).
    After each indexed batch, new matches are recorded; read them at `feed`."""
    created = await across.create_alert(es, names, alert)
    r.incr(names.alerts_version)  # after the alert is searchable: workers re-read their list
    return created


@router.get("/alerts", summary="Saved alerts")
async def list_(es: EsDep, names: NamesDep) -> AlertList:
    return await across.list_alerts(es, names)


@router.delete("/alerts/{alert_id}", status_code=status.HTTP_204_NO_CONTENT, responses=NOT_FOUND,
               summary="Delete an alert (no more matches are recorded)")
async def delete(es: EsDep, names: NamesDep, r: RedisDep, alert_id: AlertId) -> Response:
    await across.delete_alert(es, names, alert_id, on_deleted=lambda: r.incr(names.alerts_version))
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get("/alerts/{alert_id}/feed", responses={**NOT_FOUND, 200: {"content": {"application/atom+xml": {}}}},
            response_class=Response, summary="An alert's new matches, newest first (Atom)")
async def feed(
    es: EsDep, names: NamesDep, alert_id: AlertId, request: Request,
    size: Annotated[int, Query(ge=1, le=MAX_SIZE, description="Entries", examples=[50])] = 50,
) -> Response:
    alert = await across.get_alert(es, names, alert_id)
    matches = await across.alert_matches(es, names, alert_id, size)
    body = atom_feed(alert.model_dump(mode="json"), matches, str(request.base_url))
    return Response(body, media_type="application/atom+xml")
