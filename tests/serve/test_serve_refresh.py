"""A running server answers from the store as the latest build left it."""

import dataclasses
import json
import urllib.parse
import urllib.request

from serve_helpers import running_server

from kg.build import ingest
from kg.model import Article


def _articles(endpoint: str) -> int:
    q = urllib.parse.quote("SELECT (COUNT(?a) AS ?n) WHERE { ?a a nkg:Article }")
    req = urllib.request.Request(
        f"{endpoint}?query={q}", headers={"Accept": "application/sparql-results+json"}
    )
    body = json.loads(urllib.request.urlopen(req, timeout=30).read())
    return int(body["results"]["bindings"][0]["n"]["value"])


def test_a_build_while_serving_shows_at_the_next_query(tmp_path, extraction):
    store = tmp_path / "store"
    ingest([extraction], store)
    with running_server(store, timeout=20.0, max_rows=1000, workers=1) as server:
        endpoint = server.url + "sparql"
        assert _articles(endpoint) == 1
        second = dataclasses.replace(
            extraction, article=Article(id="second", text="Nothing.", title="Second")
        )
        ingest([dataclasses.replace(second, entities=[], relations=[], claims=[])], store)
        assert _articles(endpoint) == 2
