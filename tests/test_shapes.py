"""Every shape, one violating graph and one conforming graph each.

The base graph is a small, hand-made article that conforms; each case
changes it the way a bad extraction or a bad import would, and checks that
the violation is reported against that shape and that node.
"""

from collections.abc import Callable

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, SKOS, XSD

from kg.mapping import to_rdf
from kg.namespaces import KGID, NKG, SDO
from kg.resolve import EntityIndex, resolve
from kg.validate import check, ontology_graph, shapes_graph

SHP = "https://w3id.org/newskg/shapes#"
TYPES = [
    "Person",
    "Organization",
    "GovernmentAgency",
    "MilitaryUnit",
    "Country",
    "Location",
    "Product",
]
# SCHEMA.md's table: predicate -> (subject types, object types)
SIGNATURES = {
    "leads": (
        ["Person"],
        ["Organization", "GovernmentAgency", "MilitaryUnit", "Country", "Location"],
    ),
    "memberOf": (
        ["Person", "Organization", "GovernmentAgency", "MilitaryUnit", "Country"],
        ["Organization", "GovernmentAgency", "MilitaryUnit"],
    ),
    "founded": (["Person", "Organization", "Country"], ["Organization", "MilitaryUnit", "Product"]),
    "owns": (
        ["Person", "Organization", "GovernmentAgency", "Country"],
        ["Organization", "Product", "Location"],
    ),
    "operates": (
        ["Organization", "GovernmentAgency", "MilitaryUnit", "Country"],
        ["Product", "Location"],
    ),
    "partOf": (
        ["Organization", "GovernmentAgency", "MilitaryUnit"],
        ["Organization", "GovernmentAgency", "MilitaryUnit"],
    ),
    "country": ([t for t in TYPES if t != "Country"], ["Country"]),
    "locatedIn": (
        ["Organization", "GovernmentAgency", "MilitaryUnit", "Location"],
        ["Location", "Country"],
    ),
    "uses": (
        ["Person", "Organization", "GovernmentAgency", "MilitaryUnit", "Country"],
        ["Product"],
    ),
    "supplies": (
        ["Organization", "GovernmentAgency", "Country"],
        ["Organization", "GovernmentAgency", "MilitaryUnit", "Country"],
    ),
    "contractWith": (
        ["Organization", "GovernmentAgency", "MilitaryUnit", "Country"],
        ["Organization", "GovernmentAgency", "MilitaryUnit", "Country"],
    ),
    "inConflictWith": (
        ["Country", "MilitaryUnit", "Organization", "GovernmentAgency"],
        ["Country", "MilitaryUnit", "Organization", "GovernmentAgency"],
    ),
}


@pytest.fixture
def base(extraction) -> Graph:
    g = to_rdf(extraction, resolve(extraction, EntityIndex()))
    assert check(g)[0] == []
    return g


def one(g: Graph, cls) -> URIRef:
    return sorted(g.subjects(RDF.type, cls))[0]


def entity(g: Graph, label: str) -> URIRef:
    return next(g.subjects(RDFS.label, Literal(label)))


def _set(g, s, p, o):
    g.remove((s, p, None))
    g.add((s, p, o))


def _extra(g, s, p, o):
    g.add((s, p, o))


Mutation = Callable[[Graph], URIRef | BNode]


def m_entity_two_types(g):
    e = entity(g, "Jane Doe")
    g.add((e, RDF.type, NKG.Organization))
    return e


def m_entity_no_type(g):
    e = entity(g, "Port Vale")
    g.remove((e, RDF.type, None))
    g.remove((None, NKG.locatedIn, e))  # its relation would fail too; test the entity alone
    return e


def m_label_two(g):
    e = entity(g, "Jane Doe")
    g.add((e, RDFS.label, Literal("J. Doe")))
    return e


def m_label_lang(g):
    e = entity(g, "Freedonia")
    _set(g, e, RDFS.label, Literal("Freedonia", lang="en"))
    return e


def m_altlabel_empty(g):
    e = entity(g, "Skyhawk")
    g.add((e, SKOS.altLabel, Literal("")))
    return e


def m_article_bnode(g):
    b = BNode()
    g.add((b, RDF.type, NKG.Article))
    g.add((b, NKG.text, Literal("x")))
    return b


def m_article_two_headlines(g):
    a = one(g, NKG.Article)
    g.add((a, SDO.headline, Literal("Another headline")))
    return a


def m_article_url_string(g):
    a = one(g, NKG.Article)
    _set(g, a, SDO.url, Literal("https://news.example/acme"))
    return a


def m_article_date_string(g):
    a = one(g, NKG.Article)
    _set(g, a, SDO.datePublished, Literal("5 March 2024"))
    return a


def m_article_two_publishers(g):
    a = one(g, NKG.Article)
    g.add((a, NKG.publisherName, Literal("Other News")))
    return a


def m_article_no_text(g):
    a = one(g, NKG.Article)
    g.remove((a, NKG.text, None))
    return a


def m_sentence_bnode(g):
    b = BNode()
    g.add((b, RDF.type, NKG.Sentence))
    return b


def m_sentence_no_text(g):
    s = one(g, NKG.Sentence)
    g.remove((s, NKG.text, None))
    return s


def m_sentence_start_after_end(g):
    s = one(g, NKG.Sentence)
    end = int(g.value(s, NKG.endOffset))
    _set(g, s, NKG.startOffset, Literal(end + 5))
    return s


def m_sentence_end_string(g):
    s = one(g, NKG.Sentence)
    _set(g, s, NKG.endOffset, Literal("100"))
    return s


def m_sentence_no_article(g):
    s = one(g, NKG.Sentence)
    g.remove((s, NKG.inArticle, None))
    return s


def m_fact_bnode(g):
    b = BNode()
    g.add((b, RDF.type, NKG.Fact))
    return b


def m_fact_two_subjects(g):
    f = one(g, NKG.Fact)
    g.add((f, RDF.subject, entity(g, "Freedonia")))
    return f


def m_fact_bad_predicate(g):
    f = one(g, NKG.Fact)
    _set(g, f, RDF.predicate, RDFS.seeAlso)
    return f


def m_fact_object_literal(g):
    f = one(g, NKG.Fact)
    _set(g, f, RDF.object, Literal("Freedonia"))
    return f


def m_fact_no_evidence(g):
    f = one(g, NKG.Fact)
    g.remove((f, NKG.evidence, None))
    return f


def m_fact_confidence_too_high(g):
    f = one(g, NKG.Fact)
    _set(g, f, NKG.confidence, Literal("1.5", datatype=XSD.decimal))
    return f


def m_fact_no_article(g):
    f = one(g, NKG.Fact)
    g.remove((f, NKG.inArticle, None))
    return f


def m_claim_bnode(g):
    b = BNode()
    g.add((b, RDF.type, NKG.Claim))
    return b


def m_claim_no_speaker(g):
    c = one(g, NKG.Claim)
    g.remove((c, NKG.speaker, None))
    return c


def m_claim_bad_stance(g):
    c = one(g, NKG.Claim)
    _set(g, c, NKG.stance, NKG.Claim)
    return c


def m_claim_no_text(g):
    c = one(g, NKG.Claim)
    g.remove((c, NKG.text, None))
    return c


def m_claim_date_string(g):
    c = one(g, NKG.Claim)
    _set(g, c, NKG.claimDate, Literal("March 3"))
    return c


def m_claim_about_literal(g):
    c = one(g, NKG.Claim)
    g.add((c, NKG.about, Literal("Acme")))
    return c


def m_claim_no_evidence(g):
    c = one(g, NKG.Claim)
    g.remove((c, NKG.evidence, None))
    return c


def m_claim_confidence_string(g):
    c = one(g, NKG.Claim)
    _set(g, c, NKG.confidence, Literal("high"))
    return c


def m_claim_no_article(g):
    c = one(g, NKG.Claim)
    g.remove((c, NKG.inArticle, None))
    return c


def m_claimed_subject_two(g):
    c = one(g, NKG.Claim)
    g.add((c, NKG.claimedSubject, entity(g, "Jane Doe")))
    return c


def m_claimed_predicate_bad(g):
    c = one(g, NKG.Claim)
    _set(g, c, NKG.claimedPredicate, RDFS.label)
    return c


def m_claimed_object_literal(g):
    c = one(g, NKG.Claim)
    _set(g, c, NKG.claimedObject, Literal("Freedonia"))
    return c


def m_stance_unknown(g):
    g.add((NKG.Claim, RDF.type, NKG.Stance))
    return NKG.Claim


CASES: list[tuple[str, Mutation]] = [
    ("EntityShape", m_entity_two_types),
    ("EntityShape", m_entity_no_type),
    ("EntityLabelShape", m_label_two),
    ("EntityLabelShape", m_label_lang),
    ("EntityAltLabelShape", m_altlabel_empty),
    ("ArticleShape", m_article_bnode),
    ("ArticleHeadlineShape", m_article_two_headlines),
    ("ArticleUrlShape", m_article_url_string),
    ("ArticleDateShape", m_article_date_string),
    ("ArticlePublisherShape", m_article_two_publishers),
    ("ArticleTextShape", m_article_no_text),
    ("SentenceShape", m_sentence_bnode),
    ("SentenceTextShape", m_sentence_no_text),
    ("SentenceStartShape", m_sentence_start_after_end),
    ("SentenceEndShape", m_sentence_end_string),
    ("SentenceArticleShape", m_sentence_no_article),
    ("FactShape", m_fact_bnode),
    ("FactSubjectShape", m_fact_two_subjects),
    ("FactPredicateShape", m_fact_bad_predicate),
    ("FactObjectShape", m_fact_object_literal),
    ("FactEvidenceShape", m_fact_no_evidence),
    ("FactConfidenceShape", m_fact_confidence_too_high),
    ("FactArticleShape", m_fact_no_article),
    ("ClaimShape", m_claim_bnode),
    ("ClaimSpeakerShape", m_claim_no_speaker),
    ("ClaimStanceShape", m_claim_bad_stance),
    ("ClaimTextShape", m_claim_no_text),
    ("ClaimDateShape", m_claim_date_string),
    ("ClaimAboutShape", m_claim_about_literal),
    ("ClaimEvidenceShape", m_claim_no_evidence),
    ("ClaimConfidenceShape", m_claim_confidence_string),
    ("ClaimArticleShape", m_claim_no_article),
    ("ClaimedSubjectShape", m_claimed_subject_two),
    ("ClaimedPredicateShape", m_claimed_predicate_bad),
    ("ClaimedObjectShape", m_claimed_object_literal),
    ("StanceShape", m_stance_unknown),
]


def _results(g: Graph) -> set[tuple[str, object]]:
    violations, _ = check(g)
    return {(str(v.shape).removeprefix(SHP), v.focus) for v in violations}


@pytest.mark.parametrize(("shape", "mutate"), CASES, ids=[f"{s}-{m.__name__}" for s, m in CASES])
def test_shape_reports_the_violation_on_the_right_node(base, shape, mutate):
    assert not {s for s, _ in _results(base)} & {shape}  # the conforming graph
    focus = mutate(base)
    results = _results(base)
    if isinstance(focus, BNode):
        assert any(s == shape and isinstance(f, BNode) for s, f in results), results
    else:
        assert (shape, focus) in results, results


def _typed(g: Graph, etype: str, name: str) -> URIRef:
    e = KGID[f"entity/{name}"]
    g.add((e, RDF.type, NKG[etype]))
    g.add((e, RDFS.label, Literal(name)))
    return e


RELATION_CASES = [
    (p, side, t)
    for p, (subj, obj) in SIGNATURES.items()
    for side, allowed in (("Subject", subj), ("Object", obj))
    for t in [x for x in TYPES if x not in allowed][:2]
]


@pytest.mark.parametrize(("predicate", "side", "wrong"), RELATION_CASES)
def test_relation_shapes_enforce_schema_types(predicate, side, wrong):
    subj_ok, obj_ok = SIGNATURES[predicate][0][0], SIGNATURES[predicate][1][0]
    shape = f"{predicate[0].upper()}{predicate[1:]}{side}Shape"

    good = Graph()
    s, o = _typed(good, subj_ok, "s"), _typed(good, obj_ok, "o")
    good.add((s, NKG[predicate], o))
    assert not {x for x, _ in _results(good)} & {shape}

    bad = Graph()
    s = _typed(bad, wrong if side == "Subject" else subj_ok, "s")
    o = _typed(bad, wrong if side == "Object" else obj_ok, "o")
    bad.add((s, NKG[predicate], o))
    assert (shape, s) in _results(bad)


def test_every_shape_has_a_case():
    named = {
        str(s).removeprefix(SHP)
        for t in (SH.NodeShape, SH.PropertyShape)
        for s in shapes_graph().subjects(RDF.type, t)
        if isinstance(s, URIRef)
    }
    covered = {s for s, _ in CASES}
    covered |= {
        f"{p[0].upper()}{p[1:]}{side}Shape" for p in SIGNATURES for side in ("Subject", "Object")
    }
    assert named == covered


def test_every_ontology_term_is_covered_by_a_shape():
    ont, shapes = ontology_graph(), shapes_graph()
    ours = str(NKG._NS)
    terms = {
        s
        for s in ont.subjects(RDF.type, None)
        if str(s).startswith(ours) and (s, RDF.type, NKG.Stance) not in ont
    }
    mentioned = {o for o in shapes.objects() if isinstance(o, URIRef)}
    assert terms - mentioned == set()
