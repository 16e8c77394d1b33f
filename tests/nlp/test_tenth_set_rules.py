"""Entities and relations from rules added after reading a tenth set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, triples


def test_accords_signed_by_an_agency_with_firms_bind_it_to_each(run):
    ex = run(
        "The accords, signed on Monday by Chile's Defence Procurement Office with Brixco "
        "Motors and Velmar Aerospace, cover 300 trucks and 12 trainer jets."
    )
    office = by_name(ex, "Defence Procurement Office").name
    assert (office, "contractWith", "Brixco Motors") in triples(ex)
    assert (office, "contractWith", "Velmar Aerospace") in triples(ex)


def test_a_pact_signed_by_a_ministry_and_carriers_binds_the_ministry_to_each(run):
    ex = run(
        "Under a pact signed by Chile's Transport Ministry and the carriers Andes Wireless "
        "and Pacifica Telecom, old radio gear must be removed by 2029."
    )
    ministry = by_name(ex, "Transport Ministry").name
    assert (ministry, "contractWith", "Andes Wireless") in triples(ex)
    assert (ministry, "contractWith", "Pacifica Telecom") in triples(ex)
    assert ("Andes Wireless", "contractWith", "Pacifica Telecom") not in triples(ex)


def test_launches_booked_with_providers_are_contracts(run):
    ex = run(
        "To fill its network fast, Orbitra Inc. has booked 40 flights with Brixco Launch Corp. "
        "and Velmar Space Systems."
    )
    assert ("Orbitra Inc", "contractWith", "Brixco Launch Corp") in triples(ex)
    assert ("Orbitra Inc", "contractWith", "Velmar Space Systems") in triples(ex)


def test_states_that_signed_treaties_with_another_are_its_parties(run):
    ex = run(
        "Until then, only Chile and Peru, which signed border treaties with Bolivia in "
        "1904 and 1929, had settled the dispute."
    )
    assert {("Chile", "contractWith", "Bolivia"), ("Peru", "contractWith", "Bolivia")} <= (
        triples(ex)
    )


def test_accords_to_restore_ties_with_two_states_bind_the_signer_to_both(run):
    ex = run("Chile signed accords to restore relations with Peru and Bolivia.")
    assert ("Chile", "contractWith", "Peru") in triples(ex)
    assert ("Chile", "contractWith", "Bolivia") in triples(ex)


def test_a_swap_with_a_firm_is_a_deal(run):
    ex = run(
        "Brixco Energy Corp. took over the Tarsk wind farm under an asset swap with Velmar "
        "Power Inc."
    )
    assert ("Brixco Energy Corp", "contractWith", "Velmar Power Inc") in triples(ex)


def test_a_product_that_belongs_to_a_unit_is_its_user(run):
    ex = run("The Zed-9 helicopter belonged to the Army's 14th Aviation Battalion, officials said.")
    assert ("14th Aviation Battalion", "uses", "Zed-9") in triples(ex)


def test_a_missile_that_entered_service_with_a_navy_is_its_weapon(run):
    ex = run(
        "The Tarsk-7 missile was designed by Brixco Systems and entered service with the "
        "Chilean Navy in 2019."
    )
    assert ("Chilean Navy", "uses", "Tarsk-7") in triples(ex)


def test_the_flagship_of_a_fleet_is_sailed_by_it(run):
    ex = run("The Zarnitsa, the flagship of Chile's Southern Fleet, returned to port on Monday.")
    assert by_name(ex, "Zarnitsa").type == "Product"
    assert ("Southern Fleet", "uses", "Zarnitsa") in triples(ex)


def test_a_states_foreign_made_jets_are_used_not_made_there(run):
    ex = run("The new jets will replace Chile's Soviet-era Zk-41 and Zk-47 fighters next year.")
    assert ("Chile", "uses", "Zk-41") in triples(ex)
    assert ("Chile", "uses", "Zk-47") in triples(ex)
    assert ("Zk-41", "country", "Chile") not in triples(ex)


def test_a_place_on_a_river_lies_on_it(run):
    ex = run("Floods rose after the Velmar dam on the Tarsk River was breached overnight.")
    assert ("Velmar", "locatedIn", "Tarsk River") in triples(ex)
    assert "Velmar dam" in by_name(ex, "Velmar").aliases


def test_a_town_on_a_national_coast_lies_in_that_state(run):
    ex = run(
        "The cable runs from the port town of Paldiski on the Estonian coast to Hanko in "
        "Finland, Estonia's grid operator said."
    )
    assert ("Paldiski", "locatedIn", "Estonia") in triples(ex)


def test_an_airfield_at_a_fort_lies_in_it(run):
    ex = run(
        "The squadron flies from Velmar Army Airfield at Fort Brixton, Virginia, officials said."
    )
    assert ("Velmar Army Airfield", "locatedIn", "Fort Brixton") in triples(ex)


def test_places_conjoined_before_a_place_noun_both_lie_in_the_region(run):
    ex = run("Farmers from the Kadoma and Chegutu districts in Mashonaland West joined the march.")
    assert ("Kadoma", "locatedIn", "Mashonaland West") in triples(ex)
    assert ("Chegutu", "locatedIn", "Mashonaland West") in triples(ex)


def test_two_fields_named_before_a_states_noun_are_both_in_it(run):
    ex = run("Brixco holds minority stakes in Chile's Aby and Tarsko fields.")
    assert ("Aby", "locatedIn", "Chile") in triples(ex) or ("Aby", "country", "Chile") in (
        triples(ex)
    )
    assert ("Tarsko", "locatedIn", "Chile") in triples(ex) or ("Tarsko", "country", "Chile") in (
        triples(ex)
    )


def test_a_hospital_named_in_a_where_clause_lies_in_the_city(run):
    ex = run(
        "The envoy landed in Tarsk, where she was examined at the Velmar Medical Center on Friday."
    )
    assert ("Velmar Medical Center", "locatedIn", "Tarsk") in triples(ex)


def test_a_company_runs_the_sites_it_calls_its_own(run):
    ex = run(
        "Brixco Mining, which produced 9,000 tons of copper last year from its Aby and "
        "Tarsko mines, said output would rise."
    )
    assert ("Brixco Mining", "operates", "Aby") in triples(ex)
    assert ("Brixco Mining", "operates", "Tarsko") in triples(ex)


def test_the_second_passive_of_a_pair_has_its_own_agent(run):
    ex = run(
        "The Zed 5 rocket is built by Brixco Aerospace and operated commercially by its "
        "subsidiary Velmar Launch Services."
    )
    assert ("Velmar Launch Services", "operates", "Zed 5") in triples(ex)
    assert ("Brixco Aerospace", "operates", "Zed 5") in triples(ex)


def test_two_states_navies_stay_two_units(run):
    ex = run(
        "The cruiser was the pride of the Russian navy, officials said. A new patrol boat "
        "joined the Ukrainian Navy in May."
    )
    assert by_name(ex, "Russian navy").key != by_name(ex, "Ukrainian Navy").key
