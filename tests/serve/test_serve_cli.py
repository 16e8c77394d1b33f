"""`kg serve` from the command line: starts, answers, refuses writes, stops on SIGTERM."""

import json
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from oxigraph_process import free_port  # tests/ is on sys.path


def test_kg_serve_command_answers_and_stops(sample_store):
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kg.cli",
            "serve",
            "--store",
            str(sample_store),
            "--port",
            str(port),
            "--quiet",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(base, timeout=2).read()
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "kg serve did not come up"
                time.sleep(0.3)
        q = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { ?e a nkg:Person }")
        req = urllib.request.Request(
            f"{base}sparql?query={q}", headers={"Accept": "application/sparql-results+json"}
        )
        body = json.loads(urllib.request.urlopen(req, timeout=30).read())
        assert int(body["results"]["bindings"][0]["n"]["value"]) > 0
        update = urllib.request.Request(
            f"{base}sparql",
            data=b"DROP ALL",
            headers={"Content-Type": "application/sparql-update"},
        )
        try:
            urllib.request.urlopen(update, timeout=30)
            raise AssertionError("an update was accepted")
        except urllib.error.HTTPError as exc:
            assert exc.code == 403
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    assert "kg serve: " + base in proc.stderr.read()
