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
