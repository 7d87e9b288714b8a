"""`dossier resolve --all --dask ...`: events linked on a Dask cluster.

Events of different kinds are never linked (see ``dossier.resolve.events``), so each
kind is one task; the links come back to this process, which alone writes them. Kinds
are uneven (attacks are most events), so the speed-up is bounded by the largest kind.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from dossier.ingest.cluster import _connect
from dossier.model.records import EventRecord
from dossier.resolve.entities import Link
from dossier.resolve.events import Kin, event_links, family


def cluster_linking(address: str) -> Callable[[list[EventRecord], Kin], list[Link]]:
    """A ``link_events`` for ``refresh``/``resolve_all`` that runs on the cluster at
    ``address`` (``local:N`` or ``tcp://host:port``)."""

    def link_events(events: list[EventRecord], kin: Kin) -> list[Link]:
        by_kind: dict[str, list[EventRecord]] = defaultdict(list)
        for event in events:
            by_kind[family(event.type)].append(event)
        if not by_kind:
            return []
        with _connect(address) as client:
            biggest_first = sorted(by_kind.values(), key=len, reverse=True)
            futures = [
                client.submit(event_links, group, dict(kin), pure=False) for group in biggest_first
            ]
            return [link for future in futures for link in future.result()]

    return link_events
