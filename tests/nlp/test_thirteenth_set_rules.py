"""Entities and relations from rules added after reading a thirteenth set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, triples


def test_a_city_the_text_calls_a_city_is_not_the_region_named_after_it(run):
    ex = run(
        "Drones struck the Sumy region overnight, officials said. "
        "In Sumy, the country's fourth-largest city, Mayor Ivan Dolgov said two people died."
    )
    names = {e.name for e in ex.entities if e.type == "Location"}
    assert {"Sumy", "Sumy region"} <= names
    assert ("Ivan Dolgov", "leads", "Sumy") in triples(ex)


def test_a_bare_name_the_text_never_calls_a_city_is_still_the_region(run):
    ex = run(
        "Drones struck the Sumy region overnight, officials said. "
        "Fighting in Sumy has intensified since May."
    )
    regions = [e for e in ex.entities if "Sumy" in e.name]
    assert len(regions) == 1


def test_an_attack_on_a_region_named_after_a_city_of_a_state_is_on_that_state(run):
    ex = run(
        "A strike hit a market in Sumy, Ukraine's fourth-largest city, on Sunday. "
        "Russian troops launched an offensive in the Sumy region in May."
    )
    assert ("Russian Armed Forces", "inConflictWith", "Ukraine") in triples(ex)


def test_a_capital_is_no_short_name_of_a_market_named_after_it(run):
    ex = run(
        "Shares of Zedair fell 4% on the Bern Exchange on Monday. "
        "Drones flew over Bern later that day."
    )
    assert by_name(ex, "Bern").type == "Location"
    assert by_name(ex, "Bern Exchange").name == "Bern Exchange"
    assert by_name(ex, "Bern") is not by_name(ex, "Bern Exchange")


def test_a_states_embassies_in_two_capitals_are_two_bodies(run):
    ex = run(
        "The Peruvian Embassy in Oslo said it rejected the report. "
        "The Peruvian Embassy in Rome called the accusations baseless."
    )
    embassies = {e.name for e in ex.entities if "Embassy" in e.name}
    assert embassies == {"Peruvian Embassy in Oslo", "Peruvian Embassy in Rome"}
    assert ("Peruvian Embassy in Rome", "locatedIn", "Rome") in triples(ex)
