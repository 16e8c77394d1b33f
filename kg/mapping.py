"""Map one article's extraction to RDF: the only stage that knows RDF terms.

The article's statements form one graph (stored as the article's named
graph), so replacing an article is dropping one graph.  Relations are
plain triples between entity nodes, for simple SPARQL; each also has a
nkg:Fact node (rdf:subject/predicate/object) that carries its evidence
sentence and confidence, which is how SPARQL finds where a fact was read.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SDO, SKOS, XSD

from kg.model import SYMMETRIC_PREDICATES, Extraction, Sentence
from kg.namespaces import KGID, NKG, ONTOLOGY_IRI, PREFIXES
from kg.resolve import Node

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")


def article_segment(article_id: str) -> str:
    return quote(article_id, safe="")


def article_iri(article_id: str) -> URIRef:
    return KGID[f"article/{article_segment(article_id)}"]


def graph_iri(article_id: str) -> URIRef:
    return KGID[f"graph/{article_segment(article_id)}"]


def entity_iri(local: str) -> URIRef:
    return KGID[f"entity/{local}"]


ONTOLOGY_GRAPH = URIRef(ONTOLOGY_IRI)


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def _date_literal(value: str) -> Literal | None:
    if _DATE.match(value):
        return Literal(value, datatype=XSD.date)
    if _YEAR_MONTH.match(value):
        return Literal(value, datatype=XSD.gYearMonth)
    if _YEAR.match(value):
        return Literal(value, datatype=XSD.gYear)
    return None


def _decimal(x: float) -> Literal:
    return Literal(f"{min(max(x, 0.0), 1.0):.3f}", datatype=XSD.decimal)


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


def to_rdf(extraction: Extraction, nodes: dict[str, Node]) -> Graph:
    """The article's graph: article metadata, entities, facts, claims, evidence."""
    art = extraction.article
    a = article_iri(art.id)
    g = new_graph()
    g.add((a, RDF.type, NKG.Article))
    g.add((a, NKG.text, Literal(art.text)))
    if art.title:
        g.add((a, SDO.headline, Literal(art.title)))
    if art.published and (d := _date_literal(art.published)) is not None:
        g.add((a, SDO.datePublished, d))
    if art.url:
        g.add((a, SDO.url, Literal(art.url, datatype=XSD.anyURI)))
    if art.source:
        g.add((a, NKG.publisherName, Literal(art.source)))

    for entity in extraction.entities:
        node = nodes[entity.key]
        e = entity_iri(node.local)
        g.add((a, SDO.mentions, e))
        g.add((e, RDF.type, NKG[node.type]))
        g.add((e, RDFS.label, Literal(node.label)))
        names = {entity.name, *entity.aliases, *(m.text for m in entity.mentions)}
        for name in sorted(names - {node.label}):
            if name.strip():
                g.add((e, SKOS.altLabel, Literal(name)))

    def sentence(s: Sentence) -> URIRef:
        iri = KGID[f"article/{article_segment(art.id)}/sentence/{s.start}-{s.end}"]
        g.add((iri, RDF.type, NKG.Sentence))
        g.add((iri, NKG.text, Literal(s.text)))
        g.add((iri, NKG.startOffset, Literal(s.start)))
        g.add((iri, NKG.endOffset, Literal(s.end)))
        g.add((iri, NKG.inArticle, a))
        return iri

    best: dict[URIRef, float] = {}
    for rel in extraction.relations:
        s, o = entity_iri(nodes[rel.subject].local), entity_iri(nodes[rel.object].local)
        if s == o:
            continue
        if rel.predicate in SYMMETRIC_PREDICATES and str(o) < str(s):
            s, o = o, s
        p = NKG[rel.predicate]
        g.add((s, p, o))
        f = KGID[f"article/{article_segment(art.id)}/fact/{_digest(s, p, o)}"]
        g.add((f, RDF.type, NKG.Fact))
        g.add((f, RDF.subject, s))
        g.add((f, RDF.predicate, p))
        g.add((f, RDF.object, o))
        g.add((f, NKG.inArticle, a))
        g.add((f, NKG.evidence, sentence(rel.evidence)))
        best[f] = max(best.get(f, 0.0), rel.confidence)
    for f, conf in best.items():
        g.add((f, NKG.confidence, _decimal(conf)))

    for claim in extraction.claims:
        c = KGID[
            f"article/{article_segment(art.id)}/claim/"
            f"{_digest(claim.speaker, claim.stance, claim.evidence.start, claim.text)}"
        ]
        g.add((c, RDF.type, NKG.Claim))
        g.add((c, NKG.speaker, entity_iri(nodes[claim.speaker].local)))
        g.add((c, NKG.stance, NKG[claim.stance]))
        g.add((c, NKG.text, Literal(claim.text)))
        g.add((c, NKG.inArticle, a))
        g.add((c, NKG.evidence, sentence(claim.evidence)))
        g.add((c, NKG.confidence, _decimal(claim.confidence)))
        if claim.date and (d := _date_literal(claim.date)) is not None:
            g.add((c, NKG.claimDate, d))
        for key in claim.about:
            g.add((c, NKG.about, entity_iri(nodes[key].local)))
        if claim.relation is not None:
            r = claim.relation
            g.add((c, NKG.claimedSubject, entity_iri(nodes[r.subject].local)))
            g.add((c, NKG.claimedPredicate, NKG[r.predicate]))
            g.add((c, NKG.claimedObject, entity_iri(nodes[r.object].local)))
    return g
