"""Generic forces kept only when the article says something about them."""

from __future__ import annotations

from kg.model import Claim, ClaimedRelation, Entity, Mention, Relation, Sentence
from kg.nlp.background import drop_background_forces
from kg.nlp.vocab import get_vocab

TEXT = "Russian forces pressed on. Russia said the Zed-9 works."
SENT = Sentence(0, len(TEXT), TEXT)


def _entities() -> list[Entity]:
    return [
        Entity("f", "Russian Armed Forces", "MilitaryUnit", [Mention("Russian forces", 0, 14)]),
        Entity("r", "Russia", "Country", [Mention("Russia", 27, 33)]),
        Entity("z", "Zed-9", "Product", [Mention("Zed-9", 38, 43)]),
    ]


def test_forces_only_placed_in_their_country_are_dropped_with_that_relation():
    relations = [Relation("f", "country", "r", SENT)]
    claims = [Claim("r", "asserts", "the Zed-9 works", SENT, about=("f", "z"))]
    entities, relations, claims = drop_background_forces(
        _entities(), relations, claims, get_vocab()
    )
    assert [e.key for e in entities] == ["r", "z"]
    assert relations == []
    assert claims[0].about == ("z",)


def test_forces_that_use_something_stay():
    relations = [Relation("f", "country", "r", SENT), Relation("f", "uses", "z", SENT)]
    entities, kept, _ = drop_background_forces(_entities(), relations, [], get_vocab())
    assert {e.key for e in entities} == {"f", "r", "z"}
    assert kept == relations


def test_forces_a_claim_is_about_as_its_relation_stay():
    claim = Claim(
        "r", "denies", "...", SENT, relation=ClaimedRelation("f", "uses", "z"), about=("f",)
    )
    entities, _, _ = drop_background_forces(_entities(), [], [claim], get_vocab())
    assert "f" in {e.key for e in entities}


def test_a_named_force_stays_though_nothing_is_said_about_it():
    named = Entity("a", "Armed Forces of Norland", "MilitaryUnit", [Mention("Norland Army", 0, 12)])
    entities, _, _ = drop_background_forces([named], [], [], get_vocab())
    assert entities == [named]
