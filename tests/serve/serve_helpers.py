"""Helpers shared by the server tests: a live server, plain HTTP, and the store's own answers."""

from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from kg.namespaces import PREFIXES
from kg.serve import KGServer, make_server

FACT_WITH_SOURCE = """
SELECT ?e ?label ?sentence ?article ?headline WHERE {
  ?f a nkg:Fact ; rdf:subject ?e ; nkg:evidence ?s .
  ?e rdfs:label ?label .
  ?s nkg:text ?sentence ; nkg:inArticle ?article .
  ?article schema:headline ?headline .
} ORDER BY ?e ?sentence LIMIT 1
"""


@contextmanager
def running_server(store: Path, **options) -> Iterator[KGServer]:
    """A server on a free loopback port, answering from a background thread."""
    server = make_server(store, "127.0.0.1", 0, quiet=True, **options)
    thread = threading.Thread(target=server.serve_forever, name="kg-serve-test", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.close()
        thread.join(10)


def local_select(store: Path, sparql: str) -> list[dict[str, str]]:
    """What the store itself answers (read directly, not through the server)."""
    db = ox.Store.read_only(str(store / "oxigraph"))
    result = db.query(sparql, prefixes=PREFIXES)
    names = [v.value for v in result.variables]
    rows = [{n: row[n].value for n in names if row[n] is not None} for row in result]
    del db
    return rows


def http(url: str, data: bytes | None = None, headers: dict | None = None):
    """(status, headers, body text) of one request, error statuses included."""
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.headers, resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read().decode()


def post_form(endpoint: str, **fields) -> tuple[int, object, str]:
    body = urllib.parse.urlencode(fields).encode()
    return http(endpoint, body, {"Content-Type": "application/x-www-form-urlencoded"})
