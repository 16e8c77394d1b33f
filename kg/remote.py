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

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import QueryError, StoreError
from kg.query import QueryResult, declare_prefixes

SELECT_ACCEPT = "application/sparql-results+json"
GRAPH_ACCEPT = "application/n-triples"


class RemoteStore:
    """A store on a SPARQL server: `query_url` for queries, `update_url` for updates."""

    def __init__(self, query_url: str, update_url: str | None = None, *, timeout: float = 120):
        self.query_url = query_url
        self.update_url = update_url or _guess_update_url(query_url)
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
        from kg.store import article_ids_from_graphs

        rows = self.raw_query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return article_ids_from_graphs(r["g"] for r in rows)

    # ------------------------------------------------------------ writing

    def update(self, sparql: str) -> None:
        req = urllib.request.Request(
            self.update_url,
            data=sparql.encode(),
            headers={"Content-Type": "application/sparql-update"},
        )
        self._send(req, StoreError)

    def replace(self, graphs: dict[URIRef, Graph], *, drop=()) -> None:
        from kg.store import replace_update

        if text := replace_update(graphs, drop=drop):
            self.update(text)

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


def _guess_update_url(query_url: str) -> str:
    """Oxigraph and Fuseki serve updates beside queries: /query -> /update."""
    if query_url.rstrip("/").endswith("/query"):
        return query_url.rstrip("/")[: -len("query")] + "update"
    if query_url.rstrip("/").endswith("/sparql"):
        return query_url
    return query_url


def is_endpoint(target: str) -> bool:
    return target.startswith(("http://", "https://"))


def connect(target: str, *, read_only: bool = True):
    """A local store folder or a SPARQL endpoint URL, as one kind of object."""
    from kg.store import Store

    if is_endpoint(str(target)):
        return RemoteStore(str(target))
    return Store(target, read_only=read_only)
