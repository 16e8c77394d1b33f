"""Limiting an export to what an analyst asked for: one article, a date range,
or one entity's neighbourhood.

The limits are applied in SPARQL, so they work the same on the local store
and on a shared server, and never load the whole store into memory.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import ExportError
from kg.mapping import graph_iri
from kg.model import PREDICATES
from kg.store import ENTITY_PREFIX

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_RELATIONS = " ".join(f"nkg:{p}" for p in PREDICATES)
_REFERS = "rdf:subject|rdf:object|nkg:speaker|nkg:about|nkg:claimedSubject|nkg:claimedObject"


@dataclass(frozen=True)
class Scope:
    """What to export: everything, or only some articles and/or one entity's surroundings."""

    article: str | None = None  # an article id
    entity: str | None = None  # an entity's name (label or other name) or IRI
    since: str | None = None  # YYYY-MM-DD, articles published on or after
    until: str | None = None  # YYYY-MM-DD, articles published on or before

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and not _DATE.match(value):
                raise ExportError(f"--{name} takes a date as YYYY-MM-DD, not {value!r}")

    @property
    def everything(self) -> bool:
        return not (self.article or self.entity or self.since or self.until)


def _lit(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def entity_iris(store, entity: str) -> list[str]:
    """The nodes an entity argument names: an IRI as given, else nodes with that name."""
    if entity.startswith(("http://", "https://")):
        return [entity]
    rows = store.raw_query(
        "SELECT DISTINCT ?e WHERE { ?e rdfs:label|skos:altLabel ?n . "
        f"FILTER(LCASE(STR(?n)) = LCASE({_lit(entity)})) "
        f'FILTER(STRSTARTS(STR(?e), "{ENTITY_PREFIX}")) }}'
    )
    found = sorted(r["e"].value for r in rows)
    if not found:
        raise ExportError(f"no entity named {entity!r} in the store")
    return found


def graphs(store, scope: Scope) -> list[str]:
    """The article graphs in scope."""
    filters = []
    if scope.article is not None:
        filters.append(f"?g = <{graph_iri(scope.article)}>")
    if scope.since:
        filters.append(f'STR(?d) >= "{scope.since}"')
    if scope.until:
        filters.append(f'STR(?d) <= "{scope.until}"')
    mentions = ""
    if scope.entity:
        values = " ".join(f"<{e}>" for e in entity_iris(store, scope.entity))
        mentions = f"VALUES ?e {{ {values} }} ?a schema:mentions ?e ."
    where = " && ".join(filters) or "true"
    rows = store.raw_query(
        "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a nkg:Article . "
        f"OPTIONAL {{ ?a schema:datePublished ?d }} {mentions} }} FILTER({where}) }} ORDER BY ?g"
    )
    return [r["g"].value for r in rows]


def quads(store, scope: Scope) -> Iterator[ox.Quad]:
    """The quads in scope: whole article graphs, or one entity's neighbourhood in them."""
    if scope.everything:
        yield from store.quads()
        return
    names = graphs(store, scope)
    if not names:
        return
    values = " ".join(f"<{g}>" for g in names)
    if not scope.entity:
        query = f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
    else:
        ents = " ".join(f"<{e}>" for e in entity_iris(store, scope.entity))
        query = f"""
        SELECT DISTINCT ?s ?p ?o ?g WHERE {{
          VALUES ?g {{ {values} }} VALUES ?e {{ {ents} }}
          GRAPH ?g {{
            {{ ?e ?p ?o . BIND(?e AS ?s) }}
            UNION {{ VALUES ?p {{ {_RELATIONS} schema:mentions }} ?s ?p ?e . BIND(?e AS ?o) }}
            UNION {{ VALUES ?rel {{ {_RELATIONS} }}
                     {{ ?e ?rel ?s }} UNION {{ ?s ?rel ?e }}
                     VALUES ?p {{ rdf:type rdfs:label }} ?s ?p ?o }}
            UNION {{ ?s {_REFERS} ?e . ?s ?p ?o }}
            UNION {{ ?x {_REFERS} ?e . ?x nkg:evidence ?s . ?s ?p ?o }}
            UNION {{ ?s a nkg:Article . ?s ?p ?o . FILTER(?p != nkg:text) }}
          }}
        }}"""
    for row in store.raw_query(query):
        yield ox.Quad(row["s"], row["p"], row["o"], row["g"])
