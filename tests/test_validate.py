from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

from kg.mapping import to_rdf
from kg.model import Relation
from kg.namespaces import NKG
from kg.resolve import EntityIndex, resolve
from kg.validate import check, describe, validate_article

SHP = "https://w3id.org/newskg/shapes#"


def _graph(extraction):
    return to_rdf(extraction, resolve(extraction, EntityIndex()))


def test_a_clean_article_conforms(extraction):
    outcome = validate_article(_graph(extraction))
    assert outcome.conforms
    assert len(outcome.quarantined) == 0


def test_ill_typed_relation_is_quarantined_and_the_rest_kept(extraction):
    person_part_of_country = Relation("e1", "partOf", "e3", extraction.relations[0].evidence)
    extraction.relations.append(person_part_of_country)
    g = _graph(extraction)
    jane = next(g.subjects(RDFS.label, Literal("Jane Doe")))
    freedonia = next(g.subjects(RDFS.label, Literal("Freedonia")))

    outcome = validate_article(g)

    assert not outcome.conforms
    shapes = {str(v.shape) for v in outcome.violations}
    assert shapes == {SHP + "PartOfSubjectShape", SHP + "PartOfObjectShape"}
    assert {v.focus for v in outcome.violations} == {jane}
    assert (jane, NKG.partOf, freedonia) in outcome.quarantined
    assert (jane, NKG.partOf, freedonia) not in outcome.kept
    # the other facts of the article stay, and what stays conforms
    assert (jane, NKG.leads, None) in outcome.kept
    assert len(list(outcome.kept.subjects(RDF.type, NKG.Fact))) == 4
    assert check(outcome.kept)[0] == []
    # nothing is lost: kept + quarantined is the article's graph
    assert len(outcome.kept) + len(outcome.quarantined) == len(g)
    readable = describe(outcome.violations[0], g)
    assert readable["label"] == "Jane Doe"
    assert "part of" in readable["rule"]
    assert readable["sentence"].startswith("Acme Corp. chief executive")


def test_a_claim_with_two_stances_is_quarantined_alone(extraction):
    g = _graph(extraction)
    claim = next(g.subjects(RDF.type, NKG.Claim))
    g.add((claim, NKG.stance, NKG.asserts))
    outcome = validate_article(g)
    assert [str(v.shape) for v in outcome.violations] == [SHP + "ClaimStanceShape"]
    assert (claim, RDF.type, NKG.Claim) in outcome.quarantined
    assert (None, NKG.leads, None) in outcome.kept


def test_an_entity_without_a_type_goes_with_what_names_it(extraction):
    g = _graph(extraction)
    skyhawk = next(g.subjects(RDFS.label, Literal("Skyhawk")))
    g.remove((skyhawk, RDF.type, None))
    outcome = validate_article(g)
    assert not outcome.conforms
    assert (None, NKG.operates, skyhawk) in outcome.quarantined
    assert (None, NKG.operates, skyhawk) not in outcome.kept
    assert check(outcome.kept)[0] == []


def test_shapes_carry_a_plain_message_everywhere():
    from kg.validate import shapes_graph

    g = shapes_graph()
    shapes = set(g.subjects(RDF.type, SH.NodeShape)) | set(g.subjects(RDF.type, SH.PropertyShape))
    assert shapes
    missing = [s for s in shapes if isinstance(s, URIRef) and g.value(s, SH.message) is None]
    assert missing == []


def test_build_quarantines_the_ill_typed_fact_and_stores_the_rest(tmp_path, extraction, capsys):
    from kg.build import ingest
    from kg.cli import main
    from kg.store import open_store

    extraction.relations.append(Relation("e1", "partOf", "e3", extraction.relations[0].evidence))
    summary = ingest([extraction], tmp_path / "s")

    (report,) = summary.quarantined
    assert report.id == "test-acme-1"
    assert "Validation: 1 article(s) with statements quarantined" in summary.text()
    assert "Jane Doe" in summary.text()
    with open_store(tmp_path / "s") as store:
        assert store.query("ASK { ?p nkg:partOf ?c }").boolean is False
        assert store.query("ASK { ?p nkg:leads ?o }").boolean is True
        assert len(store.query("SELECT ?f WHERE { ?f a nkg:Fact }").rows) == 4
        (record,) = store.quarantine()
    assert record.article_id == "test-acme-1"
    assert {v["label"] for v in record.violations} == {"Jane Doe"}
    assert all(v["sentence"] for v in record.violations)
    held = Graph().parse(record.data_path)
    assert len(list(held.triples((None, NKG.partOf, None)))) == 1

    assert main(["validate", "--store", str(tmp_path / "s")]) == 0
    assert "Conforms" in capsys.readouterr().out
    assert main(["quarantine", "--store", str(tmp_path / "s")]) == 0
    out = capsys.readouterr().out
    assert "test-acme-1" in out and "part of" in out


def test_validate_files_reports_in_plain_words_and_exits_1(tmp_path, extraction, capsys):
    from kg.cli import main

    g = _graph(extraction)
    jane = next(g.subjects(RDFS.label, Literal("Jane Doe")))
    g.add((jane, NKG.partOf, next(g.subjects(RDFS.label, Literal("Freedonia")))))
    g.serialize(tmp_path / "bad.ttl", format="turtle")
    _graph(extraction).serialize(tmp_path / "good.ttl", format="turtle")

    assert main(["validate", str(tmp_path / "good.ttl")]) == 0
    capsys.readouterr()
    assert main(["validate", str(tmp_path / "bad.ttl")]) == 1
    out = capsys.readouterr().out
    assert "Jane Doe" in out and "part of" in out
    assert main(["validate", str(tmp_path / "bad.ttl"), "--format", "turtle"]) == 1
    report = Graph().parse(data=capsys.readouterr().out, format="turtle")
    assert (None, SH.conforms, Literal(False)) in report
    assert main(["validate", str(tmp_path / "missing.ttl")]) == 2
