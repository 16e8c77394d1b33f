"""kg: news articles to a validated, queryable RDF knowledge graph.

Everything the `kg` command does is a call a notebook can make too::

    import kg
    summary = kg.build(["articles/"], "store/")
    with kg.open_store("store/") as store:
        store.query("SELECT ?who WHERE { ?c nkg:speaker ?who }").records()
"""

from kg.build import BuildSummary, build, ingest
from kg.errors import KGError
from kg.export import export, facts
from kg.network import co_mention_graph, to_networkx
from kg.query import QueryResult
from kg.store import Store, open_store

__all__ = [
    "BuildSummary",
    "KGError",
    "QueryResult",
    "Store",
    "build",
    "co_mention_graph",
    "to_networkx",
    "ingest",
    "export",
    "facts",
    "open_store",
]
