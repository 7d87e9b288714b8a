"""A throw-away PostgreSQL server for the tests: initdb in a temporary folder, started
with pg_ctl on a free loopback port, stopped and deleted at the end of the session.

It uses Debian's `postgresql` package (`./run.sh test` installs it). As root, the
server runs as the `postgres` user, since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DEBIAN_BINARIES = Path("/usr/lib/postgresql")


def server_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl (the newest Debian version), or None."""
    versions = sorted(DEBIAN_BINARIES.glob("*/bin/pg_ctl"), key=lambda p: int(p.parts[-3]))
    if versions:
        return versions[-1].parent
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


@contextmanager
def throwaway_server(binaries: Path) -> Iterator[str]:
    """Start a server; yield the URL of its empty `dossier` database."""
    folder = Path(tempfile.mkdtemp(prefix="dossier-pg-"))
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(sockets, "postgres")
    run = {"check": True, "capture_output": True}
    subprocess.run(
        _as_server_user(
            [
                str(binaries / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
            ]
        ),
        **run,  # type: ignore[call-overload]
    )
    try:
        port = _start(binaries, data, sockets, folder / "log")
        subprocess.run(
            [
                str(binaries.parent / "bin" / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-U",
                "postgres",
                "dossier",
            ],
            **run,  # type: ignore[call-overload]
        )
        yield f"postgresql://postgres@127.0.0.1:{port}/dossier"
    finally:
        subprocess.run(
            _as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


def _start(binaries: Path, data: Path, sockets: Path, log: Path) -> int:
    """Start the server on a free port; its port. The port is free when chosen, but another
    process of a busy machine may take it before the server binds it: then another one."""
    for _attempt in range(5):
        port = _free_port()
        options = f"-p {port} -k {sockets} -h 127.0.0.1 -c fsync=off -c full_page_writes=off"
        # -t: pg_ctl's own 60 s wait may not be enough on a busy 2-core machine
        start = [str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-w", "-t", "180"]
        started = subprocess.run(
            _as_server_user([*start, "-l", str(log), "start"]), capture_output=True
        )
        if started.returncode == 0:
            return port
        if "already in use" not in (log.read_text(errors="replace") if log.exists() else ""):
            break
    raise RuntimeError(f"PostgreSQL did not start: {started.stderr!r}")


_database_numbers = itertools.count(1)


def create_database(server_url: str) -> str:
    """A new empty database on the server; its URL."""
    import psycopg

    name = f"test_{os.getpid()}_{next(_database_numbers)}"
    with psycopg.connect(
        server_url.replace("postgresql://", "postgresql://", 1), autocommit=True
    ) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return server_url.rsplit("/", 1)[0] + "/" + name
