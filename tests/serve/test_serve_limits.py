"""Time limit and row cap: a runaway query is stopped, the server keeps answering."""

from __future__ import annotations

import json
import select
import signal
import subprocess
import sys
import time
import urllib.parse

import pytest
from serve_helpers import http, local_select, post_form, running_server

# every triple times every triple times every triple: far beyond any time limit
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
MAX_ROWS = 5


@pytest.fixture(scope="module")
def limited(sample_store):
    with running_server(sample_store, timeout=1.0, max_rows=MAX_ROWS, workers=1) as srv:
        yield srv


def test_a_query_past_the_limit_is_stopped_and_the_next_is_answered(limited):
    endpoint = limited.url + "sparql"
    started = time.monotonic()
    status, headers, body = post_form(endpoint, query=CROSS_JOIN)
    elapsed = time.monotonic() - started
    assert status == 503
    assert headers["Content-Type"].startswith("text/plain")
    assert "time limit of 1 s" in body
    assert elapsed < 10
    # the only worker was killed; its replacement answers the next query
    status, _, body = post_form(endpoint, query="ASK { ?s a nkg:Article }")
    assert status == 200, body
    assert json.loads(body)["boolean"] is True


def test_rows_past_the_cap_are_cut_and_flagged(limited, sample_store):
    query = "SELECT ?e WHERE { ?e a nkg:Person } ORDER BY ?e"
    assert len(local_select(sample_store, query)) > MAX_ROWS
    status, headers, body = post_form(limited.url + "sparql", query=query)
    assert status == 200
    assert headers["X-KG-Truncated"] == "true"
    assert headers["X-KG-Max-Rows"] == str(MAX_ROWS)
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS
    # CSV too: header + MAX_ROWS lines
    url = limited.url + "sparql?" + urllib.parse.urlencode({"query": query})
    status, headers, body = http(url, headers={"Accept": "text/csv"})
    assert headers["X-KG-Truncated"] == "true"
    assert len(body.strip().splitlines()) == MAX_ROWS + 1


def test_a_result_within_the_cap_is_not_flagged(limited):
    status, headers, body = post_form(
        limited.url + "sparql", query="SELECT ?a WHERE { ?a a nkg:Article } LIMIT 2"
    )
    assert status == 200 and headers["X-KG-Truncated"] == "false"


def test_construct_is_capped_too(limited):
    status, headers, body = http(
        limited.url
        + "sparql?"
        + urllib.parse.urlencode({"query": "CONSTRUCT WHERE { ?e a nkg:Person }"}),
        headers={"Accept": "application/n-triples"},
    )
    assert status == 200 and headers["X-KG-Truncated"] == "true"
    assert len(body.strip().splitlines()) == MAX_ROWS


def test_a_worker_that_died_while_idle_is_replaced(limited):
    for worker in list(limited.pool._all):
        worker.process.kill()
        worker.process.join(5)
    status, _, body = post_form(limited.url + "sparql", query="ASK { ?s a nkg:Article }")
    assert status == 200, body


SERVE_SCRIPT = """
import sys
from kg.serve import serve
serve(sys.argv[1], port=0, quiet=True, ready=lambda url: print(url, flush=True))
print("stopped", flush=True)
"""


def test_serve_answers_until_interrupted(sample_store):
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVE_SCRIPT, str(sample_store)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 60)
        assert ready, "the server did not report its address within 60 s"
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        status, _, body = post_form(url + "sparql", query="ASK { ?s a nkg:Article }")
        assert status == 200 and json.loads(body)["boolean"] is True
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert "stopped" in out and "Traceback" not in err
