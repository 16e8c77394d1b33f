"""The NLP stage: articles in, entities, relations and claims out.

Only this package imports spaCy.  `extract` runs the whole pipeline with
`nlp.pipe` in batches and turns what the components left on each Doc into
kg.model objects, resolving claim dates against the publication date.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice

from kg.model import Article, Extraction
from kg.nlp.convert import claims_from, entities_from, relations_from, to_plain
from kg.nlp.dates import resolve_date
from kg.nlp.pipeline import load_pipeline

__all__ = ["extract", "load_pipeline"]


def extract(
    articles: Iterable[Article], *, batch_size: int = 32, n_process: int = 1
) -> Iterator[Extraction]:
    """One Extraction per article, in input order."""
    nlp = load_pipeline()
    it = iter(articles)
    while True:
        batch = list(islice(it, batch_size))
        if not batch:
            return
        docs = nlp.pipe((a.text for a in batch), batch_size=batch_size, n_process=n_process)
        for article, doc in zip(batch, docs, strict=True):
            data = doc._.kg_output or to_plain([], [], [], [])
            claims = [
                replace(c, date=resolve_date(raw, article.published)) if raw else c
                for c, raw in zip(claims_from(data), data["claim_dates"], strict=True)
            ]
            yield Extraction(
                article=article,
                entities=entities_from(data),
                relations=relations_from(data),
                claims=claims,
            )
