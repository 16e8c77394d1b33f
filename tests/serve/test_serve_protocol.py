"""The /sparql endpoint through real SPARQL clients over HTTP (SPARQLWrapper, rdflib).

Expected answers come from the store itself, read directly, so the tests
hold whatever the NLP stage extracts.
"""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from serve_helpers import http, local_select, post_form
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.saved import saved_queries

LABELS = "SELECT ?e ?label WHERE { ?e a nkg:Person ; rdfs:label ?label } ORDER BY ?e ?label"
NS = (
    "PREFIX nkg: <https://w3id.org/newskg/ontology#> "
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
)


def wrapper(endpoint: str, query: str, fmt: str) -> SPARQLWrapper:
    sw = SPARQLWrapper(endpoint)
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    return sw


@pytest.fixture(scope="module")
def people(sample_store) -> list[tuple[str, str]]:
    rows = [(r["e"], r["label"]) for r in local_select(sample_store, LABELS)]
    assert rows, "the sample should yield some people"
    return rows


# ---------------------------------------------------------------- SELECT, every format


def test_select_json(endpoint, people):
    doc = wrapper(endpoint, LABELS, JSON).query().convert()
    got = [(b["e"]["value"], b["label"]["value"]) for b in doc["results"]["bindings"]]
    assert got == people
    assert doc["results"]["bindings"][0]["e"]["type"] == "uri"


def test_select_xml(endpoint, people):
    dom = wrapper(endpoint, LABELS, XML).query().convert()
    results = dom.getElementsByTagName("result")
    assert len(results) == len(people)
    first = {
        b.getAttribute("name"): b.firstChild.firstChild.data
        for b in results[0].getElementsByTagName("binding")
    }
    assert (first["e"], first["label"]) == people[0]


def test_select_csv(endpoint, people):
    text = wrapper(endpoint, LABELS, CSV).query().convert().decode()
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["e", "label"]
    assert [tuple(r) for r in rows[1:]] == people


def test_select_tsv(endpoint, people):
    text = wrapper(endpoint, LABELS, TSV).query().convert().decode()
    lines = text.rstrip("\n").split("\n")
    assert lines[0].split("\t") == ["?e", "?label"]
    assert len(lines) - 1 == len(people)
    e, label = lines[1].split("\t")
    assert e == f"<{people[0][0]}>" and label == f'"{people[0][1]}"'


def test_select_by_post_form_and_direct_body(endpoint, people):
    for method in (POST, POSTDIRECTLY):
        sw = wrapper(endpoint, LABELS, JSON)
        sw.setMethod(method)
        doc = sw.query().convert()
        assert len(doc["results"]["bindings"]) == len(people), method


def test_saved_queries_run_unchanged(endpoint, sample_store):
    for q in saved_queries().values():
        doc = wrapper(endpoint, q.text, JSON).query().convert()
        assert len(doc["results"]["bindings"]) == len(local_select(sample_store, q.text)), q.name


def test_accept_header_chooses_the_format(endpoint):
    url = endpoint + "?" + urllib.parse.urlencode({"query": "SELECT ?s WHERE { ?s a nkg:Claim }"})
    for accept, media in [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("text/html,application/xhtml+xml,*/*;q=0.8", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
    ]:
        status, headers, _ = http(url, headers={"Accept": accept} if accept else {})
        assert status == 200
        assert headers["Content-Type"].startswith(media), accept
    status, _, body = http(url, headers={"Accept": "image/png"})
    assert status == 406 and "application/sparql-results+json" in body


# ---------------------------------------------------------------- ASK, CONSTRUCT


def test_ask(endpoint, people):
    iri = people[0][0]
    assert wrapper(endpoint, f"ASK {{ <{iri}> a nkg:Person }}", JSON).query().convert()["boolean"]
    assert not wrapper(endpoint, "ASK { <urn:x:nothing> ?p ?o }", JSON).query().convert()["boolean"]


def test_construct_turtle(endpoint, people):
    query = "CONSTRUCT { ?e rdfs:label ?label } WHERE { ?e a nkg:Person ; rdfs:label ?label }"
    data = wrapper(endpoint, query, TURTLE).query().convert()
    g = Graph().parse(data=data, format="turtle")
    assert set(g.subject_objects()) == {(URIRef(e), lit) for (e, _), lit in _literals(people)}


def _literals(people):
    from rdflib import Literal

    return [((e, label), Literal(label)) for e, label in people]


def test_construct_ntriples_and_jsonld(endpoint, people):
    query = "CONSTRUCT { ?e rdfs:label ?label } WHERE { ?e a nkg:Person ; rdfs:label ?label }"
    url = endpoint + "?" + urllib.parse.urlencode({"query": query})
    for accept, fmt in [("application/n-triples", "nt"), ("application/ld+json", "json-ld")]:
        status, headers, body = http(url, headers={"Accept": accept})
        assert status == 200 and headers["Content-Type"].startswith(accept)
        assert len(Graph().parse(data=body, format=fmt)) == len(set(people))


# ---------------------------------------------------------------- rdflib's SPARQLStore


def test_rdflib_sparqlstore(endpoint, people):
    graph = Graph(store=SPARQLStore(endpoint))
    rows = list(graph.query(NS + LABELS))
    assert [(str(e), str(label)) for e, label in rows] == people
    assert graph.query(NS + f"ASK {{ <{people[0][0]}> a nkg:Person }}").askAnswer is True
    built = graph.query(NS + "CONSTRUCT WHERE { ?e a nkg:Person }")
    assert len(built.graph) == len({e for e, _ in people})


# ---------------------------------------------------------------- refused and malformed


def test_update_is_refused(endpoint):
    sw = SPARQLWrapper(endpoint)
    sw.setMethod(POST)
    sw.setQuery("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")
    with pytest.raises(urllib.error.HTTPError) as err:  # SPARQLWrapper passes 403 through
        sw.query()
    assert err.value.code == 403 and "read-only" in err.value.read().decode()
    status, _, body = post_form(endpoint, update="INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")
    assert status == 403 and "read-only" in body
    status, _, body = http(
        endpoint,
        b"DELETE WHERE { ?s ?p ?o }",
        {"Content-Type": "application/sparql-update"},
    )
    assert status == 403 and "read-only" in body
    # update text sent as a query
    status, _, body = post_form(endpoint, query="DELETE WHERE { ?s ?p ?o }")
    assert status == 403 and "Update" in body
    # the store is unchanged
    status, _, body = post_form(endpoint, query="ASK { <urn:x:a> ?p ?o }")
    assert status == 200 and json.loads(body)["boolean"] is False


def test_load_is_refused(endpoint):
    status, _, body = post_form(endpoint, update="LOAD <http://example.org/data.ttl>")
    assert status == 403
    status, _, body = post_form(endpoint, query="LOAD <http://example.org/data.ttl>")
    assert status == 403 and "LOAD" in body


def test_service_is_refused(endpoint):
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    status, _, body = post_form(endpoint, query=query)
    assert status == 403 and "SERVICE" in body
    status, _, _ = post_form(endpoint, query="select * { service silent <urn:x> { ?s ?p ?o } }")
    assert status == 403


def test_service_in_a_string_or_iri_is_not_refused(endpoint):
    query = """SELECT ?service WHERE {
      VALUES ?service { "SERVICE <http://x> { }" <urn:SERVICE> 'no SERVICE here' }
      # a comment saying SERVICE
    }"""
    status, _, body = post_form(endpoint, query=query)
    assert status == 200, body
    assert len(json.loads(body)["results"]["bindings"]) == 3


def test_malformed_query_gets_the_parser_message(endpoint):
    sw = wrapper(endpoint, "SELECT ?s WHERE { ?s ?p }", JSON)
    with pytest.raises(QueryBadFormed):
        sw.query()
    status, headers, body = post_form(endpoint, query="SELECT ?s WHERE { ?s ?p }")
    assert status == 400
    assert headers["Content-Type"].startswith("text/plain")
    assert "malformed query" in body and "error at 1:" in body


def test_missing_query_is_a_bad_request(endpoint):
    assert http(endpoint)[0] == 400
    assert post_form(endpoint, other="x")[0] == 400
