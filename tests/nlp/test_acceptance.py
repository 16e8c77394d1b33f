"""Acceptance on a hand-annotated news article read from the shared eval folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from nlp_helpers import by_name

from kg.model import Article
from kg.nlp import extract

SHARED = Path(__file__).resolve().parents[3] / "shared" / "eval"
ARTICLE = SHARED / "dev" / "000-starlink-russia.json"


@pytest.fixture(scope="module")
def ex():
    d = json.loads(ARTICLE.read_text(encoding="utf-8"))
    art = Article(id=d["id"], text=d["text"], title=d["title"], published=d.get("published"))
    return next(extract([art]))


@pytest.mark.parametrize(
    ("name", "typ"),
    [
        ("Elon Musk", "Person"),
        ("SpaceX", "Organization"),
        ("HUR", "GovernmentAgency"),
        ("83rd Assault Brigade", "MilitaryUnit"),
        ("Starlink", "Product"),
    ],
)
def test_one_entity_each_with_type(ex, name, typ):
    matching = [e for e in ex.entities if name.lower() in {n.lower() for n in [e.name, *e.aliases]}]
    assert len(matching) == 1, [e.name for e in matching]
    assert matching[0].type == typ


def test_surname_merged_into_full_name(ex):
    musk = by_name(ex, "Elon Musk")
    assert musk.name == "Elon Musk"
    assert "Musk" in musk.aliases


def test_acronym_description_is_one_entity(ex):
    agency = by_name(ex, "HUR")
    assert agency.name == "HUR"
    assert "military intelligence agency" in [a.lower() for a in agency.aliases]


def test_musk_denies(ex):
    musk = by_name(ex, "Elon Musk")
    assert any(c.speaker == musk.key and c.stance == "denies" for c in ex.claims)


def test_no_supplies_between_spacex_and_russia(ex):
    spacex, russia = by_name(ex, "SpaceX").key, by_name(ex, "Russia").key
    for r in ex.relations:
        if r.predicate == "supplies":
            assert {r.subject, r.object} != {spacex, russia}


def test_mentions_point_into_text(ex):
    for e in ex.entities:
        for m in e.mentions:
            assert ex.article.text[m.start : m.end] == m.text


def test_furniture_ignored(ex):
    names = {n for e in ex.entities for n in [e.name, *e.aliases]}
    assert "New York" not in names
