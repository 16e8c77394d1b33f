import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import QueryError, StoreError
from kg.mapping import graph_iri, to_rdf
from kg.resolve import EntityIndex, resolve
from kg.store import Store, open_store


def _article_graph(extraction) -> Graph:
    return to_rdf(extraction, resolve(extraction, EntityIndex()))


def test_store_persists_on_disk_and_reopens_read_only(tmp_path, extraction):
    with Store(tmp_path / "s") as s:
        s.replace({graph_iri(extraction.article.id): _article_graph(extraction)})
        n = len(s)
    with open_store(tmp_path / "s") as s:
        assert len(s) == n
        assert s.article_ids() == ["test-acme-1"]
        rows = s.query("SELECT ?n WHERE { ?e a nkg:Person ; rdfs:label ?n }").records()
        assert rows == [{"n": "Jane Doe"}]


def test_replacing_an_article_leaves_no_duplicates(tmp_path, extraction):
    g = _article_graph(extraction)
    with Store(tmp_path / "s") as s:
        s.replace({graph_iri("test-acme-1"): g})
        once = sorted(map(str, s.quads()))
        s.replace({graph_iri("test-acme-1"): g})
        assert sorted(map(str, s.quads())) == once


def test_a_failed_write_leaves_the_store_as_it_was(tmp_path, extraction):
    with Store(tmp_path / "s") as s:
        s.replace({graph_iri("test-acme-1"): _article_graph(extraction)})
        before = sorted(map(str, s.quads()))
        bad = Graph()
        # a relative IRI passes rdflib but the database refuses it, mid-update
        bad.add((URIRef("relative"), URIRef("https://x.example/p"), Literal(1)))
        with pytest.raises(StoreError):
            s.replace({graph_iri("test-acme-1"): Graph(), graph_iri("other"): bad})
        assert sorted(map(str, s.quads())) == before


def test_missing_store_and_bad_query_are_clear_errors(tmp_path, extraction):
    with pytest.raises(StoreError, match="no store"):
        open_store(tmp_path / "nowhere")
    with Store(tmp_path / "s") as s:
        s.replace({graph_iri("a"): _article_graph(extraction)})
        with pytest.raises(QueryError, match="SPARQL"):
            s.query("SELECT ?x WHERE { ?x ")


def test_entity_index_reads_back_stored_names(tmp_path, extraction):
    with Store(tmp_path / "s") as s:
        s.replace({graph_iri("a"): _article_graph(extraction)})
        index = s.entity_index()
    assert index.nodes["skyhawk"].type == "Product"
    assert index.aliases[("Product", "skyhawk drone")] == {"skyhawk"}


def test_what_two_articles_state_is_counted_once_and_outlives_one_of_them(tmp_path, extraction):
    import dataclasses

    from kg.model import Article

    twin = dataclasses.replace(
        extraction, article=dataclasses.replace(extraction.article, id="twin")
    )
    empty = dataclasses.replace(
        extraction,
        article=Article(id="twin", text="Nothing here."),
        entities=[],
        relations=[],
        claims=[],
    )
    labels = "SELECT ?l WHERE { ?e a nkg:Person ; rdfs:label ?l }"
    leads = "SELECT ?a ?b WHERE { ?a nkg:leads ?b }"
    with Store(tmp_path / "s") as s:
        s.replace(
            {
                graph_iri("test-acme-1"): _article_graph(extraction),
                graph_iri("twin"): _article_graph(twin),
            }
        )
        assert s.query(labels).records() == [{"l": "Jane Doe"}]
        assert len(s.query(leads).rows) == 1
        s.replace({graph_iri("twin"): _article_graph(empty)})
        assert s.query(labels).records() == [{"l": "Jane Doe"}]
        assert len(s.query(leads).rows) == 1
        s.replace({graph_iri("test-acme-1"): _article_graph(empty)})
        assert s.query(labels).records() == []
        assert s.query(leads).rows == []
        everything = list(s.quads(include_default=True))
    assert {q.graph_name.value for q in everything if hasattr(q.graph_name, "value")} == {
        str(graph_iri("test-acme-1")),
        str(graph_iri("twin")),
    }


def test_an_interrupted_build_leaves_the_store_as_it_was(tmp_path, extraction):
    import dataclasses

    from kg.build import ingest

    ingest([extraction], tmp_path / "s")
    with Store(tmp_path / "s", read_only=True) as s:
        before = sorted(map(str, s.quads(include_default=True)))

    def interrupted():
        yield dataclasses.replace(
            extraction, article=dataclasses.replace(extraction.article, id="second")
        )
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(interrupted(), tmp_path / "s")
    with Store(tmp_path / "s", read_only=True) as s:
        assert sorted(map(str, s.quads(include_default=True))) == before
        assert s.article_ids() == ["test-acme-1"]
