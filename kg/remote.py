"""A SPARQL 1.1 endpoint used like the local store: for a team's shared server.

Queries go over the SPARQL 1.1 Protocol; writes use SPARQL 1.1 Update, one
request per build, so replace-by-article has the same all-or-nothing
meaning on a server that applies an update request atomically (Oxigraph,
Fuseki, GraphDB and Virtuoso do).  Only the standard library talks HTTP.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import QueryError, StoreError
from kg.mapping import graph_iri
from kg.quarantine import QuarantineFolder, QuarantineRecord
from kg.query import QueryResult, declare_prefixes
from kg.resolve import EntityIndex
from kg.store import article_ids_from_graphs, count_quads, entity_index, replace_update

SELECT_ACCEPT = "application/sparql-results+json"
GRAPH_ACCEPT = "application/n-triples"


class RemoteStore:
    """A store on a SPARQL server: `query_url` for queries, `update_url` for updates."""

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        *,
        store_url: str | None = None,
        quarantine_dir: str | Path = "kg-quarantine",
        timeout: float = 120,
    ):
        self.query_url = query_url
        self.update_url = update_url or _sibling(query_url, "update")
        self.store_url = store_url or _sibling(query_url, "store")
        self.quarantine_folder = QuarantineFolder(Path(quarantine_dir))
        self.timeout = timeout
        self.path = query_url

    # ------------------------------------------------------------ reading

    def raw_query(self, sparql: str):
        body = urllib.parse.urlencode({"query": declare_prefixes(sparql)}).encode()
        req = urllib.request.Request(
            self.query_url,
            data=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": f"{SELECT_ACCEPT}, {GRAPH_ACCEPT};q=0.9",
            },
        )
        data, ctype = self._send(req, QueryError)
        if ctype.startswith("application/sparql-results+json"):
            return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        if ctype.startswith("application/n-triples") or ctype.startswith("text/turtle"):
            fmt = ox.RdfFormat.N_TRIPLES if "n-triples" in ctype else ox.RdfFormat.TURTLE
            return list(ox.parse(data, format=fmt))
        raise QueryError(f"{self.query_url} answered with {ctype!r}, not SPARQL results")

    def query(self, sparql: str) -> QueryResult:
        return QueryResult.from_oxigraph(self.raw_query(sparql))

    def article_ids(self) -> list[str]:
        rows = self.raw_query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return article_ids_from_graphs(r["g"] for r in rows)

    def entity_index(self) -> EntityIndex:
        return entity_index(self.raw_query)

    def article_graph(self, article_id: str) -> Graph:
        """One article's graph, fetched with the Graph Store Protocol."""
        url = f"{self.store_url}?{urllib.parse.urlencode({'graph': str(graph_iri(article_id))})}"
        req = urllib.request.Request(url, headers={"Accept": GRAPH_ACCEPT})
        data, _ = self._send(req, StoreError)
        return Graph().parse(data=data.decode(), format="nt")

    def quads(self) -> Iterator[ox.Quad]:
        for row in self.raw_query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            yield ox.Quad(row["s"], row["p"], row["o"], row["g"])

    def __len__(self) -> int:
        return count_quads(self.raw_query)

    # ------------------------------------------------------------ writing

    def update(self, sparql: str) -> None:
        req = urllib.request.Request(
            self.update_url,
            data=sparql.encode(),
            headers={"Content-Type": "application/sparql-update"},
        )
        self._send(req, StoreError)

    def replace(self, graphs: dict[URIRef, Graph | str], *, drop=()) -> None:
        if text := replace_update(graphs, drop=drop):
            self.update(text)

    def write_quarantine(self, article_id: str, data, report, violations) -> None:
        self.quarantine_folder.write(article_id, data, report, violations)

    def clear_quarantine(self, article_id: str) -> None:
        self.quarantine_folder.clear(article_id)

    def quarantine(self) -> list[QuarantineRecord]:
        return self.quarantine_folder.records()

    # ------------------------------------------------------------ http

    def _send(self, req: urllib.request.Request, error: type[Exception]) -> tuple[bytes, str]:
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read(), resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode(errors="replace").strip()[:500]
            raise error(f"{req.full_url} answered {exc.code}: {detail}") from exc
        except (urllib.error.URLError, OSError) as exc:
            raise error(f"cannot reach {req.full_url}: {exc}") from exc

    def close(self) -> None:
        pass

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _sibling(query_url: str, name: str) -> str:
    """Oxigraph and Fuseki serve /update and /store (Graph Store Protocol) beside /query;
    GraphDB and Virtuoso take updates at the query URL itself."""
    base = query_url.rstrip("/")
    if base.endswith("/query"):
        return base[: -len("query")] + name
    return query_url


def is_endpoint(target: str) -> bool:
    return target.startswith(("http://", "https://"))


def connect(target, *, read_only: bool = True, quarantine_dir: str | Path | None = None):
    """A local store folder or a SPARQL endpoint URL, as one kind of object."""
    from kg.store import Store

    if isinstance(target, Store | RemoteStore):
        return target
    if is_endpoint(str(target)):
        if quarantine_dir is None:
            return RemoteStore(str(target))
        return RemoteStore(str(target), quarantine_dir=quarantine_dir)
    return Store(target, read_only=read_only)
