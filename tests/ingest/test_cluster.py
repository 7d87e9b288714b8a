"""Ingest on a real Dask LocalCluster: the same knowledge base as in-process, and a
worker killed mid-ingest loses or duplicates nothing."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import dask
import pytest
from distributed import Client
from typer.testing import CliRunner

from dossier import ingest
from dossier.cli import app
from dossier.errors import ClusterError
from dossier.ingest.cluster import LOCAL_CLUSTER_CONFIG, DaskRunner, _connect
from dossier.render.json_export import export_json
from dossier.store import KnowledgeBase
from tests.corpus import SAHEL, write_jsonl

DIRECT = {"distributed.client.direct-to-workers": True}
# More small items than one batch, so batches are spread over both workers.
EXTRA = [
    {
        "id": f"bulletin-{number}",
        "source": f"Bulletin {number}",
        "title": f"Night raid {number}",
        "date": f"2023-07-{number + 1:02d}",
        "text": (
            f"Gunmen of the Lake Chad Brigade attacked a checkpoint near Diffa, Niger, on "
            f"July {number}, 2023, killing {number + 2} soldiers. The brigade was founded in "
            f"20{10 + number}, a regional official said."
        ),
    }
    for number in range(1, 9)
]


@pytest.fixture(scope="module")
def cluster() -> Iterator[Client]:
    """The LocalCluster ``--dask local:2`` starts, with its quieted housekeeping."""
    with _connect("local:2") as client:
        yield client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("cluster") / "items.jsonl", *SAHEL, *EXTRA)


def _export(path: Path, **options: object) -> dict[str, object]:
    with KnowledgeBase(path) as kb:
        report = ingest(kb, [str(path.parent / "items.jsonl")], batch_size=2, **options)  # type: ignore[arg-type]
        assert not report.failed
        return _unordered(export_json(kb))


def _unordered(export: dict[str, object]) -> dict[str, object]:
    """The export with its lists sorted: workers finish batches in any order, and
    documents are listed in the order they were written."""
    return {
        key: sorted(value, key=lambda item: json.dumps(item, sort_keys=True))
        if isinstance(value, list)
        else value
        for key, value in export.items()
    }


def test_a_dask_cluster_gives_the_same_knowledge_base_as_one_process(
    corpus: Path, cluster: Client, tmp_path: Path
) -> None:
    (tmp_path / "items.jsonl").write_bytes(corpus.read_bytes())
    alone = _export(tmp_path / "alone.db")
    on_cluster = _export(tmp_path / "cluster.db", runner=DaskRunner(cluster.scheduler.address))
    assert on_cluster == alone
    assert len(alone["documents"]) == len(SAHEL) + len(EXTRA)  # type: ignore[arg-type]


def test_a_worker_killed_mid_ingest_loses_and_duplicates_nothing(
    corpus: Path, cluster: Client, tmp_path: Path
) -> None:
    (tmp_path / "items.jsonl").write_bytes(corpus.read_bytes())
    alone = _export(tmp_path / "alone.db")
    worker_pids = list(cluster.run(os.getpid).values())
    killed: list[int] = []

    def kill_one_worker(_count: int) -> None:
        if not killed:  # after the first document is written, while others are in flight
            killed.append(worker_pids[0])
            os.kill(worker_pids[0], signal.SIGKILL)

    # results gathered straight from the workers, as `--dask local:N` gathers them: the
    # killed worker's results are lost on the way and must be made again
    with KnowledgeBase(tmp_path / "killed.db") as kb, dask.config.set(DIRECT):
        report = ingest(
            kb,
            [str(tmp_path / "items.jsonl")],
            batch_size=2,
            runner=DaskRunner(cluster.scheduler.address),
            on_progress=kill_one_worker,
        )
        assert killed and not report.failed
        assert sorted(report.added + [d for d, _ in report.duplicates]) == sorted(
            r["id"] for r in (*SAHEL, *EXTRA)
        )
        assert _unordered(export_json(kb)) == alone
    cluster.wait_for_workers(2, timeout=60)  # the nanny restarts the killed worker
    _assert_workers_run_quietly(cluster)  # with the settings its first start had


def test_a_local_cluster_s_results_come_straight_from_its_workers(cluster: Client) -> None:
    """Not through the scheduler, which shares this process with the writer."""
    assert cluster.direct_to_workers is True


def test_a_local_cluster_s_workers_run_without_dask_s_profiler_and_fast_ticks(
    cluster: Client,
) -> None:
    """The settings reach the worker processes, where spaCy shares the cores with them."""
    _assert_workers_run_quietly(cluster)


def _assert_workers_run_quietly(cluster: Client) -> None:
    def settings() -> dict[str, object]:
        return {key: dask.config.get(key) for key in LOCAL_CLUSTER_CONFIG}

    per_worker = cluster.run(settings)
    assert len(per_worker) == 2
    assert all(found == LOCAL_CLUSTER_CONFIG for found in per_worker.values())
    # the heap is trimmed as in a process-pool worker, not at Dask's 64 KB
    trim = cluster.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_"))
    assert set(trim.values()) == {None}


def test_a_bad_cluster_address_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ClusterError, match="local:N"):
        list(DaskRunner("local:many").annotate(iter([])))


def test_resolve_all_on_the_cluster_equals_resolving_in_process(
    corpus: Path, cluster: Client, tmp_path: Path
) -> None:
    """`dossier resolve --all --dask <address>` leaves every resolution row as the
    in-process resolution left it (the corpus tells one attack twice: events are linked)."""
    db = tmp_path / "kb.db"
    with KnowledgeBase(db) as kb:
        assert not ingest(kb, [str(corpus)]).failed  # resolved in this process
        in_process = _resolution_rows(kb)
    assert in_process[3], "the corpus links events, so a cluster that linked none would differ"
    address = cluster.scheduler.address
    result = CliRunner().invoke(app, ["resolve", "--all", "--dask", address, "--db", str(db)])
    assert result.exit_code == 0, result.output
    with KnowledgeBase(db) as kb:
        assert _resolution_rows(kb) == in_process
        assert not kb.resolution_pending()


def _resolution_rows(kb: KnowledgeBase) -> tuple[object, ...]:
    return (
        kb.canonical_ids(),
        sorted(kb.entity_links()),
        kb.event_clusters(),
        sorted(kb.event_links()),
    )
