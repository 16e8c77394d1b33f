"""The knowledge graph as networkx graphs: centrality, communities, drawing.

Analysts ask network questions (who is central, which groups hang together)
that SPARQL answers badly and networkx answers well.  The graph is read with
a few SPARQL queries (articles, entities, then relations or mentions) and
assembled in Python; nothing is queried per entity, so the cost is a handful
of round trips, also against a remote endpoint.  Every pattern names its
GRAPH, so the same code works on the local store (whose default graph is the
union) and on an endpoint whose default graph is empty.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from urllib.parse import unquote

import networkx as nx

from kg.model import ENTITY_TYPES, PREDICATES
from kg.namespaces import NKG
from kg.store import ENTITY_PREFIX, GRAPH_PREFIX

_NKG = str(NKG._NS)

DateLike = str | dt.date

#: One colour per entity type, shared by the matplotlib and the pyvis drawings.
TYPE_COLORS: dict[str, str] = {
    "Person": "#4e79a7",
    "Organization": "#f28e2b",
    "GovernmentAgency": "#e15759",
    "MilitaryUnit": "#76b7b2",
    "Country": "#59a14f",
    "Location": "#edc948",
    "Product": "#b07aa1",
}


@dataclass
class _Entity:
    types: set[str] = field(default_factory=set)
    labels: set[str] = field(default_factory=set)
    graphs: set[str] = field(default_factory=set)


# ------------------------------------------------------------ public API


def to_networkx(
    store,
    *,
    types: Iterable[str] | None = None,
    predicates: Iterable[str] | None = None,
    articles: Iterable[str] | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
) -> nx.MultiDiGraph:
    """Entities as nodes, and one edge per relation per article that states it.

    Nodes are entity IRIs with `label`, `type` (e.g. "Person") and
    `mentions` (how many of the selected articles mention the entity).  Each
    edge is keyed `(predicate, article)` and carries `predicate` (e.g.
    "supplies"), `article` (its id), `evidence` (the sentence it was read
    from; the first one when the article states it twice), `confidence` and
    `published` when known.  Symmetric predicates keep the stored direction.

    `types` keeps entities of those types (and the edges between them);
    `predicates` keeps those relations (all entities stay, some isolated);
    `articles` (ids) and `since`/`until` (inclusive ISO dates; a partial
    date counts as its first day; an article without a date is left out
    once either is given) select the articles whose entities and
    relations are read.
    """
    selection = _select_graphs(store, articles, since, until)
    graph = nx.MultiDiGraph()
    _add_nodes(graph, _entities(store, selection, _types(types)))
    if selection.empty:
        return graph
    preds = _predicates(predicates)
    rows = store.query(
        f"""
        SELECT ?g ?s ?p ?o ?text ?start ?confidence WHERE {{
          {selection.values()}
          VALUES ?p {{ {" ".join(f"<{_NKG}{p}>" for p in preds)} }}
          GRAPH ?g {{
            ?s ?p ?o .
            OPTIONAL {{
              ?f a nkg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
              OPTIONAL {{ ?f nkg:confidence ?confidence }}
              OPTIONAL {{ ?f nkg:evidence ?sentence . ?sentence nkg:text ?text .
                          OPTIONAL {{ ?sentence nkg:startOffset ?start }} }}
            }}
          }}
          FILTER(STRSTARTS(STR(?g), "{GRAPH_PREFIX}"))
        }}
        """
    ).records()
    best: dict[tuple[str, str, str, str], dict] = {}
    for r in rows:
        s, o, g = r["s"], r["o"], r["g"]
        if s not in graph or o not in graph:
            continue
        key = (s, o, r["p"], g)
        start = r["start"] if isinstance(r["start"], int) else None
        old = best.get(key)
        if old is None or (start is not None and (old["_start"] is None or start < old["_start"])):
            best[key] = {"_start": start, "text": r["text"], "confidence": r["confidence"]}
    for (s, o, p, g), found in sorted(best.items()):
        predicate = p[len(_NKG) :]
        article = selection.article_id(g)
        attrs: dict = {"predicate": predicate, "article": article}
        if found["text"] is not None:
            attrs["evidence"] = found["text"]
        if found["confidence"] is not None:
            attrs["confidence"] = found["confidence"]
        if (published := selection.published.get(g)) is not None:
            attrs["published"] = published
        graph.add_edge(s, o, key=(predicate, article), **attrs)
    return graph


def co_mention_graph(
    store,
    *,
    types: Iterable[str] | None = None,
    articles: Iterable[str] | None = None,
    since: DateLike | None = None,
    until: DateLike | None = None,
    min_weight: int = 1,
) -> nx.Graph:
    """Entities linked by the articles that mention both (`?article schema:mentions ?e`).

    Edge `weight` is the number of such articles, `articles` their ids
    (sorted).  Nodes are as in `to_networkx` (same filters); pairs seen in
    fewer than `min_weight` articles get no edge.
    """
    selection = _select_graphs(store, articles, since, until)
    graph = nx.Graph()
    _add_nodes(graph, _entities(store, selection, _types(types)))
    if selection.empty:
        return graph
    rows = store.query(
        f"""
        SELECT DISTINCT ?g ?e WHERE {{
          {selection.values()}
          GRAPH ?g {{ ?a a nkg:Article ; schema:mentions ?e }}
          FILTER(STRSTARTS(STR(?g), "{GRAPH_PREFIX}"))
        }}
        """
    ).records()
    mentioned: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r["e"] in graph:
            mentioned[selection.article_id(r["g"])].add(r["e"])
    together: dict[tuple[str, str], list[str]] = defaultdict(list)
    for article in sorted(mentioned):
        for pair in combinations(sorted(mentioned[article]), 2):
            together[pair].append(article)
    for (a, b), ids in together.items():
        if len(ids) >= min_weight:
            graph.add_edge(a, b, weight=len(ids), articles=ids)
    return graph


def write_html(
    graph: nx.Graph,
    path: str | Path,
    *,
    height: str = "750px",
    labels: Iterable[str] | None = None,
) -> Path:
    """An interactive (pyvis) view of `graph` in one HTML file that needs no network.

    pyvis's `in_line` mode embeds vis-network, but its template still links
    Bootstrap from a CDN for decoration; those links are dropped, so the
    file opens offline (and leaks nothing when opened).  `labels` limits the
    always-visible labels to those nodes (every node still has a tooltip).
    """
    from pyvis.network import Network

    shown = set(graph) if labels is None else set(labels)
    net = Network(
        height=height, width="100%", directed=graph.is_directed(), cdn_resources="in_line"
    )
    degree = dict(graph.degree())
    top = max(degree.values(), default=1) or 1
    for node, data in graph.nodes(data=True):
        label = str(data.get("label", node))
        net.add_node(
            node,
            label=label if node in shown else " ",
            title=f"{label} ({data.get('type', '?')})",
            color=TYPE_COLORS.get(data.get("type", ""), "#bab0ac"),
            size=8 + 22 * degree[node] / top,
        )
    if graph.is_multigraph():
        grouped: dict[tuple, list[str]] = defaultdict(list)
        for u, v, data in graph.edges(data=True):
            grouped[(u, v, data.get("predicate", ""))].append(str(data.get("article", "")))
        for (u, v, predicate), ids in grouped.items():
            net.add_edge(u, v, title=f"{predicate} ({', '.join(sorted(ids))})", label=predicate)
    else:
        for u, v, data in graph.edges(data=True):
            weight = data.get("weight", 1)
            net.add_edge(u, v, value=weight, title=f"{weight} article(s)")
    text = _offline(net.generate_html(notebook=False))
    out = Path(path)
    out.write_text(text, encoding="utf-8")
    return out


# ------------------------------------------------------------ selection


@dataclass
class _Selection:
    """The article graphs a call reads: graph IRI -> article id, and every known date."""

    articles: dict[str, str] = field(default_factory=dict)
    published: dict[str, str] = field(default_factory=dict)
    filtered: bool = False

    def article_id(self, graph_iri: str) -> str:
        return self.articles.get(graph_iri) or unquote(graph_iri[len(GRAPH_PREFIX) :])

    def values(self) -> str:
        """A VALUES clause on ?g when the selection narrows anything, else nothing."""
        return _values("g", self.articles) if self.filtered else ""

    @property
    def empty(self) -> bool:
        return self.filtered and not self.articles


def _select_graphs(store, articles, since, until) -> _Selection:
    rows = store.query(
        f"""
        SELECT ?g (MIN(STR(?date)) AS ?published) WHERE {{
          GRAPH ?g {{ ?a a nkg:Article OPTIONAL {{ ?a schema:datePublished ?date }} }}
          FILTER(STRSTARTS(STR(?g), "{GRAPH_PREFIX}"))
        }} GROUP BY ?g
        """
    ).records()
    wanted = None if articles is None else {str(a) for a in articles}
    lo = None if since is None else _iso(since)
    hi = None if until is None else _iso(until)
    out = _Selection(filtered=wanted is not None or lo is not None or hi is not None)
    for r in rows:
        g, published = r["g"], r["published"]
        article = unquote(g[len(GRAPH_PREFIX) :])
        if published:
            out.published[g] = published
        if wanted is not None and article not in wanted:
            continue
        if lo is not None or hi is not None:
            if not published:
                continue
            day = _iso(published)
            if (lo is not None and day < lo) or (hi is not None and day > hi):
                continue
        out.articles[g] = article
    return out


def _iso(value: DateLike) -> str:
    """A date as `YYYY-MM-DD` (`2024-03` and `2024` as their first day)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if re.fullmatch(r"\d{4}", text):
        return f"{text}-01-01"
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return f"{text}-01"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text[:10]):
        return text[:10]
    raise ValueError(f"not an ISO date: {value!r}")


def _local(name: str) -> str:
    """`Person`, `nkg:Person` or the full IRI -> `Person`."""
    name = str(name)
    if name.startswith(_NKG):
        return name[len(_NKG) :]
    return name.removeprefix("nkg:")


def _types(types: Iterable[str] | None) -> set[str] | None:
    if types is None:
        return None
    out = {_local(t) for t in ([types] if isinstance(types, str) else types)}
    if unknown := out - set(ENTITY_TYPES):
        raise ValueError(f"unknown entity type(s) {sorted(unknown)}; known: {ENTITY_TYPES}")
    return out


def _predicates(predicates: Iterable[str] | None) -> list[str]:
    if predicates is None:
        return list(PREDICATES)
    out = [_local(p) for p in ([predicates] if isinstance(predicates, str) else predicates)]
    if unknown := set(out) - set(PREDICATES):
        raise ValueError(f"unknown predicate(s) {sorted(unknown)}; known: {PREDICATES}")
    return sorted(set(out))


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ {' '.join(f'<{i}>' for i in sorted(iris))} }}"


# ------------------------------------------------------------ nodes


def _entities(store, selection: _Selection, types: set[str] | None) -> dict[str, _Entity]:
    """Every typed entity node of the selected graphs, with its types, labels and graphs."""
    if selection.empty:
        return {}
    rows = store.query(
        f"""
        SELECT ?g ?e ?type ?label WHERE {{
          {selection.values()}
          GRAPH ?g {{ ?e a ?type . OPTIONAL {{ ?e rdfs:label ?label }} }}
          FILTER(STRSTARTS(STR(?e), "{ENTITY_PREFIX}") && STRSTARTS(STR(?type), "{_NKG}"))
          FILTER(STRSTARTS(STR(?g), "{GRAPH_PREFIX}"))
        }}
        """
    ).records()
    found: dict[str, _Entity] = defaultdict(_Entity)
    for r in rows:
        e = found[r["e"]]
        e.types.add(r["type"][len(_NKG) :])
        if r["label"] is not None:
            e.labels.add(r["label"])
        e.graphs.add(r["g"])
    if types is not None:
        found = {k: v for k, v in found.items() if min(v.types) in types}
    return dict(found)


def _add_nodes(graph: nx.Graph, entities: dict[str, _Entity]) -> None:
    # the smallest label is the one the resolver keeps (Store.entity_index)
    for iri in sorted(entities):
        e = entities[iri]
        graph.add_node(
            iri,
            label=min(e.labels) if e.labels else iri[len(ENTITY_PREFIX) :],
            type=min(e.types),
            mentions=len(e.graphs),
        )


# ------------------------------------------------------------ html

_REMOTE_TAG = re.compile(
    r"<script\b[^>]*\bsrc\s*=\s*[\"']https?://[^>]*>\s*</script>"
    r"|<link\b[^>]*\bhref\s*=\s*[\"']https?://[^>]*>",
    re.IGNORECASE,
)


def _offline(text: str) -> str:
    return _REMOTE_TAG.sub("", text)


def has_remote_resources(text: str) -> bool:
    """Whether HTML would fetch a script or stylesheet from the network when opened."""
    return bool(_REMOTE_TAG.search(text))


__all__ = [
    "TYPE_COLORS",
    "co_mention_graph",
    "has_remote_resources",
    "to_networkx",
    "write_html",
]
