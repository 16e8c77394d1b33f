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
        "Brixco Energy Corp. took over the Tarsk wind farm under a 2023 asset swap with "
        "Velmar Power Inc."
    )
    assert ("Brixco Energy Corp", "contractWith", "Velmar Power Inc") in triples(ex)


def test_a_product_that_belongs_to_a_unit_is_its_user(run):
    ex = run("The Zed-9 helicopter belonged to the Army's 14th Aviation Battalion, officials said.")
    assert ("14th Aviation Battalion", "uses", "Zed-9") in triples(ex)


def test_a_missile_that_entered_service_with_a_navy_is_its_weapon(run):
    ex = run(
        "The Tarsk-7 missile, designed by Brixco Systems, entered service with the Chilean "
        "Navy in 2019."
    )
    assert ("Chilean Navy", "uses", "Tarsk-7") in triples(ex)


def test_the_flagship_of_a_fleet_is_sailed_by_it(run):
    ex = run("The Zarnitsa, the flagship of Chile's Southern Fleet, returned to port on Monday.")
    assert by_name(ex, "Zarnitsa").type == "Product"
    assert ("Southern Fleet", "uses", "Zarnitsa") in triples(ex)


def test_a_states_foreign_made_jets_are_used_not_made_there(run):
    ex = run("Two dozen new fighters should retire Chile's Soviet-era Zk-41 and Zk-47 jets.")
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
        "The Zed 5 rocket is built by Brixco Aerospace and operated for customers by its "
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


def test_the_one_named_to_lead_a_body_leads_it_not_the_one_who_named(run):
    ex = run(
        "The president named the minister's deputy, Tomas Brandt, to lead the Coastal "
        "Command, the navy's northern arm."
    )
    assert ("Tomas Brandt", "leads", "Coastal Command") in triples(ex)


def test_a_qualified_ministry_is_not_another_ministry_named_before(run):
    ex = run(
        "Chile's Finance Ministry backed the plan. The transport ministry, run by Carla "
        "Munoz, had warned that it would delay the rollout."
    )
    assert ("Carla Munoz", "leads", "Chilean Finance Ministry") not in triples(ex)


def test_coaching_at_a_club_and_playing_for_a_team_are_memberships(run):
    ex = run(
        "Nadia Korsak, who later coached at the Riverside Skating Club, won two titles. "
        "Peter Hollis, who plays for the Tarsk Falcons, was injured on Sunday."
    )
    assert ("Nadia Korsak", "memberOf", "Riverside Skating Club") in triples(ex)
    assert ("Peter Hollis", "memberOf", "Tarsk Falcons") in triples(ex)


def test_a_subsidiary_in_a_whose_clause_is_part_of_the_company(run):
    ex = run(
        "Anna Holm, chief executive of Velmar Airways, whose wholly owned subsidiary Brixco "
        "Air Inc. operated the flight, said the crew was safe."
    )
    assert ("Brixco Air Inc", "partOf", "Velmar Airways") in triples(ex)


def test_another_company_of_a_group_is_part_of_it(run):
    ex = run("Zedworks Steel, another Velmar Industries company, makes armour plate.")
    assert ("Zedworks Steel", "partOf", "Velmar Industries") in triples(ex)


def test_a_state_leading_a_coalition_against_a_militia_is_at_war_with_it(run):
    ex = run(
        "Chile, which has built a regional coalition against the Red Hand militia, called "
        "for talks."
    )
    militia = by_name(ex, "Red Hand militia").name
    assert ("Chile", "inConflictWith", militia) in triples(ex)


def test_who_fights_alongside_a_unit_puts_that_unit_in_the_fight(run):
    ex = run(
        "The Northern Brigade, which is fighting the Red Hand militia alongside the Chilean "
        "Army, lost two trucks."
    )
    assert ("Chilean Army", "inConflictWith", "Red Hand") in triples(ex)
    assert ("Chilean Army", "inConflictWith", "Northern Brigade") not in triples(ex)


def test_the_ports_of_two_places_are_those_places(run):
    ex = run(
        "The Aby field lies offshore. Tarsk Ports Corp. operates the ports of Velm and "
        "Ostra under a 25-year concession."
    )
    assert ("Tarsk Ports Corp", "operates", "Velm") in triples(ex)
    assert ("Tarsk Ports Corp", "operates", "Ostra") in triples(ex)


def test_a_ministry_named_by_its_portfolio_is_a_body_its_minister_leads(run):
    ex = run(
        "The digital ministry had warned that a ban would slow the rollout, while Roe's "
        "interior ministry pushed for tougher rules. Interior Minister Jane Roe said so."
    )
    assert by_name(ex, "digital ministry").type == "GovernmentAgency"
    assert ("Jane Roe", "leads", "interior ministry") in triples(ex)


def test_a_national_description_of_the_company_gives_its_state(run):
    ex = run(
        "Chile picked Velmar Heavy Industries Corp. to build six patrol ships, a first for "
        "Japan's yards. The Japanese company's design beat two rivals."
    )
    assert ("Velmar Heavy Industries Corp", "country", "Japan") in triples(ex)


def test_a_cabinet_named_by_its_function_is_the_states_body(run):
    ex = run("On Sunday, Chile's security cabinet approved the plan after a long meeting.")
    cabinet = by_name(ex, "security cabinet")
    assert cabinet.type == "GovernmentAgency"
    assert (cabinet.name, "country", "Chile") in triples(ex)


def test_its_product_as_a_clause_subject_is_the_joined_clauses_company(run):
    ex = run(
        "Brixco Space Inc.'s Zed capsules have carried crews since 2019, and its Yon 9 "
        "rockets launch satellites for the navy."
    )
    assert ("Brixco Space Inc", "operates", "Yon 9") in triples(ex)


def test_a_minister_speaking_in_another_capital_heads_no_ministry_of_this_state(run):
    ex = run(
        "Chile's Foreign Ministry summoned the envoy on Monday. In Lima, Foreign Minister "
        "Ana Ruiz called the move regrettable."
    )
    assert ("Ana Ruiz", "leads", "Chilean Foreign Ministry") not in triples(ex)


def test_a_national_security_council_is_a_government_body(run):
    ex = run(
        "Jane Roe, an aide at the Chilean National Security Council, told reporters the "
        "talks had stalled."
    )
    assert by_name(ex, "Chilean National Security Council").type == "GovernmentAgency"


def test_a_command_named_with_its_area_and_a_strike_group_are_units(run):
    ex = run(
        "Chile's Operational Command North said two boats were hit. The Carrier Strike "
        "Group sailed on Monday."
    )
    assert by_name(ex, "Operational Command North").type == "MilitaryUnit"
    assert by_name(ex, "Carrier Strike Group").type == "MilitaryUnit"


def test_consultancies_shippers_and_gas_firms_are_companies_and_wind_farms_places(run):
    ex = run(
        "Analysts at Velmar Consult said rates rose. Tarsk Bulk owns the tanker. Brixo Gas "
        "holds a stake. Work stopped on Harlan Wind, a project off the coast."
    )
    assert by_name(ex, "Velmar Consult").type == "Organization"
    assert by_name(ex, "Tarsk Bulk").type == "Organization"
    assert by_name(ex, "Brixo Gas").type == "Organization"
    assert by_name(ex, "Harlan Wind").type == "Location"


def test_words_of_a_title_case_headline_are_no_names_but_a_byline_is(run):
    ex = run(
        "Chile Cuts Diplomatic Ties With Peru Over Cyberattack\n\nby Marta Velm and Anna "
        "Holt\n\nSANTIAGO (AP) - Chile cut diplomatic ties with Peru on Wednesday, blaming "
        "it for a cyberattack that shut down public services, Foreign Minister Ana Ruiz said."
    )
    assert not any("Cuts" in e.name for e in ex.entities)
    assert by_name(ex, "Chile").type == "Country"
    assert by_name(ex, "Anna Holt").type == "Person"


def test_a_plural_noun_with_including_names_the_ones_listed(run):
    ex = run(
        "Brixco Networks Inc. provides onboard internet to carriers including Velmar "
        "Airways and Tarsk Air Lines."
    )
    assert ("Brixco Networks Inc", "supplies", "Velmar Airways") in triples(ex)
    assert ("Brixco Networks Inc", "supplies", "Tarsk Air Lines") in triples(ex)


def test_who_a_buyer_relies_on_for_gear_supplies_it(run):
    ex = run("Velmar Telecom Corp. has long relied on Brixco Systems Inc. for its radio gear.")
    assert ("Brixco Systems Inc", "supplies", "Velmar Telecom Corp") in triples(ex)


def test_a_company_that_will_buy_another_has_a_deal_not_ownership(run):
    ex = run("Velmar Corp. will acquire Brixco Inc. in a $2 billion deal, the companies said.")
    claimed = {c.relation.predicate for c in ex.claims if c.relation is not None}
    found = {p for s, p, o in triples(ex) if (s, o) == ("Velmar Corp", "Brixco Inc")}
    assert "owns" not in claimed | found
    assert "contractWith" in claimed | found


def test_a_datelines_wire_service_is_named_and_no_acronym_of_the_place(run):
    ex = run(
        "Port Harcourt (AFP) – Gunmen attacked an oil pumping station near Port Harcourt overnight."
    )
    assert by_name(ex, "AFP").type == "Organization"
    assert "AFP" not in by_name(ex, "Port Harcourt").aliases


def test_a_states_state_company_is_owned_by_it(run):
    ex = run("Chile's state copper company Velmar Cobre said output fell in May.")
    assert ("Chile", "owns", "Velmar Cobre") in triples(ex)


def test_a_works_named_after_its_company_is_run_by_it(run):
    ex = run(
        "Velmar Refining Ltd. said output at the Velmar Refining refinery near Tarsk fell "
        "by a third in May."
    )
    site = by_name(ex, "Velmar Refining refinery").name
    assert ("Velmar Refining Ltd", "operates", site) in triples(ex)


def test_a_companys_named_satellite_constellation_is_its_product(run):
    ex = run(
        "Orbit buyers can already book capacity on Brixco Corp.'s Zednet satellite "
        "constellation, the company said."
    )
    assert ("Brixco Corp", "operates", "Zednet") in triples(ex)
