"""Fixtures for the server tests: a store built from the bundled sample, and a live server.

The store is built once per test module with the real pipeline
(`kg.build`), so tests compare what the server answers with what the
store holds, never with fixed facts (the NLP stage keeps improving).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from serve_helpers import running_server

import kg
from kg.serve import KGServer

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "articles.jsonl"


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    summary = kg.build([str(SAMPLE)], str(path), progress=False)
    assert summary.ok, summary.text()
    return path


@pytest.fixture(scope="module")
def server(sample_store: Path) -> Iterator[KGServer]:
    with running_server(sample_store, timeout=20.0, max_rows=10_000, workers=2) as srv:
        yield srv


@pytest.fixture(scope="module")
def endpoint(server: KGServer) -> str:
    return server.url + "sparql"
