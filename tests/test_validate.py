from rdflib import Literal, URIRef
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
