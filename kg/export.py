"""Exports of the stored graph for other systems, and the facts file for scoring.

Turtle is the union of all graphs (what a consumer without named graphs
wants); TriG, N-Quads and JSON-LD keep each article's named graph;
GraphML, GEXF and CSV node/edge lists give the entity network to Gephi,
networkx and spreadsheets;
`facts` is the per-article JSON Lines form of ../shared/eval/SCHEMA.md,
read back from the store so it shows exactly what the graph holds.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from pathlib import Path
from typing import IO
from urllib.parse import unquote

import networkx as nx
import pyoxigraph as ox

from kg.errors import ExportError
from kg.model import PREDICATES
from kg.namespaces import NKG, PREFIXES
from kg.network import to_networkx
from kg.scope import Scope, entity_iris, graphs, quads
from kg.store import GRAPH_PREFIX, Store

RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}
GRAPH_FORMATS = ("graphml", "gexf", "csv")
FORMATS = (*RDF_FORMATS, "facts", *GRAPH_FORMATS)
_NKG = str(NKG._NS)


def export(
    store: Store, fmt: str, output: str | Path | IO[bytes], scope: Scope | None = None
) -> None:
    """Write the store (or the part `scope` selects) in one of FORMATS to a path or a file."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    scope = scope or Scope()
    try:
        if fmt == "facts":
            docs = facts(store, scope)
            lines = "".join(json.dumps(doc, ensure_ascii=False) + "\n" for doc in docs)
            _write(output, lines.encode())
        elif fmt in GRAPH_FORMATS:
            _write_network(network(store, scope), fmt, output)
        elif fmt == "turtle" and scope.everything and isinstance(store, Store):
            _write(output, store.dump(None, ox.RdfFormat.TURTLE))  # the default graph: the union
        elif fmt == "turtle":
            seen: set[ox.Triple] = set()
            triples = (q.triple for q in quads(store, scope))
            unique = (t for t in triples if not (t in seen or seen.add(t)))
            _write(output, ox.serialize(unique, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES))
        else:
            data = ox.serialize(quads(store, scope), format=RDF_FORMATS[fmt], prefixes=PREFIXES)
            _write(output, data)
    except OSError as exc:
        raise ExportError(f"cannot write {output}: {exc}") from exc


def network(store: Store, scope: Scope | None = None) -> nx.MultiDiGraph:
    """The entity network of the scope: its articles' relations, or one entity's ego network."""
    scope = scope or Scope()
    if scope.everything:
        return to_networkx(store)
    g = to_networkx(store, articles=[_article_id(x) for x in graphs(store, scope)])
    if scope.entity:
        keep: set[str] = set()
        for e in entity_iris(store, scope.entity):
            if e in g:
                keep |= {e, *g.successors(e), *g.predecessors(e)}
        g = g.subgraph(keep).copy()
    return g


def _write_network(g: nx.MultiDiGraph, fmt: str, output: str | Path | IO[bytes]) -> None:
    """GraphML and GEXF for Gephi and networkx users; CSV node and edge lists for spreadsheets."""
    if fmt == "csv":
        if not isinstance(output, str | Path):
            raise ExportError("--format csv writes two files (nodes.csv, edges.csv): give -o DIR")
        folder = Path(output)
        folder.mkdir(parents=True, exist_ok=True)
        with open(folder / "nodes.csv", "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["id", "label", "type", "mentions"])
            for n, a in sorted(g.nodes(data=True)):
                w.writerow([n, a.get("label", ""), a.get("type", ""), a.get("mentions", "")])
        with open(folder / "edges.csv", "w", newline="") as f:
            w = csv.writer(f)
            cols = ["predicate", "article", "published", "confidence", "evidence"]
            w.writerow(["source", "target", *cols])
            for s, o, a in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2]["article"])):
                w.writerow([s, o, *(a.get(c, "") for c in cols)])
        return
    plain = nx.MultiDiGraph()
    plain.add_nodes_from((n, _scalars(a)) for n, a in g.nodes(data=True))
    for s, o, k, a in g.edges(keys=True, data=True):
        plain.add_edge(s, o, key="|".join(map(str, k)), **_scalars(a))
    buf = io.BytesIO()
    (nx.write_graphml if fmt == "graphml" else nx.write_gexf)(plain, buf)
    _write(output, buf.getvalue())


def _scalars(attrs: dict) -> dict:
    return {k: v for k, v in attrs.items() if isinstance(v, str | int | float | bool)}


def _write(output: str | Path | IO[bytes], data: bytes) -> None:
    if isinstance(output, str | Path):
        Path(output).write_bytes(data)
    else:
        output.write(data)


def _article_id(graph: str) -> str:
    return unquote(graph[len(GRAPH_PREFIX) :])


def facts(store: Store, scope: Scope | None = None) -> list[dict]:
    """Per article: the entities, relations and claims its graph holds (SCHEMA.md's facts)."""
    wanted = None if scope is None or scope.everything else set(graphs(store, scope))
    docs: dict[str, dict] = defaultdict(lambda: {"entities": {}, "relations": [], "claims": []})
    for row in store.raw_query(
        """
        SELECT ?g ?e ?type ?label ?alt WHERE { GRAPH ?g {
            ?a a nkg:Article ; schema:mentions ?e . ?e a ?type ; rdfs:label ?label .
            OPTIONAL { ?e skos:altLabel ?alt } } }
        ORDER BY ?g ?e ?alt
        """
    ):
        doc = docs[row["g"].value]
        e = doc["entities"].setdefault(
            row["e"].value,
            {
                "id": row["e"].value,
                "name": row["label"].value,
                "type": row["type"].value.removeprefix(_NKG),
                "mentions": [row["label"].value],
            },
        )
        if row["alt"] is not None and row["alt"].value not in e["mentions"]:
            e["mentions"].append(row["alt"].value)
    values = " ".join(f"nkg:{p}" for p in PREDICATES)
    for row in store.raw_query(
        f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
        " ORDER BY ?g ?s ?p ?o"
    ):
        docs[row["g"].value]["relations"].append(
            {
                "subject": row["s"].value,
                "predicate": row["p"].value.removeprefix(_NKG),
                "object": row["o"].value,
            }
        )
    claims: dict[tuple[str, str], dict] = {}
    for row in store.raw_query(
        """
        SELECT ?g ?c ?speaker ?stance ?text ?date ?about WHERE { GRAPH ?g {
            ?c a nkg:Claim ; nkg:speaker ?speaker ; nkg:stance ?stance ; nkg:text ?text .
            OPTIONAL { ?c nkg:claimDate ?date } OPTIONAL { ?c nkg:about ?about } } }
        ORDER BY ?g ?c ?about
        """
    ):
        key = (row["g"].value, row["c"].value)
        if key not in claims:
            claims[key] = {
                "speaker": row["speaker"].value,
                "stance": row["stance"].value.removeprefix(_NKG),
                "text": row["text"].value,
                "about": [],
            }
            if row["date"] is not None:
                claims[key]["date"] = row["date"].value
            docs[row["g"].value]["claims"].append(claims[key])
        if row["about"] is not None:
            claims[key]["about"].append(row["about"].value)
    out = []
    for graph in sorted(docs):
        if not graph.startswith(GRAPH_PREFIX) or (wanted is not None and graph not in wanted):
            continue
        doc = docs[graph]
        out.append(
            {
                "id": _article_id(graph),
                "entities": list(doc["entities"].values()),
                "relations": doc["relations"],
                "claims": doc["claims"],
            }
        )
    return out
