"""Running one query inside a worker process and turning its result into response bytes.

Everything here runs in the worker, where a slow query may be killed at
any moment: the result is iterated, capped and serialized here, so the
time limit covers the whole job and the server process only passes bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import islice

import pyoxigraph as ox

from kg.namespaces import PREFIXES
from kg.serve.formats import GRAPH_WRITER, RESULTS_WRITER, negotiate, offered_media_types

TEXT = "text/plain; charset=utf-8"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
# kgid: would only shorten IRIs to names with escaped slashes (kgid:article\/x); leave it out
_GRAPH_PREFIXES = {p: ns for p, ns in PREFIXES.items() if p != "kgid"}


@dataclass(frozen=True)
class QueryJob:
    """What a worker is asked: the query, the client's Accept header, the row cap, the dataset."""

    sparql: str
    accept: str | None = None
    max_rows: int = 10_000
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class QueryReply:
    """A worker's answer: an HTTP status, a content type, the body, whether rows were cut."""

    status: int
    content_type: str
    body: bytes
    truncated: bool = False
    headers: dict[str, str] = field(default_factory=dict)


def error_reply(status: int, message: str) -> QueryReply:
    return QueryReply(status, TEXT, (message.rstrip("\n") + "\n").encode())


def run_job(store: ox.Store, job: QueryJob) -> QueryReply:
    """Run a query with the project's prefixes.

    The store's default graph already holds the union of the article graphs
    (as a set), so a query without GRAPH sees everything, each triple once.
    """
    kwargs: dict = {"prefixes": PREFIXES}
    if job.default_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
    if job.named_graphs:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    try:
        result = store.query(job.sparql, **kwargs)
        return _serialize(result, job)
    except SyntaxError as exc:
        return error_reply(400, f"malformed query: {exc}")
    except (ValueError, RuntimeError, TypeError) as exc:
        return error_reply(400, f"query failed: {exc}")
    except OSError as exc:
        return error_reply(500, f"query failed reading the store: {exc}")


def _serialize(result, job: QueryJob) -> QueryReply:
    graph = not isinstance(result, ox.QuerySolutions | ox.QueryBoolean)
    fmt = negotiate(job.accept, graph=graph)
    if fmt is None:
        return error_reply(
            406, f"cannot answer in {job.accept}; this result can be: {offered_media_types(graph)}"
        )
    if isinstance(result, ox.QueryBoolean):
        return QueryReply(200, fmt.content_type, result.serialize(format=RESULTS_WRITER[fmt.name]))
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = list(islice(result, job.max_rows + 1))
        truncated = len(rows) > job.max_rows
        doc = solutions_json(names, rows[: job.max_rows])
        body = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()
        if fmt.name != "json":
            parsed = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
            body = parsed.serialize(format=RESULTS_WRITER[fmt.name])
        return QueryReply(200, fmt.content_type, body, truncated)
    triples = list(islice(result, job.max_rows + 1))
    truncated = len(triples) > job.max_rows
    body = ox.serialize(
        triples[: job.max_rows], format=GRAPH_WRITER[fmt.name], prefixes=_GRAPH_PREFIXES
    )
    return QueryReply(200, fmt.content_type, body, truncated)


def solutions_json(names: list[str], rows: list[ox.QuerySolution]) -> dict:
    """SPARQL 1.1 Query Results JSON for the given rows (the standard, written by hand)."""
    bindings = []
    for row in rows:
        b = {}
        for name in names:
            term = row[name]
            if term is not None:
                b[name] = term_json(term)
        bindings.append(b)
    return {"head": {"vars": names}, "results": {"bindings": bindings}}


def term_json(term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": term_json(term.subject),
                "predicate": term_json(term.predicate),
                "object": term_json(term.object),
            },
        }
    lit: dict = {"type": "literal", "value": term.value}
    if term.language:
        lit["xml:lang"] = term.language
    elif term.datatype.value not in (_XSD_STRING, _RDF_LANG_STRING):
        lit["datatype"] = term.datatype.value
    return lit
