"""The on-disk graph store: an embedded Oxigraph database plus a quarantine folder.

Oxigraph gives fast SPARQL and atomic updates; each article lives in its
own named graph, and a build replaces all of its articles' graphs in one
SPARQL update, so a failed or interrupted build leaves the store as it
was.  The default graph is kept as the union of the graphs (a set), which
is what queries without GRAPH see.
Statements that failed validation are kept beside the database, never
inside it, so that no analyst query can see them by accident.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import QueryError, StoreError
from kg.mapping import graph_iri
from kg.namespaces import DATA_BASE, NKG, PREFIXES
from kg.quarantine import QuarantineFolder, QuarantineRecord
from kg.resolve import EntityIndex, Node

DB_DIR = "oxigraph"
QUARANTINE_DIR = "quarantine"
GENERATION_FILE = "generation"  # rewritten after every committed build, for readers to notice
GRAPH_PREFIX = DATA_BASE + "graph/"
ENTITY_PREFIX = DATA_BASE + "entity/"


class Store:
    """A knowledge-graph store in a folder.

    Open read-write for building (one process at a time) or read-only for
    querying and exporting (any number, also while nothing writes).
    """

    def __init__(self, path: str | Path, *, read_only: bool = False, create: bool = True):
        self.path = Path(path)
        self.read_only = read_only
        db = self.path / DB_DIR
        try:
            if read_only:
                if not db.is_dir():
                    raise StoreError(f"no store at {self.path} (build one with `kg build`)")
                self._db = ox.Store.read_only(str(db))
            else:
                if not create and not db.is_dir():
                    raise StoreError(f"no store at {self.path}")
                self.path.mkdir(parents=True, exist_ok=True)
                self._db = ox.Store(str(db))
        except OSError as exc:
            raise StoreError(f"cannot open store at {self.path}: {exc}") from exc

    # ------------------------------------------------------------ reading

    def raw_query(self, sparql: str):
        """Run SPARQL; the default graph holds the union of all graphs, as a set."""
        try:
            return self._db.query(sparql, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {exc}") from exc
        except (OSError, ValueError, RuntimeError) as exc:
            raise QueryError(f"query failed: {exc}") from exc

    def query(self, sparql: str):
        """Run SPARQL and return a kg.query.QueryResult (rows, table, csv, json)."""
        from kg.query import QueryResult

        return QueryResult.from_oxigraph(self.raw_query(sparql))

    def article_ids(self) -> list[str]:
        from urllib.parse import unquote

        return sorted(
            unquote(g.value[len(GRAPH_PREFIX) :])
            for g in self._db.named_graphs()
            if isinstance(g, ox.NamedNode) and g.value.startswith(GRAPH_PREFIX)
        )

    def article_graph(self, article_id: str) -> Graph:
        """One article's named graph as an rdflib Graph (for validation and notebooks)."""
        data = self._db.dump(
            format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(str(graph_iri(article_id)))
        )
        return Graph().parse(data=data.decode(), format="nt")

    def __len__(self) -> int:
        """Quads in the named graphs (the default graph repeats them)."""
        return count_quads(self._db.query)

    def quads(self, *, include_default: bool = False) -> Iterator[ox.Quad]:
        """The quads of the named graphs (the default graph only repeats them, as a set)."""
        for q in self._db:
            if include_default or not isinstance(q.graph_name, ox.DefaultGraph):
                yield q

    def entity_index(self) -> EntityIndex:
        """The names of every stored entity node, for resolving new articles against."""
        return entity_index(self.raw_query)

    # ------------------------------------------------------------ writing

    def replace(self, graphs: dict[URIRef, Graph | str], *, drop: Iterable[URIRef] = ()) -> None:
        """Replace the named graphs given (and drop those in `drop`) in one atomic update.

        A graph may be given as an rdflib Graph or already as N-Triples text.
        """
        self._require_writable()
        text = replace_update(graphs, drop=drop)
        if not text:
            return
        try:
            self._db.update(text)
            self._db.flush()
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"could not write to the store at {self.path}: {exc}") from exc
        (self.path / GENERATION_FILE).write_text(f"{time.time_ns()}\n")

    def _require_writable(self) -> None:
        if self.read_only:
            raise StoreError(f"the store at {self.path} is open read-only")

    # ------------------------------------------------------------ quarantine

    @property
    def quarantine_folder(self) -> QuarantineFolder:
        return QuarantineFolder(self.path / QUARANTINE_DIR)

    def write_quarantine(
        self, article_id: str, data: Graph, report: Graph, violations: list[dict[str, str]]
    ) -> None:
        self._require_writable()
        self.quarantine_folder.write(article_id, data, report, violations)

    def clear_quarantine(self, article_id: str) -> None:
        self._require_writable()
        self.quarantine_folder.clear(article_id)

    def quarantine(self) -> list[QuarantineRecord]:
        return self.quarantine_folder.records()

    # ------------------------------------------------------------ export

    def dump(self, output, fmt: ox.RdfFormat, *, graph: URIRef | None = None) -> bytes | None:
        """Write one named graph, or (graph=None) the default graph: the union of all.

        With output None, return the bytes.
        """
        source = ox.NamedNode(str(graph)) if graph is not None else ox.DefaultGraph()
        return self._db.dump(output, fmt, from_graph=source, prefixes=PREFIXES)

    def close(self) -> None:
        if not self.read_only:
            self._db.flush()
        del self._db

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


ENTITY_NAMES_QUERY = f"""
SELECT ?e ?type ?label (GROUP_CONCAT(DISTINCT ?alt; SEPARATOR="\\u001f") AS ?alts)
WHERE {{
  GRAPH ?g {{ ?e a ?type ; rdfs:label ?label . OPTIONAL {{ ?e skos:altLabel ?alt }} }}
  FILTER(STRSTARTS(STR(?e), "{ENTITY_PREFIX}"))
  FILTER(STRSTARTS(STR(?type), "{NKG._NS}"))
}}
GROUP BY ?e ?type ?label ORDER BY ?e ?label
"""


COUNT_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def generation(store_dir: str | Path) -> str:
    """What a reader compares to see that a build has changed the store since it opened it."""
    try:
        return (Path(store_dir) / GENERATION_FILE).read_text().strip()
    except OSError:
        return ""


def count_quads(run_query) -> int:
    return int(next(iter(run_query(COUNT_QUERY)))["n"].value)


def entity_index(run_query) -> EntityIndex:
    """Read the names of all entity nodes through a query function (local or remote)."""
    index = EntityIndex()
    first_label: dict[str, str] = {}
    for row in run_query(ENTITY_NAMES_QUERY):
        local = row["e"].value[len(ENTITY_PREFIX) :]
        etype = row["type"].value.rsplit("#", 1)[-1]
        label = first_label.setdefault(local, row["label"].value)
        alts = row["alts"].value.split("\x1f") if row["alts"] is not None else []
        index.add(Node(local=local, label=label, type=etype), [row["label"].value, *alts])
    return index


def ntriples(graph: Graph) -> str:
    """A graph as N-Triples text: compact to stage, and what an update embeds."""
    try:
        return graph.serialize(format="nt")
    except Exception as exc:  # rdflib refuses terms it cannot write
        raise StoreError(f"cannot write these statements: {exc}") from exc


def replace_update(graphs: dict[URIRef, Graph | str], *, drop: Iterable[URIRef] = ()) -> str:
    """One SPARQL update that replaces the given named graphs and drops others.

    The default graph is kept equal to the union of the named graphs, as a
    set: a triple that several articles state is there once, so analysts'
    queries count it once.  (A union-default-graph query mode would repeat
    it once per article.)  First every replaced graph's triples that no
    other graph holds leave the default graph and the graph is dropped;
    then the new graphs are written, to their names and to the default graph.
    """
    bodies = {iri: g if isinstance(g, str) else ntriples(g) for iri, g in graphs.items()}
    parts = []
    for iri in sorted({*graphs, *drop}, key=str):
        parts.append(
            f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != <{iri}>) }} }}"
        )
        parts.append(f"DROP SILENT GRAPH <{iri}>")
    for iri in sorted(graphs, key=str):
        if bodies[iri].strip():
            parts.append(f"INSERT DATA {{ GRAPH <{iri}> {{\n{bodies[iri]}\n}} }}")
            parts.append(f"INSERT DATA {{\n{bodies[iri]}\n}}")
    return " ;\n".join(parts)


def article_ids_from_graphs(graphs: Iterable) -> list[str]:
    """Article ids from the names of the graphs that hold them."""
    from urllib.parse import unquote

    return sorted(
        unquote(g.value[len(GRAPH_PREFIX) :])
        for g in graphs
        if isinstance(g, ox.NamedNode) and g.value.startswith(GRAPH_PREFIX)
    )


def open_store(path: str | Path, *, read_only: bool = True) -> Store:
    """Open a store folder; read-only by default, as analysts and notebooks need."""
    return Store(path, read_only=read_only)


__all__ = ["Store", "QuarantineRecord", "open_store", "QueryError"]
