"""`/network`: the relationship network of the whole knowledge base, or around one entity
(`/network?entity=ID`), drawn by `static/network.js` from `/api/network`: filterable by
kind of relation and verdict, expandable hop by hop, each edge opening its evidence.

The page itself lists the relations (server-rendered), so it reads without JavaScript."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from dossier.web.library import View, current
from dossier.web.network import WHOLE_NETWORK_EDGES, Network, network
from dossier.web.pages._render import Text, render
from dossier.web.pages._shared import EntitySummary, entity_summary

router = APIRouter(include_in_schema=False)


@dataclass(slots=True)
class NetworkPage:
    focus: EntitySummary | None
    network: Network
    names: dict[str, str]  # node id -> name, for the listing


@router.get("/network", response_class=HTMLResponse)
def network_view(request: Request, entity: Text = "") -> HTMLResponse:
    page = network_page(current(request), entity.strip() or None)
    return render(request, "network.html", page=page)


def network_page(view: View, key: str | None) -> NetworkPage:
    focus = view.answerer.entity_named(key) if key else None
    found = network(view, focus.id if focus else None, limit=None if focus else WHOLE_NETWORK_EDGES)
    return NetworkPage(
        focus=entity_summary(view, focus) if focus else None,
        network=found,
        names={node.id: node.name for node in found.nodes},
    )
