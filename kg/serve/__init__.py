"""`kg serve`: a read-only SPARQL 1.1 endpoint and a browser UI over a store.

`/sparql` speaks the SPARQL 1.1 Protocol (queries only; updates, LOAD and
SERVICE are refused); `/` is a query page with the saved questions;
`/entity?iri=` and `/article?id=` are pages to browse the graph.  Queries
run in worker processes so each can be stopped at its time limit.
"""

from kg.serve.server import KGServer, make_server, serve

__all__ = ["KGServer", "make_server", "serve"]
