"""Does building ten articles cost the same whatever the store already holds?

Builds the same ten articles (real NLP, validation and store) into an empty
store and into one that already holds a thousand articles, and prints both
times.  The thousand are the bundled sample's extractions, stored under new
ids with their entity names varied, so the store also holds many distinct
entities (what entity resolution has to look through).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import tempfile
import time
from pathlib import Path

from kg.build import build, ingest
from kg.model import Entity
from kg.nlp import extract
from kg.read import read_inputs

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "articles.jsonl"


def _copies(extractions, n: int):
    """n stored articles made from the sample's extractions, names varied per copy."""
    for i in range(n):
        ex = extractions[i % len(extractions)]
        copy = i // len(extractions)
        art = dataclasses.replace(ex.article, id=f"bench-{i:05d}")
        ents = [
            Entity(e.key, f"{e.name} {copy}" if copy and j % 2 else e.name, e.type, e.mentions)
            for j, e in enumerate(ex.entities)
        ]
        yield dataclasses.replace(ex, article=art, entities=ents)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--existing", type=int, default=1000)
    ap.add_argument("--new", type=int, default=10)
    args = ap.parse_args()

    articles = read_inputs([SAMPLE]).articles
    list(extract(articles[:1]))  # load the model outside the timing
    t = time.perf_counter()
    extractions = list(extract(articles))
    words = sum(len(a.text.split()) for a in articles)
    secs = time.perf_counter() - t
    print(f"NLP stage: {words} words in {secs:.1f} s = {words / secs:,.0f} words/s (one process)")
    ten = articles[: args.new]
    with tempfile.TemporaryDirectory() as tmp:
        new_path = Path(tmp) / "ten.jsonl"
        new_path.write_text(
            "\n".join(
                json.dumps(
                    {
                        "id": f"new-{a.id}",
                        "title": a.title,
                        "published": a.published,
                        "text": a.text,
                    }
                )
                for a in ten
            )
        )
        empty, full = Path(tmp) / "empty", Path(tmp) / "full"
        t = time.perf_counter()
        s = ingest(_copies(extractions, args.existing), full, progress=False)
        print(
            f"filled a store with {args.existing} articles "
            f"({s.store_triples} triples) in {time.perf_counter() - t:.1f} s"
        )
        build([SAMPLE], empty, progress=False)  # warm the model and caches alike
        empty2 = Path(tmp) / "empty2"
        results = {}
        for name, store in (("empty store", empty2), (f"store with {args.existing}", full)):
            t = time.perf_counter()
            build([new_path], store, progress=False)
            results[name] = time.perf_counter() - t
        for name, secs in results.items():
            print(f"build {args.new} articles into {name:>20}: {secs:6.2f} s")
        a, b = results.values()
        print(f"ratio: {b / a:.2f}x")


if __name__ == "__main__":
    main()
