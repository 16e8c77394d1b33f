"""The main job: articles in, a validated graph in the store, a summary out.

Stages run in one direction (read -> NLP -> resolve -> map -> validate ->
store), each handing plain objects to the next.  Everything an article
produces is staged in memory and written in one atomic update at the end,
so an interrupted or failed run leaves the store as it was; rebuilding an
article replaces its named graph, so runs can be repeated in any order.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef
from tqdm import tqdm

from kg.mapping import ONTOLOGY_GRAPH, graph_iri, to_rdf
from kg.model import Article, Extraction, ReadProblem
from kg.read import read_inputs
from kg.remote import RemoteStore, connect
from kg.resolve import resolve
from kg.store import Store, ntriples
from kg.validate import describe, ontology_graph, validate_article


@dataclass
class ArticleReport:
    """What became of one article."""

    id: str
    origin: str
    entities: int
    relations: int
    claims: int
    triples: int
    quarantined_triples: int = 0
    violations: list[dict[str, str]] = field(default_factory=list)


@dataclass
class BuildSummary:
    """The end-of-build account an analyst reads."""

    store: str
    articles: list[ArticleReport] = field(default_factory=list)
    skipped: list[ReadProblem] = field(default_factory=list)
    seconds: float = 0.0
    store_triples: int = 0

    @property
    def ok(self) -> bool:
        return not self.skipped

    @property
    def entities(self) -> int:
        return sum(a.entities for a in self.articles)

    @property
    def relations(self) -> int:
        return sum(a.relations for a in self.articles)

    @property
    def claims(self) -> int:
        return sum(a.claims for a in self.articles)

    @property
    def triples(self) -> int:
        return sum(a.triples for a in self.articles)

    @property
    def quarantined(self) -> list[ArticleReport]:
        return [a for a in self.articles if a.violations]

    def text(self) -> str:
        lines = [
            f"Store: {self.store}",
            f"Articles read: {len(self.articles) + len(self.skipped)}, "
            f"stored: {len(self.articles)}, skipped: {len(self.skipped)}",
        ]
        for p in self.skipped:
            lines.append(f"  skipped {p.origin}: {p.reason}")
        lines.append(
            f"Entities: {self.entities}, relations: {self.relations}, claims: {self.claims}, "
            f"triples written: {self.triples} (store now holds {self.store_triples})"
        )
        q = self.quarantined
        lines.append(
            f"Validation: {len(q)} article(s) with statements quarantined"
            + (f" ({sum(a.quarantined_triples for a in q)} triples)" if q else "")
        )
        for a in q:
            for v in a.violations[:5]:
                lines.append(f"  {a.id}: {v['label']}: {v['rule']}")
            if len(a.violations) > 5:
                lines.append(f"  {a.id}: ... and {len(a.violations) - 5} more")
        lines.append(f"Time: {self.seconds:.1f} s")
        return "\n".join(lines)


def _dedupe(articles: list[Article], problems: list[ReadProblem]) -> list[Article]:
    """Keep the last article of each id, and say which earlier ones it replaced."""
    last: dict[str, Article] = {}
    for a in articles:
        if a.id in last:
            problems.append(
                ReadProblem(
                    last[a.id].origin,
                    f"duplicate article id {a.id!r}; the later one in {a.origin} is used",
                )
            )
        last[a.id] = a
    return list(last.values())


def build(
    inputs: Iterable[str | Path],
    store: str | Path | Store,
    *,
    progress: bool | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    quarantine_dir: str | Path | None = None,
) -> BuildSummary:
    """Build (or extend) a store from article files and folders.

    `store` is a store folder, a SPARQL endpoint URL (a team's shared server;
    `quarantine_dir` then says where set-aside statements go), or an open store.
    """
    from kg.nlp import extract  # spaCy loads only when a build needs it

    started = time.perf_counter()
    result = read_inputs(inputs)
    problems = list(result.problems)
    articles = _dedupe(result.articles, problems)
    extractions = extract(articles, batch_size=batch_size, n_process=n_process)
    summary = ingest(
        extractions, store, progress=progress, total=len(articles), quarantine_dir=quarantine_dir
    )
    summary.skipped = problems + summary.skipped
    summary.seconds = time.perf_counter() - started
    return summary


def ingest(
    extractions: Iterable[Extraction],
    store: str | Path | Store,
    *,
    progress: bool | None = None,
    total: int | None = None,
    quarantine_dir: str | Path | None = None,
) -> BuildSummary:
    """Resolve, map, validate and store extractions: the build after the NLP stage.

    Public so that extractions made elsewhere (another NLP system, or by
    hand in a notebook) go through the same validation and store.
    """
    started = time.perf_counter()
    own_store = not isinstance(store, Store | RemoteStore)
    db = connect(store, read_only=False, quarantine_dir=quarantine_dir) if own_store else store
    try:
        summary = BuildSummary(store=str(db.path))
        index = db.entity_index()
        staged: dict[URIRef, str] = {}  # N-Triples: a fraction of an rdflib Graph's memory
        quarantine: dict[str, tuple[Graph, Graph, list[dict[str, str]]]] = {}
        bar = tqdm(total=total, desc="articles", unit="art", disable=_no_bar(progress, total))
        for extraction in extractions:
            art = extraction.article
            if extraction.error:
                summary.skipped.append(
                    ReadProblem(art.origin or art.id, f"article {art.id!r}: {extraction.error}")
                )
                bar.update(1)
                continue
            graph = to_rdf(extraction, resolve(extraction, index))
            outcome = validate_article(graph)
            staged[graph_iri(art.id)] = ntriples(outcome.kept)
            violations = [describe(v, graph) for v in outcome.violations]
            if violations:
                quarantine[art.id] = (outcome.quarantined, outcome.report, violations)
            summary.articles.append(
                ArticleReport(
                    id=art.id,
                    origin=art.origin,
                    entities=len(extraction.entities),
                    relations=len(extraction.relations),
                    claims=len(extraction.claims),
                    triples=len(outcome.kept),
                    quarantined_triples=len(outcome.quarantined),
                    violations=violations,
                )
            )
            bar.update(1)
        bar.close()

        if staged:
            staged[ONTOLOGY_GRAPH] = ntriples(ontology_graph())
            db.replace(staged)
            for a in summary.articles:
                if a.violations:
                    db.write_quarantine(a.id, *quarantine[a.id])
                else:
                    db.clear_quarantine(a.id)
        summary.store_triples = len(db)
        summary.seconds = time.perf_counter() - started
        return summary
    finally:
        if own_store:
            db.close()


def _no_bar(progress: bool | None, total: int | None) -> bool | None:
    if progress is None:
        return None if (total or 0) >= 20 else True
    return not progress
