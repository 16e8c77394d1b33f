import json

from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.export import export, facts
from kg.mapping import graph_iri, to_rdf
from kg.resolve import EntityIndex, resolve
from kg.store import Store


def _store(tmp_path, extraction) -> Store:
    s = Store(tmp_path / "s")
    s.replace(
        {graph_iri(extraction.article.id): to_rdf(extraction, resolve(extraction, EntityIndex()))}
    )
    return s


def _store_as_dataset(s: Store) -> Dataset:
    ds = Dataset()
    ds.parse(data="".join(f"{q} .\n" for q in s.quads()), format="nquads")
    return ds


def test_turtle_export_reimports_isomorphic_to_the_union_of_graphs(tmp_path, extraction):
    with _store(tmp_path, extraction) as s:
        export(s, "turtle", tmp_path / "g.ttl")
        union = Graph()
        for t in _store_as_dataset(s).quads():
            union.add(t[:3])
    assert isomorphic(Graph().parse(tmp_path / "g.ttl", format="turtle"), union)


def test_trig_and_nquads_keep_each_article_graph(tmp_path, extraction):
    with _store(tmp_path, extraction) as s:
        export(s, "trig", tmp_path / "g.trig")
        export(s, "nquads", tmp_path / "g.nq")
        original = _store_as_dataset(s)
    for path, fmt in ((tmp_path / "g.trig", "trig"), (tmp_path / "g.nq", "nquads")):
        back = Dataset()
        back.parse(path, format=fmt)
        names = {g.identifier for g in original.graphs() if len(g)}
        assert names == {g.identifier for g in back.graphs() if len(g)}
        for name in names:
            assert isomorphic(back.graph(name), original.graph(name)), name


def test_jsonld_export_is_json_with_the_article_graph(tmp_path, extraction):
    with _store(tmp_path, extraction) as s:
        export(s, "jsonld", tmp_path / "g.jsonld")
    data = json.loads((tmp_path / "g.jsonld").read_text())
    assert str(graph_iri("test-acme-1")) in json.dumps(data)


def test_facts_read_back_what_the_graph_holds(tmp_path, extraction):
    with _store(tmp_path, extraction) as s:
        (doc,) = facts(s)
    assert doc["id"] == "test-acme-1"
    by_name = {e["name"]: e for e in doc["entities"]}
    assert by_name["Skyhawk"]["type"] == "Product"
    assert set(by_name["Skyhawk"]["mentions"]) == {"Skyhawk", "Skyhawk drone"}
    rels = {
        (by_name_of(doc, r["subject"]), r["predicate"], by_name_of(doc, r["object"]))
        for r in doc["relations"]
    }
    assert ("Jane Doe", "leads", "Acme Corp.") in rels
    assert ("Coastal Brigade", "country", "Freedonia") in rels
    assert len(rels) == 4
    (claim,) = doc["claims"]
    assert by_name_of(doc, claim["speaker"]) == "Jane Doe"
    assert claim["stance"] == "denies"
    assert claim["date"] == "2024-03-03"


def by_name_of(doc, iri):
    return next(e["name"] for e in doc["entities"] if e["id"] == iri)


def _two_article_store(tmp_path, extraction):
    import dataclasses

    from kg.build import ingest
    from kg.model import Article

    other_text = "Port Vale lies in Freedonia."
    other = dataclasses.replace(
        extraction,
        article=Article(id="other-2", text=other_text, title="Vale", published="2023-01-10"),
        entities=[e for e in extraction.entities if e.name in ("Freedonia", "Port Vale")],
        relations=[],
        claims=[],
    )
    ingest([extraction, other], tmp_path / "s")
    return Store(tmp_path / "s", read_only=True)


def test_export_limited_to_an_article_or_a_date_range(tmp_path, extraction):
    from kg.scope import Scope

    with _two_article_store(tmp_path, extraction) as s:
        export(s, "trig", tmp_path / "one.trig", Scope(article="other-2"))
        export(s, "facts", tmp_path / "old.jsonl", Scope(until="2023-12-31"))
        export(s, "facts", tmp_path / "new.jsonl", Scope(since="2024-01-01"))
    ds = Dataset()
    ds.parse(tmp_path / "one.trig", format="trig")
    assert {str(g.identifier) for g in ds.graphs() if len(g)} == {str(graph_iri("other-2"))}
    old = [json.loads(x)["id"] for x in (tmp_path / "old.jsonl").read_text().splitlines()]
    new = [json.loads(x)["id"] for x in (tmp_path / "new.jsonl").read_text().splitlines()]
    assert old == ["other-2"] and new == ["test-acme-1"]


def test_export_limited_to_an_entity_neighbourhood(tmp_path, extraction):
    from rdflib import Literal
    from rdflib.namespace import RDF, RDFS

    from kg.namespaces import NKG
    from kg.scope import Scope

    with _two_article_store(tmp_path, extraction) as s:
        export(s, "turtle", tmp_path / "sky.ttl", Scope(entity="skyhawk drone"))
    g = Graph().parse(tmp_path / "sky.ttl")
    sky = next(g.subjects(RDFS.label, Literal("Skyhawk")))
    acme = next(g.subjects(RDFS.label, Literal("Acme Corp.")))
    assert (acme, NKG.operates, sky) in g
    assert (acme, RDF.type, NKG.Organization) in g
    (fact,) = g.subjects(RDF.object, sky)
    sentence = g.value(fact, NKG.evidence)
    assert str(g.value(sentence, NKG.text)) == "Acme Corp. operates the Skyhawk drone."
    # nothing outside the neighbourhood
    assert not list(g.triples((None, NKG.leads, None)))
    assert not list(g.subjects(RDFS.label, Literal("Port Vale")))
    assert not list(g.triples((None, NKG.text, Literal(extraction.article.text))))


def test_export_of_an_unknown_entity_is_a_clear_error(tmp_path, extraction):
    import pytest

    from kg.errors import ExportError
    from kg.scope import Scope

    with _store(tmp_path, extraction) as s, pytest.raises(ExportError, match="no entity named"):
        export(s, "turtle", tmp_path / "x.ttl", Scope(entity="Nobody"))
    with pytest.raises(ExportError, match="YYYY-MM-DD"):
        Scope(since="last week")


def test_network_exports_for_gephi_networkx_and_spreadsheets(tmp_path, extraction):
    import csv

    import networkx as nx

    from kg.scope import Scope

    with _two_article_store(tmp_path, extraction) as s:
        export(s, "graphml", tmp_path / "g.graphml")
        export(s, "gexf", tmp_path / "g.gexf")
        export(s, "csv", tmp_path / "csv")
        export(s, "graphml", tmp_path / "acme.graphml", Scope(entity="Acme Corp."))
        entities = {
            r["e"] for r in s.query("SELECT DISTINCT ?e WHERE { ?a schema:mentions ?e }").records()
        }
    expected_edges = {
        ("Jane Doe", "leads", "Acme Corp."),
        ("Acme Corp.", "operates", "Skyhawk"),
        ("Coastal Brigade", "country", "Freedonia"),
        ("Coastal Brigade", "locatedIn", "Port Vale"),
    }
    for path in (tmp_path / "g.graphml", tmp_path / "g.gexf"):
        g = nx.read_graphml(path) if path.suffix == ".graphml" else nx.read_gexf(path)
        assert set(g.nodes) == entities
        label = nx.get_node_attributes(g, "label")
        edges = {(label[a], d["predicate"], label[b]) for a, b, d in g.edges(data=True)}
        assert edges == expected_edges
        assert all(d["article"] == "test-acme-1" for *_, d in g.edges(data=True))
    with open(tmp_path / "csv" / "nodes.csv") as f:
        nodes = list(csv.DictReader(f))
    with open(tmp_path / "csv" / "edges.csv") as f:
        edges = list(csv.DictReader(f))
    assert {n["id"] for n in nodes} == entities
    label = {n["id"]: n["label"] for n in nodes}
    assert {
        (label[e["source"]], e["predicate"], label[e["target"]]) for e in edges
    } == expected_edges
    assert all(e["evidence"] for e in edges)
    ego = nx.read_graphml(tmp_path / "acme.graphml")
    assert sorted(nx.get_node_attributes(ego, "label").values()) == [
        "Acme Corp.",
        "Jane Doe",
        "Skyhawk",
    ]
