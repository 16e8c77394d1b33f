"""Entities and relations from rules added after reading a ninth set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, names, triples


def test_an_embassy_is_named_with_its_seat(run):
    ex = run(
        "Varnia ordered ten staff of the Norlandic Embassy in Tarsk to leave. Norland "
        "said the Norlandic Embassy would keep working."
    )
    embassy = by_name(ex, "Norlandic Embassy")
    assert embassy.name == "Norlandic Embassy in Tarsk"
    assert embassy.type == "GovernmentAgency"
    assert ("Norlandic Embassy in Tarsk", "locatedIn", "Tarsk") in triples(ex)


def test_a_possessive_embassy_keeps_the_form_the_text_uses(run):
    ex = run("The activist spent four years in Peru's embassy in Tarsk.")
    embassy = by_name(ex, "Peru's embassy in Tarsk")
    assert embassy.name == "Peruvian embassy in Tarsk"
    assert ("Peruvian embassy in Tarsk", "locatedIn", "Tarsk") in triples(ex)


def test_a_court_is_named_with_its_city(run):
    ex = run("The ruling was upheld by the Higher Regional Court in Bramfeld on Monday.")
    assert "Higher Regional Court in Bramfeld" in names(ex)


def test_two_cities_under_one_name_leave_the_name_alone(run):
    ex = run(
        "Protesters gathered outside the Norlandic Embassy in Tarsk. A day later the "
        "Norlandic Embassy in Velm was closed."
    )
    assert not any(n.startswith("Norlandic Embassy in") for n in names(ex))


def test_reporters_listed_with_their_cities_stay_people(run):
    ex = run(
        "Reuters writers Hannah Kessling in Tarsk, Varnia, and Konrad Mielke in Velm "
        "contributed to this report."
    )
    assert by_name(ex, "Konrad Mielke").type == "Person"
    assert ("Konrad Mielke", "locatedIn", "Velm") not in triples(ex)
