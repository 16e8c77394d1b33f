"""Shared fixtures: a small hand-made extraction, so that the RDF, validation and
store stages are tested without the NLP stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import (
    Article,
    Claim,
    ClaimedRelation,
    Entity,
    Extraction,
    Mention,
    Relation,
    Sentence,
)

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"
ROOT = Path(__file__).resolve().parents[1]

TEXT = (
    "Acme Corp. chief executive Jane Doe said on March 3 that the company never sold "
    "drones to Freedonia. Acme Corp. operates the Skyhawk drone. "
    "Freedonia's Coastal Brigade is based in Port Vale."
)


def _sent(text: str, start_word: str, end_word: str) -> Sentence:
    start = text.index(start_word)
    end = text.index(end_word, start) + len(end_word)
    return Sentence(start=start, end=end, text=text[start:end])


def _m(text: str, needle: str, nth: int = 0) -> Mention:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return Mention(needle, pos, pos + len(needle))


@pytest.fixture
def extraction() -> Extraction:
    art = Article(
        id="test-acme-1",
        text=TEXT,
        title="Acme denies drone sales",
        published="2024-03-05",
        url="https://news.example/acme",
        source="Example News",
    )
    s1 = _sent(TEXT, "Acme Corp. chief", "Freedonia.")
    s2 = _sent(TEXT, "Acme Corp. operates", "drone.")
    s3 = _sent(TEXT, "Freedonia's Coastal", "Port Vale.")
    ents = [
        Entity("e1", "Jane Doe", "Person", [_m(TEXT, "Jane Doe")]),
        Entity(
            "e2", "Acme Corp.", "Organization", [_m(TEXT, "Acme Corp."), _m(TEXT, "Acme Corp.", 1)]
        ),
        Entity("e3", "Freedonia", "Country", [_m(TEXT, "Freedonia")]),
        Entity("e4", "Skyhawk", "Product", [_m(TEXT, "Skyhawk")], aliases=["Skyhawk drone"]),
        Entity("e5", "Coastal Brigade", "MilitaryUnit", [_m(TEXT, "Coastal Brigade")]),
        Entity("e6", "Port Vale", "Location", [_m(TEXT, "Port Vale")]),
    ]
    rels = [
        Relation("e1", "leads", "e2", s1, 0.9),
        Relation("e2", "operates", "e4", s2, 0.8),
        Relation("e5", "country", "e3", s3, 0.9),
        Relation("e5", "locatedIn", "e6", s3, 0.8),
    ]
    claims = [
        Claim(
            speaker="e1",
            stance="denies",
            text="the company never sold drones to Freedonia",
            evidence=s1,
            about=("e2", "e3"),
            date="2024-03-03",
            relation=ClaimedRelation("e2", "supplies", "e3"),
            confidence=0.8,
        )
    ]
    return Extraction(article=art, entities=ents, relations=rels, claims=claims)
