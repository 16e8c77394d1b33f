"""The SPARQL 1.1 Protocol, query operation only: from an HTTP request to a QueryJob.

Three ways to send a query are accepted: GET with `?query=`, POST with a
form-encoded `query=`, and POST with an `application/sparql-query` body;
`default-graph-uri` and `named-graph-uri` set the dataset.  Anything
that would write (an `update=` field, an `application/sparql-update`
body, update text sent as a query) or reach outside the store (LOAD,
SERVICE) is refused with 403 before any worker sees it.
"""

from __future__ import annotations

from urllib.parse import parse_qs

from kg.serve.errors import BadRequest, RefusedQuery
from kg.serve.execute import QueryJob
from kg.serve.guard import check_query
from kg.serve.lookups import checked_iri

MAX_BODY = 1 << 20  # 1 MiB of query text is plenty
FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"


def _decode(body: bytes, what: str) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadRequest(f"the {what} is not UTF-8: {exc}") from exc


def _one(params: dict[str, list[str]], name: str) -> str | None:
    values = params.get(name, [])
    if len(values) > 1:
        raise BadRequest(f"give `{name}` once, not {len(values)} times")
    return values[0] if values else None


def parse_request(
    method: str,
    query_string: str,
    content_type: str | None,
    body: bytes,
    accept: str | None,
    max_rows: int,
) -> QueryJob:
    """The QueryJob a protocol request asks for; BadRequest or RefusedQuery otherwise."""
    params = parse_qs(query_string, keep_blank_values=True)
    media = (content_type or "").split(";", 1)[0].strip().lower()
    sparql: str | None
    if method == "GET":
        sparql = _one(params, "query")
    elif method == "POST":
        if media == SPARQL_UPDATE:
            raise RefusedQuery("SPARQL Update is not allowed: this endpoint is read-only")
        if media == FORM:
            form = parse_qs(_decode(body, "form"), keep_blank_values=True)
            if "update" in form or "update" in params:
                raise RefusedQuery("SPARQL Update is not allowed: this endpoint is read-only")
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
            sparql = _one(params, "query")
        elif media == SPARQL_QUERY:
            if "query" in params:
                raise BadRequest("the query is in the body; do not also give ?query=")
            sparql = _decode(body, "query")
        else:
            raise BadRequest(
                f"POST a query as {FORM} (query=...) or as {SPARQL_QUERY}, not {media or 'nothing'}"
            )
    else:
        raise BadRequest(f"method {method} is not supported; use GET or POST")
    if "update" in params:
        raise RefusedQuery("SPARQL Update is not allowed: this endpoint is read-only")
    if sparql is None or not sparql.strip():
        raise BadRequest("no query given (send it as `query=` or an application/sparql-query body)")
    check_query(sparql)
    return QueryJob(
        sparql=sparql,
        accept=accept,
        max_rows=max_rows,
        default_graphs=tuple(checked_iri(g) for g in params.get("default-graph-uri", [])),
        named_graphs=tuple(checked_iri(g) for g in params.get("named-graph-uri", [])),
    )
