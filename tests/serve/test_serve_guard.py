"""The read-only guard and content negotiation, as plain functions."""

from __future__ import annotations

import pytest

from kg.serve.errors import RefusedQuery
from kg.serve.formats import negotiate
from kg.serve.guard import check_query, keywords


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } }",
        "select * { service silent <http://x> { ?s ?p ?o } }",
        "SELECT * WHERE { ?s ?p ?o FILTER(?s<?o)SERVICE<urn:x>{?a ?b ?c} }",
        "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
        "PREFIX ex: <urn:x#> DELETE WHERE { ?s ex:p ?o }",
        "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/x.ttl>",
        "CLEAR ALL",
        "DROP GRAPH <urn:g>",
        "SELECT * {} ; INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    ],
)
def test_refused(query):
    with pytest.raises(RefusedQuery):
        check_query(query)


@pytest.mark.parametrize(
    "query",
    [
        'SELECT ?s WHERE { ?s ?p "SERVICE" }',
        "SELECT ?s WHERE { ?s ?p 'INSERT DATA' }",
        'SELECT ?s WHERE { ?s ?p """a\n"SERVICE" DELETE""" }',
        "SELECT ?s WHERE { ?s <urn:SERVICE> ?o }",
        "PREFIX service: <urn:x#> SELECT ?service WHERE { ?service service:load ?drop }",
        "SELECT ?s WHERE { ?s ?p ?o } # SERVICE <http://x> { }",
        "SELECT ?s WHERE { ?s ?p ?o FILTER(?o < 3 && ?o > 1) }",
    ],
)
def test_allowed(query):
    check_query(query)


def test_keywords_skip_strings_iris_comments_and_names():
    text = "PREFIX ex: <urn:SERVICE> SELECT ?load WHERE { ?s ex:drop 'SERVICE' } # INSERT"
    assert keywords(text) == ["PREFIX", "SELECT", "WHERE"]


@pytest.mark.parametrize(
    ("accept", "graph", "expected"),
    [
        (None, False, "json"),
        ("*/*", True, "turtle"),
        ("application/sparql-results+xml, application/rdf+xml", False, "xml"),
        ("application/sparql-results+xml, application/rdf+xml", True, "rdfxml"),
        ("text/csv;q=0.2, text/tab-separated-values;q=0.9", False, "tsv"),
        ("application/n-triples, text/turtle;q=0.5", True, "ntriples"),
        ("application/ld+json", True, "jsonld"),
        ("text/*", False, "csv"),
        ("image/png", False, None),
    ],
)
def test_negotiate(accept, graph, expected):
    fmt = negotiate(accept, graph=graph)
    assert (fmt.name if fmt else None) == expected
