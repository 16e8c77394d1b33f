"""The browsing side over HTTP: query page, saved-query API, entity and article pages."""

from __future__ import annotations

import html
import json
import re
import urllib.parse

import pytest
from serve_helpers import FACT_WITH_SOURCE, http, local_select

from kg.saved import saved_queries

ARTICLE = """
SELECT ?a ?headline ?date ?publisher ?text WHERE {
  ?a a nkg:Article ; schema:headline ?headline ; nkg:text ?text .
  OPTIONAL { ?a schema:datePublished ?date } OPTIONAL { ?a nkg:publisherName ?publisher }
} ORDER BY ?a LIMIT 1
"""
ARTICLE_NS = "https://w3id.org/newskg/id/article/"


@pytest.fixture(scope="module")
def fact(sample_store) -> dict[str, str]:
    rows = local_select(sample_store, FACT_WITH_SOURCE)
    assert rows, "the sample should yield a relation with its source sentence"
    return rows[0]


def page(server, path: str) -> tuple[int, str]:
    status, _, body = http(server.url.rstrip("/") + path)
    return status, body


def test_query_page_uses_only_packaged_assets(server):
    status, headers, body = http(server.url)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<textarea" in body
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", body, re.I)
    assets = re.findall(r"""(?:src|href)="(/assets/[^"]+)\"""", body)
    assert {"/assets/app.js", "/assets/style.css"} <= set(assets)
    for path in assets:
        status, text = page(server, path)
        assert status == 200, path
        assert not re.search(
            r"""(?:@import|url\(|from\s*["']|fetch\(\s*["'])\s*["']?https?:""", text
        )
    assert "Content-Security-Policy" in headers


def test_saved_api(server):
    status, _, body = http(server.url + "api/saved")
    saved = json.loads(body)
    assert status == 200
    assert [q["name"] for q in saved] == list(saved_queries())
    profile = next(q for q in saved if q["params"])
    param = profile["params"][0]
    assert param["description"] and param["default"]
    url = f"{server.url}api/saved/{profile['name']}?" + urllib.parse.urlencode(
        {param["name"]: 'Says "hi"'}
    )
    status, _, body = http(url)
    assert status == 200 and '"Says \\"hi\\""' in json.loads(body)["query"]
    assert http(f"{server.url}api/saved/{profile['name']}?nope=1")[0] == 400
    assert http(f"{server.url}api/saved/no-such-query")[0] == 404


def test_entity_page_shows_the_source_sentence(server, fact):
    status, body = page(server, "/entity?iri=" + urllib.parse.quote(fact["e"], safe=""))
    assert status == 200
    assert f"<h1>{html.escape(fact['label'])}</h1>" in body
    assert html.escape(fact["sentence"]) in body
    article_id = urllib.parse.unquote(fact["article"][len(ARTICLE_NS) :])
    assert html.escape("/article?id=" + urllib.parse.quote(article_id, safe="")) in body


def test_article_page(server, sample_store):
    art = local_select(sample_store, ARTICLE)[0]
    article_id = urllib.parse.unquote(art["a"][len(ARTICLE_NS) :])
    status, body = page(server, "/article?id=" + urllib.parse.quote(article_id, safe=""))
    assert status == 200
    assert html.escape(art["headline"]) in body
    for key in ("date", "publisher"):
        if key in art:
            assert html.escape(art[key]) in body
    first_paragraph = art["text"].split("\n")[0]
    assert html.escape(first_paragraph) in body
    status, body = page(
        server, "/article?id=" + urllib.parse.quote(article_id, safe="") + "&hl=0-5"
    )
    assert f'<mark id="hl">{html.escape(art["text"][:5])}</mark>' in body


def test_pages_escape_what_they_are_given(server):
    status, body = page(server, "/entity?iri=" + urllib.parse.quote("urn:x:<script>alert(1)"))
    assert status == 400 and "<script>" not in body
    status, body = page(server, "/article?id=" + urllib.parse.quote("<script>alert(1)</script>"))
    assert status == 404 and "<script>" not in body and "&lt;script&gt;" in body
    status, body = page(server, "/entity?iri=" + urllib.parse.quote("urn:x:nothing-here"))
    assert status == 404


def test_unknown_paths(server):
    assert page(server, "/nope")[0] == 404
    assert page(server, "/assets/../server.py")[0] == 404
    assert page(server, "/assets/missing.js")[0] == 404
