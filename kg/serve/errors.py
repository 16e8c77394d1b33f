"""Errors of the SPARQL server, each carrying the HTTP status it is answered with."""

from __future__ import annotations

from kg.errors import KGError, QueryError


class ServeError(KGError):
    """A request the server answers with an error status and a plain-text reason."""

    status = 500


class RefusedQuery(ServeError, QueryError):
    """The request would write, load or reach outside the store: this endpoint is read-only."""

    status = 403


class BadRequest(ServeError, QueryError):
    """The request is malformed (no query, bad parameters, unparseable SPARQL)."""

    status = 400


class QueryTimeout(ServeError, QueryError):
    """The query ran past the time limit and its worker was stopped."""

    status = 503


class ServerBusy(ServeError):
    """Every worker stayed busy for longer than a query may run."""

    status = 503


class NotFound(ServeError):
    """No such page, asset, entity or article."""

    status = 404
