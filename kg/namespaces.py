"""The project's namespaces, defined once.

Every RDF term the code writes comes from here, so a typo is an
AttributeError at import time instead of a silently new property, and a
test can check that each term used is declared in `ontology/kg.ttl`.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/newskg/ontology"
DATA_BASE = "https://w3id.org/newskg/id/"


class NKG(DefinedNamespace):
    """The project's own ontology terms (ontology/kg.ttl)."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Entity: object
    Person: object
    Organization: object
    GovernmentAgency: object
    MilitaryUnit: object
    Country: object
    Location: object
    Product: object
    Article: object
    Sentence: object
    Fact: object
    Claim: object
    Stance: object
    # stance individuals
    asserts: object
    denies: object
    # the twelve relation predicates
    leads: object
    memberOf: object
    founded: object
    owns: object
    operates: object
    partOf: object
    country: object
    locatedIn: object
    uses: object
    supplies: object
    contractWith: object
    inConflictWith: object
    # provenance and evidence
    evidence: object
    inArticle: object
    startOffset: object
    endOffset: object
    text: object
    confidence: object
    publisherName: object
    # claims
    speaker: object
    stance: object
    about: object
    claimDate: object
    claimedSubject: object
    claimedPredicate: object
    claimedObject: object


KGID = Namespace(DATA_BASE)

PREFIXES: dict[str, str] = {
    "nkg": str(NKG._NS),
    "kgid": DATA_BASE,
    "entity": DATA_BASE + "entity/",
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "schema": str(SDO),
}

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = ROOT / "ontology"
SHAPES_DIR = ROOT / "shapes"
QUERIES_DIR = ROOT / "queries"

__all__ = [
    "KGID",
    "NKG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SKOS",
    "XSD",
]
