"""Which serialization a client gets: content negotiation on the `Accept` header.

SPARQL results (SELECT, ASK) and RDF graphs (CONSTRUCT, DESCRIBE) have
different formats, and which family applies is only known once the query
has been parsed, so negotiation is a pure function the worker calls after
running the query.  The first format of each family is the default, given
to a client that sends no `Accept` header or accepts anything.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class Format:
    """One serialization: the media type we answer with and the others that select it."""

    name: str
    media_type: str
    aliases: tuple[str, ...] = ()

    @property
    def content_type(self) -> str:
        return f"{self.media_type}; charset=utf-8"


RESULT_FORMATS: tuple[Format, ...] = (
    Format("json", "application/sparql-results+json", ("application/json", "text/javascript")),
    Format("xml", "application/sparql-results+xml", ("application/xml", "text/xml")),
    Format("csv", "text/csv"),
    Format("tsv", "text/tab-separated-values"),
)
GRAPH_FORMATS: tuple[Format, ...] = (
    Format("turtle", "text/turtle", ("application/turtle", "application/x-turtle")),
    Format("ntriples", "application/n-triples", ("text/plain",)),
    Format("jsonld", "application/ld+json", ("application/json", "application/x-json+ld")),
    Format("rdfxml", "application/rdf+xml", ("application/xml", "text/xml")),
)

RESULTS_WRITER = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_WRITER = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


def _ranges(accept: str) -> list[tuple[str, float]]:
    """The media ranges of an Accept header with their quality (q) values."""
    ranges = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            key, _, value = f.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges


def _quality(media_type: str, ranges: list[tuple[str, float]], *, wildcards: bool) -> float:
    """The q of the most specific range matching a media type (0 when none does).

    Aliases match only when named exactly: `text/*` means CSV, not the
    `text/xml` spelling of the XML results format.
    """
    major = media_type.split("/", 1)[0]
    best: tuple[int, float] = (-1, 0.0)
    for media, q in ranges:
        if media == media_type:
            specificity = 2
        elif wildcards and media == f"{major}/*":
            specificity = 1
        elif wildcards and media in ("*/*", "*"):
            specificity = 0
        else:
            continue
        if specificity > best[0]:
            best = (specificity, q)
    return best[1]


def negotiate(accept: str | None, graph: bool) -> Format | None:
    """The format to answer with, or None when the client accepts none we write (406)."""
    offered = GRAPH_FORMATS if graph else RESULT_FORMATS
    if not accept or not accept.strip():
        return offered[0]
    ranges = _ranges(accept)
    best: tuple[float, int, Format] | None = None
    for rank, fmt in enumerate(offered):
        q = max(
            [
                _quality(fmt.media_type, ranges, wildcards=True),
                *(_quality(a, ranges, wildcards=False) for a in fmt.aliases),
            ]
        )
        if q > 0 and (best is None or (q, -rank) > (best[0], best[1])):
            best = (q, -rank, fmt)
    return best[2] if best else None


def offered_media_types(graph: bool) -> str:
    """The media types a 406 answer lists."""
    return ", ".join(f.media_type for f in (GRAPH_FORMATS if graph else RESULT_FORMATS))
