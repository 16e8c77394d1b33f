"""What the entity and article pages show, read from the store with SPARQL.

The pages query through the same worker pool as `/sparql` (so the same
time limit applies) and get SPARQL JSON back; this module turns it into
plain dataclasses.  IRIs from the request are checked before they are
put into a query, so a crafted `iri=` cannot change the query.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.mapping import article_iri
from kg.namespaces import DATA_BASE, PREFIXES
from kg.serve.errors import BadRequest, NotFound, ServeError
from kg.serve.execute import QueryJob

ENTITY_PREFIX = DATA_BASE + "entity/"
ARTICLE_PREFIX = DATA_BASE + "article/"
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\x00-\x20]*$")

Row = dict[str, str]
Select = Callable[[str], list[Row]]


def checked_iri(iri: str) -> str:
    """The IRI if it is safe to write as <IRI> in a query; BadRequest otherwise."""
    if not iri or len(iri) > 2000 or not _IRI.match(iri):
        raise BadRequest(f"not an IRI: {iri[:200]!r}")
    return iri


def pool_select(run) -> Select:
    """A select function over a pool's `run`: rows as {variable: value} dicts."""

    def select(sparql: str) -> list[Row]:
        reply = run(QueryJob(sparql, accept="application/sparql-results+json", max_rows=5000))
        if reply.status != 200:
            raise ServeError(reply.body.decode(errors="replace"))
        doc = json.loads(reply.body)
        return [{k: v["value"] for k, v in b.items()} for b in doc["results"]["bindings"]]

    return select


def compact(iri: str) -> str:
    """An IRI written with the project's prefixes where one fits."""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and prefix not in ("kgid",):
            return f"{prefix}:{iri[len(ns) :]}"
    if iri.startswith(DATA_BASE):
        return "kgid:" + iri[len(DATA_BASE) :]
    return iri


def article_id(iri: str) -> str | None:
    """The article id of an article node IRI (None for any other IRI)."""
    from urllib.parse import unquote

    if iri.startswith(ARTICLE_PREFIX) and "/" not in iri[len(ARTICLE_PREFIX) :]:
        return unquote(iri[len(ARTICLE_PREFIX) :])
    return None


@dataclass
class Evidence:
    """A source sentence and the article it is in."""

    sentence: str
    article: str | None = None
    headline: str | None = None
    start: str | None = None
    end: str | None = None


@dataclass
class RelationRow:
    direction: str  # "out" or "in"
    predicate: str
    other: str
    other_label: str
    evidence: Evidence | None


@dataclass
class ClaimRow:
    role: str  # "by" (the entity is the speaker) or "about"
    stance: str
    text: str
    date: str | None
    speaker: str
    speaker_label: str
    evidence: Evidence | None


@dataclass
class EntityView:
    iri: str
    label: str
    types: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    relations: list[RelationRow] = field(default_factory=list)
    claims: list[ClaimRow] = field(default_factory=list)
    mentioned_in: list[Row] = field(default_factory=list)

    @property
    def sentences(self) -> list[Evidence]:
        """Every distinct source sentence of its relations and claims."""
        seen: dict[tuple, Evidence] = {}
        for item in [*self.relations, *self.claims]:
            ev = item.evidence
            if ev is not None:
                seen.setdefault((ev.article, ev.start, ev.sentence), ev)
        return list(seen.values())


@dataclass
class ArticleView:
    id: str
    iri: str
    headline: str | None = None
    date: str | None = None
    publisher: str | None = None
    url: str | None = None
    text: str = ""
    entities: list[Row] = field(default_factory=list)


_EVIDENCE = """
  OPTIONAL {{ {node} nkg:evidence ?s . ?s nkg:text ?sentence .
             OPTIONAL {{ ?s nkg:startOffset ?start ; nkg:endOffset ?end }}
             OPTIONAL {{ ?s nkg:inArticle ?article .
                        OPTIONAL {{ ?article schema:headline ?headline }} }} }}"""


def _evidence(row: Row) -> Evidence | None:
    if "sentence" not in row:
        return None
    return Evidence(
        row["sentence"], row.get("article"), row.get("headline"), row.get("start"), row.get("end")
    )


def entity_view(select: Select, iri: str) -> EntityView:
    """Everything the entity page shows about one node."""
    i = f"<{checked_iri(iri)}>"
    types = [r["type"] for r in select(f"SELECT DISTINCT ?type WHERE {{ {i} a ?type }}")]
    names = select(
        f"""SELECT DISTINCT ?kind ?name WHERE {{
          {{ {i} rdfs:label ?name BIND("label" AS ?kind) }}
          UNION {{ {i} skos:altLabel ?name BIND("alt" AS ?kind) }} }} ORDER BY ?kind ?name"""
    )
    labels = [r["name"] for r in names if r["kind"] == "label"]
    alts = [r["name"] for r in names if r["kind"] == "alt" and r["name"] not in labels]
    view = EntityView(iri, labels[0] if labels else compact(iri), types, [*labels, *alts])
    anything = f"SELECT ?p WHERE {{ {{ {i} ?p ?o }} UNION {{ ?s ?p {i} }} }} LIMIT 1"
    if not types and not names and not select(anything):
        raise NotFound(f"nothing in the store is about {iri}")

    seen = set()
    for r in select(
        f"""SELECT ?dir ?p ?other ?otherLabel ?sentence ?start ?end ?article ?headline WHERE {{
          {{ ?f rdf:subject {i} ; rdf:object ?other . BIND("out" AS ?dir) }}
          UNION {{ ?f rdf:object {i} ; rdf:subject ?other . BIND("in" AS ?dir) }}
          ?f a nkg:Fact ; rdf:predicate ?p .
          OPTIONAL {{ ?other rdfs:label ?otherLabel }}
          {_EVIDENCE.format(node="?f")}
        }} ORDER BY DESC(?dir) ?p ?otherLabel"""
    ):
        key = (r["dir"], r["p"], r["other"], r.get("sentence"), r.get("article"))
        if key in seen:
            continue
        seen.add(key)
        view.relations.append(
            RelationRow(
                r["dir"],
                r["p"],
                r["other"],
                r.get("otherLabel", compact(r["other"])),
                _evidence(r),
            )
        )

    seen = set()
    for r in select(
        f"""SELECT ?role ?c ?stance ?text ?date ?speaker ?speakerLabel
                   ?sentence ?start ?end ?article ?headline WHERE {{
          {{ ?c nkg:speaker {i} . BIND("by" AS ?role) }}
          UNION {{ ?c nkg:about {i} . BIND("about" AS ?role) }}
          ?c a nkg:Claim ; nkg:speaker ?speaker .
          OPTIONAL {{ ?c nkg:stance ?stance }}
          OPTIONAL {{ ?c nkg:text ?text }}
          OPTIONAL {{ ?c nkg:claimDate ?date }}
          OPTIONAL {{ ?speaker rdfs:label ?speakerLabel }}
          {_EVIDENCE.format(node="?c")}
        }} ORDER BY ?role ?date ?c"""
    ):
        key = (r["role"], r["c"])
        if key in seen:
            continue
        seen.add(key)
        view.claims.append(
            ClaimRow(
                r["role"],
                compact(r.get("stance", "")).removeprefix("nkg:"),
                r.get("text", ""),
                r.get("date"),
                r["speaker"],
                r.get("speakerLabel", compact(r["speaker"])),
                _evidence(r),
            )
        )

    view.mentioned_in = _distinct(
        select(
            f"""SELECT ?article ?headline ?date WHERE {{
              ?article schema:mentions {i} .
              OPTIONAL {{ ?article schema:headline ?headline }}
              OPTIONAL {{ ?article schema:datePublished ?date }}
            }} ORDER BY ?date ?article"""
        ),
        "article",
    )
    return view


def article_view(select: Select, article_id_: str) -> ArticleView:
    """Headline, date, publisher, url, text and entities of one article."""
    iri = checked_iri(str(article_iri(article_id_)))
    rows = select(
        f"""SELECT ?p ?o WHERE {{ <{iri}> ?p ?o .
          FILTER(?p IN (schema:headline, schema:datePublished, nkg:publisherName,
                        schema:url, nkg:text, rdf:type)) }}"""
    )
    if not rows:
        raise NotFound(f"no article with id {article_id_!r} in the store")
    props: dict[str, str] = {}
    for r in rows:
        props.setdefault(compact(r["p"]), r["o"])
    entities = select(
        f"""SELECT ?entity ?label ?type WHERE {{ <{iri}> schema:mentions ?entity .
          OPTIONAL {{ ?entity rdfs:label ?label }} OPTIONAL {{ ?entity a ?type }}
        }} ORDER BY ?label"""
    )
    return ArticleView(
        id=article_id_,
        iri=iri,
        headline=props.get("schema:headline"),
        date=props.get("schema:datePublished"),
        publisher=props.get("nkg:publisherName"),
        url=props.get("schema:url"),
        text=props.get("nkg:text", ""),
        entities=_distinct(entities, "entity"),
    )


def _distinct(rows: list[Row], key: str) -> list[Row]:
    seen: dict[str, Row] = {}
    for r in rows:
        seen.setdefault(r[key], r)
    return list(seen.values())
