"""Schemathesis against the OpenAPI schema of a running server: no request it can
generate from the schema gets a 5xx. The examples per operation are bounded to keep the
suite fast.

Schemathesis' own pytest plugin does not run on this pytest version, so each operation's
Hypothesis strategy is driven here directly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from dossier.web import create_app
from dossier.web.server import running
from tests.web.waits import HTTP_SECONDS

EXAMPLES_PER_OPERATION = 30


@pytest.fixture(scope="module")
def base_url(sahel_db: Path) -> Iterator[str]:
    with running(create_app(sahel_db)) as base:
        yield base


def test_no_request_from_the_schema_gets_a_server_error(base_url: str) -> None:
    schema = schemathesis.openapi.from_url(f"{base_url}/api/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10
    failures: list[str] = []
    calls: list[int] = []
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            database=None,
            derandomize=True,  # the same examples every run: a failure is no draw of luck
            suppress_health_check=list(HealthCheck),
        )
        def check(case: schemathesis.Case) -> None:
            response = case.call(base_url=base_url, timeout=HTTP_SECONDS)  # not its 10 s
            calls.append(response.status_code)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path} -> {response.status_code}")

        check()
    assert failures == []
    assert len(calls) >= 5 * len(operations)  # the examples really were sent
