"""kg.network on the bundled sample, checked against independent SPARQL queries.

The extraction is being improved elsewhere, so no test names a particular
fact: each compares the networkx graph with what the store itself holds.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from urllib.parse import unquote

import pytest

import kg
from kg.model import PREDICATES
from kg.network import co_mention_graph, has_remote_resources, to_networkx, write_html

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "articles.jsonl"
NKG = "https://w3id.org/newskg/ontology#"
ENTITY = "https://w3id.org/newskg/id/entity/"
GRAPH = "https://w3id.org/newskg/id/graph/"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("network") / "store"
    kg.build([SAMPLE], path, progress=False)
    with kg.open_store(path) as s:
        yield s


def _entities(store) -> dict[str, tuple[str, str]]:
    rows = store.query(
        f"""SELECT DISTINCT ?e ?type ?label WHERE {{
              ?e a ?type ; rdfs:label ?label .
              FILTER(STRSTARTS(STR(?e), "{ENTITY}") && STRSTARTS(STR(?type), STR(nkg:))) }}"""
    ).records()
    out = {r["e"]: (r["type"].removeprefix(NKG), r["label"]) for r in rows}
    assert len(out) == len(rows), "an entity with two types or labels: the test needs updating"
    return out


def _relations(store) -> set[tuple[str, str, str, str]]:
    """(subject, object, predicate, article) of every plain relation triple."""
    preds = " ".join(f"nkg:{p}" for p in PREDICATES)
    rows = store.query(
        f"SELECT ?s ?o ?p ?g WHERE {{ VALUES ?p {{ {preds} }} GRAPH ?g {{ ?s ?p ?o }} }}"
    ).records()
    return {(r["s"], r["o"], r["p"].removeprefix(NKG), unquote(r["g"][len(GRAPH) :])) for r in rows}


def _edges(graph) -> set[tuple[str, str, str, str]]:
    return {(u, v, d["predicate"], d["article"]) for u, v, d in graph.edges(data=True)}


def test_nodes_are_the_stores_entities_with_label_and_type(store):
    graph = to_networkx(store)
    entities = _entities(store)
    assert entities, "the sample should give entities"
    assert set(graph.nodes) == set(entities)
    for iri, (etype, label) in entities.items():
        assert graph.nodes[iri]["type"] == etype
        assert graph.nodes[iri]["label"] == label


def test_edges_are_the_stores_relations_per_article(store):
    graph = to_networkx(store)
    relations = _relations(store)
    assert relations, "the sample should give relations"
    assert _edges(graph) == relations
    assert graph.number_of_edges() == len(relations)  # one edge per relation per article
    for _u, _v, key, data in graph.edges(keys=True, data=True):
        assert key == (data["predicate"], data["article"])


def test_edges_carry_evidence_and_publication_date(store):
    graph = to_networkx(store)
    rows = store.query(
        """SELECT ?s ?p ?o ?text ?g WHERE { GRAPH ?g {
             ?f a nkg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                nkg:evidence/nkg:text ?text } }"""
    ).records()
    sentences: dict[tuple, set[str]] = {}
    for r in rows:
        key = (r["s"], r["o"], r["p"].removeprefix(NKG), unquote(r["g"][len(GRAPH) :]))
        sentences.setdefault(key, set()).add(r["text"])
    dates = {
        r["a"].rsplit("/", 1)[-1]: r["d"]
        for r in store.query(
            "SELECT ?a (STR(?date) AS ?d) WHERE { ?a a nkg:Article ; schema:datePublished ?date }"
        ).records()
    }
    for u, v, data in graph.edges(data=True):
        key = (u, v, data["predicate"], data["article"])
        assert data["evidence"] in sentences[key]
        assert data.get("published") == dates.get(data["article"])


def test_type_filter_keeps_those_entities_and_the_edges_between_them(store):
    entities = _entities(store)
    wanted = {"Person", "Organization"}
    graph = to_networkx(store, types=wanted)
    assert set(graph.nodes) == {e for e, (t, _) in entities.items() if t in wanted}
    expected = {r for r in _relations(store) if r[0] in graph and r[1] in graph}
    assert _edges(graph) == expected
    with pytest.raises(ValueError, match="unknown entity type"):
        to_networkx(store, types=["Persn"])


def test_predicate_filter(store):
    relations = _relations(store)
    predicate = Counter(r[2] for r in relations).most_common(1)[0][0]
    graph = to_networkx(store, predicates=[f"nkg:{predicate}"])
    assert _edges(graph) == {r for r in relations if r[2] == predicate}
    assert set(graph.nodes) == set(_entities(store))  # nodes stay, some isolated


def test_article_filter(store):
    relations = _relations(store)
    article = Counter(r[3] for r in relations).most_common(1)[0][0]
    graph = to_networkx(store, articles=[article])
    assert _edges(graph) == {r for r in relations if r[3] == article}
    mentioned = store.query(
        f"""SELECT DISTINCT ?e WHERE {{ GRAPH <{GRAPH}{article}> {{ ?a schema:mentions ?e }} }}"""
    ).records()
    assert set(graph.nodes) == {r["e"] for r in mentioned}
    assert to_networkx(store, articles=["no-such-article"]).number_of_nodes() == 0


def test_date_filter(store):
    rows = store.query(
        "SELECT ?a (STR(?date) AS ?d) WHERE { ?a a nkg:Article ; schema:datePublished ?date }"
    ).records()
    dates = sorted(r["d"] for r in rows)
    middle = dates[len(dates) // 2]
    late = {r["a"].rsplit("/", 1)[-1] for r in rows if r["d"] >= middle}
    early = {r["a"].rsplit("/", 1)[-1] for r in rows if r["d"] < middle}
    since = to_networkx(store, since=middle)
    until = to_networkx(store, until=max(d for d in dates if d < middle))
    assert {d["article"] for _, _, d in since.edges(data=True)} <= late
    assert {d["article"] for _, _, d in until.edges(data=True)} <= early
    assert since.number_of_edges() + until.number_of_edges() == len(_relations(store))
    assert all(d["published"] >= middle for _, _, d in since.edges(data=True))


def test_co_mention_weights_match_an_independent_count(store):
    rows = store.query("SELECT DISTINCT ?a ?e WHERE { ?a schema:mentions ?e }").records()
    by_article: dict[str, set[str]] = {}
    for r in rows:
        by_article.setdefault(r["a"], set()).add(r["e"])
    # the pair mentioned together most often, counted here without kg.network
    pairs = Counter()
    for ents in by_article.values():
        for a in ents:
            for b in ents:
                if a < b:
                    pairs[a, b] += 1
    (a, b), count = pairs.most_common(1)[0]
    assert count > 1
    graph = co_mention_graph(store)
    assert graph[a][b]["weight"] == count
    assert graph[a][b]["articles"] == sorted(
        art.rsplit("/", 1)[-1] for art, ents in by_article.items() if {a, b} <= ents
    )
    assert graph.number_of_edges() == len(pairs)
    assert set(graph.nodes) == set(_entities(store))
    strong = co_mention_graph(store, min_weight=count)
    assert all(d["weight"] >= count for _, _, d in strong.edges(data=True))
    assert strong.has_edge(a, b)


def test_interactive_html_needs_no_network(store, tmp_path):
    graph = to_networkx(store)
    html = write_html(graph, tmp_path / "net.html").read_text()
    assert "vis-network" in html or "vis.Network" in html
    assert not has_remote_resources(html)
    assert has_remote_resources('<script src="https://cdn.example/x.js"></script>')


def test_dates_may_be_date_objects_or_partial(store):
    import datetime as dt

    from kg.network import _iso

    assert _iso("2024") == "2024-01-01" and _iso("2024-03") == "2024-03-01"
    assert _iso(dt.datetime(2024, 3, 5, 12)) == "2024-03-05"
    with pytest.raises(ValueError, match="not an ISO date"):
        _iso("March 2024")
    as_text = to_networkx(store, since="2023-06-01", until="2024-01-31")
    as_dates = to_networkx(store, since=dt.date(2023, 6, 1), until=dt.date(2024, 1, 31))
    assert _edges(as_text) == _edges(as_dates)
    assert set(as_text.nodes) == set(as_dates.nodes)
