"""Plain-data form of the stage's results, so Docs survive `nlp.pipe(n_process>1)`.

spaCy ships Docs between processes with msgpack, which only knows plain
dicts, lists, strings and numbers; kg.model dataclasses go through this
module on the way out of the pipeline and back in `extract`.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from kg.model import Claim, ClaimedRelation, Entity, Mention, Relation, Sentence


def to_plain(
    entities: list[Entity],
    relations: list[Relation],
    claims: list[Claim],
    claim_dates: list[str | None],
    *,
    heads: list[dict[str, Any]] | None = None,
    error: str | None = None,
) -> dict[str, Any]:
    return {
        "entities": [asdict(e) for e in entities],
        "relations": [asdict(r) for r in relations],
        "claims": [asdict(c) for c in claims],
        "claim_dates": list(claim_dates),
        "heads": list(heads or []),
        "error": error,
    }


def entities_from(data: dict[str, Any]) -> list[Entity]:
    return [
        Entity(
            key=e["key"],
            name=e["name"],
            type=e["type"],
            mentions=[Mention(**m) for m in e["mentions"]],
            aliases=list(e["aliases"]),
        )
        for e in data["entities"]
    ]


def relations_from(data: dict[str, Any]) -> list[Relation]:
    return [
        Relation(
            subject=r["subject"],
            predicate=r["predicate"],
            object=r["object"],
            evidence=Sentence(**r["evidence"]),
            confidence=r["confidence"],
        )
        for r in data["relations"]
    ]


def claims_from(data: dict[str, Any]) -> list[Claim]:
    return [
        Claim(
            speaker=c["speaker"],
            stance=c["stance"],
            text=c["text"],
            evidence=Sentence(**c["evidence"]),
            about=tuple(c["about"]),
            date=c["date"],
            relation=ClaimedRelation(**c["relation"]) if c["relation"] else None,
            confidence=c["confidence"],
        )
        for c in data["claims"]
    ]
