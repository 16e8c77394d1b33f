"""The NLP stage: articles in, entities, relations and claims out.

Only this package imports spaCy.  `extract` runs the whole pipeline with
`nlp.pipe` in batches and turns what the components left on each Doc into
kg.model objects, resolving claim dates and bare head-of-state titles
("President X") against the publication date.

Layout: pipeline.py loads the model and adds the components (components.py);
entities.py finds typed candidate mentions, resolve.py groups them into
entities, relations.py and claims.py read the parse, dates.py resolves
dates, offices.py reads bare head titles, furniture.py skips page
furniture, vocab.py loads kg/data/*.json, gazetteer.py the known names,
lookup.py and convert.py are shared helpers.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import replace

from kg.model import Article, Extraction
from kg.nlp.convert import claims_from, entities_from, relations_from, to_plain
from kg.nlp.dates import resolve_date
from kg.nlp.offices import office_relations
from kg.nlp.pipeline import load_pipeline

__all__ = ["extract", "load_pipeline"]


def extract(
    articles: Iterable[Article], *, batch_size: int = 32, n_process: int = 1
) -> Iterator[Extraction]:
    """One Extraction per article, in input order.

    The texts go through a single `nlp.pipe` stream (batched, optionally in
    several processes, which are started once); articles wait in a queue
    until their Doc comes back, so the input may be any lazy iterable.
    """
    nlp = load_pipeline()
    pending: deque[Article] = deque()

    def texts() -> Iterator[str]:
        for article in articles:
            pending.append(article)
            yield article.text

    for doc in nlp.pipe(texts(), batch_size=batch_size, n_process=n_process):
        article = pending.popleft()
        data = doc._.kg_output or to_plain([], [], [], [])
        claims = [
            replace(c, date=resolve_date(raw, article.published)) if raw else c
            for c, raw in zip(claims_from(data), data["claim_dates"], strict=True)
        ]
        entities, relations = entities_from(data), relations_from(data)
        relations += office_relations(data["heads"], entities, relations, article.published)
        yield Extraction(
            article=article,
            entities=entities,
            relations=relations,
            claims=claims,
            error=data.get("error"),
        )
