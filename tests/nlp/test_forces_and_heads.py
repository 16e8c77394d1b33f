"""State forces named by a possessive, and the bodies people head, from rules added
after reading a sixth set of unseen news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

import pytest
from nlp_helpers import by_name, triples


def test_a_possessive_force_names_its_state_too(run):
    ex = run("The plot involved Chile's military and two foreign banks.")
    assert by_name(ex, "Chile").type == "Country"
    force = by_name(ex, "Chile's military")
    assert force.type == "MilitaryUnit"
    assert (force.name, "country", "Chile") in triples(ex)


RELATIONS = [
    (
        "Costa Rica voted. Costa Rican President Jana Ortiz said the count was fair.",
        ("Jana Ortiz", "leads", "Costa Rica"),
    ),
    (
        "Jan Berg, who was Norvik Energy's CEO, has joined Fjordgas.",
        ("Jan Berg", "leads", "Norvik Energy"),
    ),
    (
        "Jan Berg, who is the chief executive of Norvik Energy, said output rose.",
        ("Jan Berg", "leads", "Norvik Energy"),
    ),
    (
        "Jan Berg, who was appointed finance chief in May and runs Norvik Energy, was seen "
        "as a candidate.",
        ("Jan Berg", "leads", "Norvik Energy"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), RELATIONS)
def test_relation(run, text, triple):
    assert triple in triples(run(text))
