"""Entities and relations from rules added after reading a seventh set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, names, triples


def test_a_company_named_before_its_tower_is_not_the_tower(run):
    ex = run(
        "Vexacorp said it had finished the deal. Both firms are based in Denver, where "
        "Vexacorp Tower dominates the skyline. Vexacorp shares rose 2% on Wednesday."
    )
    assert by_name(ex, "Vexacorp").type == "Organization"
    assert by_name(ex, "Vexacorp Tower").type == "Location"
    assert by_name(ex, "Vexacorp") != by_name(ex, "Vexacorp Tower")


def test_a_paragraph_that_speaks_of_supporting_someone_is_read(run):
    ex = run(
        "Norvik said it was glad to keep supporting the ministry. Ola Berg, a vice president "
        "at Fjordnet, said the firm was proud to have been chosen."
    )
    assert ("Ola Berg", "memberOf", "Fjordnet") in triples(ex)
    assert "Norvik" in names(ex)


def test_every_named_plant_and_the_apposition_are_operated(run):
    ex = run(
        "Voltra Energy operates Norway's only nuclear power station, Zedberg, near the coast, "
        "as well as the new coal-fired Aldo and Brenn plants."
    )
    assert {
        ("Voltra Energy", "operates", "Zedberg"),
        ("Voltra Energy", "operates", "Aldo"),
        ("Voltra Energy", "operates", "Brenn"),
    } <= triples(ex)


def test_a_name_before_van_is_a_vehicle(run):
    ex = run("Inspectors found faults in Renault's Tamber van.")
    assert by_name(ex, "Tamber").type == "Product"
    assert ("Renault", "operates", "Tamber") in triples(ex)
