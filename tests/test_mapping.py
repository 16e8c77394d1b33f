from pathlib import Path

from rdflib import BNode, Graph, URIRef
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import RDF

from kg.mapping import to_rdf
from kg.model import Article, Claim, Entity, Extraction, Mention, Relation, Sentence
from kg.namespaces import NKG
from kg.resolve import EntityIndex, resolve

FIXTURES = Path(__file__).parent / "fixtures" / "rdf"


def _minimal() -> Extraction:
    text = "Ann Lee heads Bolt Ltd. Ann Lee said Bolt Ltd. never sold arms."
    art = Article(id="min-1", text=text, title="Bolt", published="2024-01-02", source="Daily")
    s1 = Sentence(0, 23, text[0:23])
    s2 = Sentence(24, 64, text[24:64])
    return Extraction(
        article=art,
        entities=[
            Entity("p", "Ann Lee", "Person", [Mention("Ann Lee", 0, 7)], aliases=["Lee"]),
            Entity("o", "Bolt Ltd.", "Organization", [Mention("Bolt Ltd.", 14, 23)]),
        ],
        relations=[Relation("p", "leads", "o", s1, 0.9)],
        claims=[
            Claim("p", "denies", "Bolt Ltd. never sold arms", s2, about=("o",), confidence=0.7)
        ],
    )


def _blank_statement_nodes(g: Graph) -> Graph:
    """Fact and claim IRIs are hashes; compare them as blank nodes."""
    swap = {
        n: BNode()
        for cls in (NKG.Fact, NKG.Claim)
        for n in g.subjects(RDF.type, cls)
        if isinstance(n, URIRef)
    }
    out = Graph()
    for s, p, o in g:
        out.add((swap.get(s, s), p, swap.get(o, o)))
    return out


def test_minimal_extraction_maps_to_the_expected_graph():
    ex = _minimal()
    g = to_rdf(ex, resolve(ex, EntityIndex()))
    expected = Graph().parse(FIXTURES / "minimal.ttl")
    got = _blank_statement_nodes(g)
    assert isomorphic(got, expected), _diff(got, expected)


def _diff(a: Graph, b: Graph) -> str:
    from rdflib.compare import graph_diff

    _, only_a, only_b = graph_diff(to_isomorphic(a), to_isomorphic(b))
    return (
        f"only in mapped:\n{only_a.serialize(format='nt')}\n"
        f"only expected:\n{only_b.serialize(format='nt')}"
    )


def test_symmetric_relation_is_one_triple_whatever_the_direction():
    text = "Bolt Ltd. signed a deal with Nut Inc. Nut Inc. signed a deal with Bolt Ltd."
    s1, s2 = Sentence(0, 37, text[:37]), Sentence(38, len(text), text[38:])
    ex = Extraction(
        article=Article(id="sym", text=text),
        entities=[
            Entity("a", "Bolt Ltd.", "Organization", [Mention("Bolt Ltd.", 0, 9)]),
            Entity("b", "Nut Inc.", "Organization", [Mention("Nut Inc.", 29, 37)]),
        ],
        relations=[Relation("a", "contractWith", "b", s1), Relation("b", "contractWith", "a", s2)],
    )
    g = to_rdf(ex, resolve(ex, EntityIndex()))
    assert len(list(g.triples((None, NKG.contractWith, None)))) == 1
    facts = list(g.subjects(RDF.type, NKG.Fact))
    assert len(facts) == 1
    assert len(list(g.objects(facts[0], NKG.evidence))) == 2


def test_every_term_written_is_declared_in_the_ontology(extraction):
    from kg.validate import ontology_graph

    ont = ontology_graph()
    g = to_rdf(extraction, resolve(extraction, EntityIndex()))
    ours = str(NKG._NS)
    used = {p for _, p, _ in g if str(p).startswith(ours)}
    used |= {o for _, p, o in g if p == RDF.type and str(o).startswith(ours)}
    used |= {o for _, p, o in g if p == NKG.stance}
    undeclared = {t for t in used if (t, RDF.type, None) not in ont}
    assert not undeclared
