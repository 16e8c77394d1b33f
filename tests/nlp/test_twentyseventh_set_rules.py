"""Entities, relations and claims from rules added after reading a twenty-seventh set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, stances, triples


def test_a_bare_minister_title_in_a_sentence_about_another_state_heads_no_named_ministry(run):
    ex = run(
        "Norway's Defence Ministry called the patrols routine training. In neighbouring "
        "Sweden, Defence Minister Pal Tunby said the patrols were a cause for concern."
    )
    assert not any(s == "Pal Tunby" and p == "leads" for s, p, _ in triples(ex))


def test_a_chancellor_of_a_court_leads_it(run):
    ex = run(
        "Chancellor Ruth Ambery of the Vesper Court of Chancery ruled on Tuesday that the "
        "award was void."
    )
    assert ("Ruth Ambery", "leads", "Vesper Court of Chancery") in triples(ex)


def test_a_company_runs_the_works_it_calls_its_own(run):
    ex = run("Halvard Energy said its Tollan refinery was shut after the storm.")
    assert ("Halvard Energy", "operates", "Tollan refinery") in triples(ex)


def test_a_state_calling_a_port_its_own_runs_no_works(run):
    ex = run("Norway said its Tollan port would stay open through the winter.")
    assert not any(p == "operates" for _, p, _ in triples(ex))


def test_both_titles_of_the_party_it_refers_back_to(run):
    ex = run(
        "The Iron Banner party won 7% in 2012. The court ruled that Petros Anag, the "
        "party's founder and long-serving leader, had directed the group."
    )
    assert ("Petros Anag", "founded", "Iron Banner") in triples(ex)
    assert ("Petros Anag", "leads", "Iron Banner") in triples(ex)


def test_a_broker_at_a_firm_is_its_member(run):
    ex = run('"Buyers are scarce," said Owen Trask, a broker at Halvex in Geneva.')
    assert ("Owen Trask", "memberOf", "Halvex") in triples(ex)


def test_a_consultancy_described_after_its_name_is_the_speaker(run):
    ex = run(
        "Brennwick Partners published its index on Monday. Freight costs rose 6% in a week, "
        "the London-based consultancy said."
    )
    assert stances(ex, "Brennwick Partners") == {"asserts"}
    assert ("Brennwick Partners", "locatedIn", "London") in triples(ex)


def test_a_bare_mayor_title_leads_the_town_of_the_dateline(run):
    ex = run(
        "TOLLANDSBURG, Germany, Sept 11 - A bridge collapsed in Tollandsburg on Wednesday. "
        "Mayor Erik Brandauer said the other lanes would stay closed."
    )
    assert ("Erik Brandauer", "leads", "Tollandsburg") in triples(ex)


def test_a_bare_mayor_title_without_the_town_named_again_leads_nothing(run):
    ex = run(
        "TOLLANDSBURG, Germany, Sept 11 - A bridge collapsed on Wednesday. Mayor Erik "
        "Brandauer said the other lanes would stay closed."
    )
    assert not any(s == "Erik Brandauer" for s, _, _ in triples(ex))


def test_calling_the_charges_misguided_is_a_denial(run):
    ex = run(
        "Chief executive Lena Strand wrote on the company website that the charges were "
        '"misguided and meritless".'
    )
    assert stances(ex, "Lena Strand") == {"denies"}


def test_calling_the_case_politically_motivated_is_a_denial(run):
    ex = run("Lena Strand told reporters the case against her was politically motivated.")
    assert stances(ex, "Lena Strand") == {"denies"}


def test_a_ruling_praised_in_political_words_is_no_denial(run):
    ex = run("Lena Strand told a rally the ruling marked a victory for political freedom.")
    assert stances(ex, "Lena Strand") == {"asserts"}


def test_every_named_system_in_a_joined_object_is_used(run):
    ex = run(
        "The Norlandic Armed Forces now fly Chinese Zed-92A attack drones, delivered in 2021, "
        "and operate Russian-made Vortan S1 missile systems and MiG-35 fighter jets."
    )
    assert ("Norlandic Armed Forces", "uses", "Vortan S1") in triples(ex)
    assert ("Norlandic Armed Forces", "uses", "MiG-35") in triples(ex)


def test_a_jet_flown_by_the_air_forces_of_states_is_used_by_each(run):
    ex = run("Besides Norland, the Tarvo jet is flown by the air forces of Peru, Chile and Kenya.")
    for state in ("Peru", "Chile", "Kenya"):
        assert (state, "uses", "Tarvo") in triples(ex)


def test_missiles_carried_by_the_warships_of_a_fleet_are_the_fleets(run):
    ex = run("Zed-9 missiles are carried by frigates and submarines of the Northern Fleet.")
    assert ("Northern Fleet", "uses", "Zed-9") in triples(ex)


def test_a_tanker_carrying_a_cargo_uses_nothing(run):
    ex = run("The tanker Aster carried Zedol crude from Norland to India last week.")
    assert not any(p == "uses" for _, p, _ in triples(ex))


def test_the_news_agency_referred_back_to_is_the_agency_named_before(run):
    ex = run(
        "Zedpress News Agency reported the strike on Monday. The news agency's president, "
        "Jon Roe, said staff were safe."
    )
    assert ("Jon Roe", "leads", "Zedpress News Agency") in triples(ex)


def test_a_detective_chief_inspector_is_a_member_of_the_bureau_he_serves(run):
    ex = run(
        '"The case was exceptional," Detective Chief Inspector Marko Lenn, who ran the NBI '
        "team, told reporters."
    )
    assert ("Marko Lenn", "memberOf", "NBI") in triples(ex)


def test_states_listed_after_member_states_of_a_bloc_are_its_members(run):
    ex = run(
        "Four EU member states, Spain, Greece, Cyprus and Slovakia, have not recognised the "
        "new state."
    )
    for state in ("Spain", "Greece", "Cyprus", "Slovakia"):
        assert (state, "memberOf", "EU") in triples(ex)


def test_giving_a_company_a_contract_is_a_deal_not_a_supply(run):
    ex = run("NASA gave SpaceX a $900 million contract for two more cargo flights.")
    assert ("NASA", "contractWith", "SpaceX") in triples(ex)
    assert ("NASA", "supplies", "SpaceX") not in triples(ex)


def test_who_founded_and_remains_its_chairman_leads_what_he_founded(run):
    ex = run(
        "The network was built up by billionaire Dennis Obrand, who founded Zedicel in 1998 "
        "and remains its chairman to this day."
    )
    assert ("Dennis Obrand", "founded", "Zedicel") in triples(ex)
    assert ("Dennis Obrand", "leads", "Zedicel") in triples(ex)


def test_a_bare_mayor_title_leads_the_town_its_sentence_names_not_the_datelines(run):
    ex = run(
        "KYIV, Ukraine (AP) - A strike hit Kyiv on Monday. On Wednesday, a missile hit a school "
        "in the western city of Rivne, injuring four people, Mayor Andriy Sado said."
    )
    assert ("Andriy Sado", "leads", "Rivne") in triples(ex)
    assert ("Andriy Sado", "leads", "Kyiv") not in triples(ex)


def test_a_town_whose_unnamed_officials_spoke_makes_no_claim(run):
    ex = run("Harbour officials in Tacoma, Washington, said cargo volumes would fall in August.")
    assert not ex.claims


def test_a_hospital_that_reports_is_the_speaker(run):
    ex = run("Zedford Hospital said on Sunday that 22 people had been treated for burns.")
    assert stances(ex, "Zedford Hospital") == {"asserts"}


def test_a_takeover_told_with_its_past_year_makes_an_owner(run):
    ex = run("The deal ranks behind Globex Corp's $67 billion takeover of Zedcorp Inc in 2016.")
    assert ("Globex Corp", "owns", "Zedcorp Inc") in triples(ex)


def test_a_planned_takeover_makes_no_owner(run):
    ex = run("Globex Corp's planned takeover of Zedcorp Inc in 2027 was blocked by regulators.")
    assert ("Globex Corp", "owns", "Zedcorp Inc") not in triples(ex)


def test_an_airport_named_after_a_person_is_one_place(run):
    # a real airport: the small model splits this name into a person and a place
    ex = run("Passengers waited for hours at Daniel K. Inouye International Airport on Monday.")
    assert by_name(ex, "Daniel K. Inouye International Airport").type == "Location"
    assert not any(e.type == "Person" for e in ex.entities)


def test_the_portfolio_before_a_minister_title_is_no_organisation(run):
    ex = run("Federal Transport Minister Anna Berger said the roads needed repair.")
    assert [e.name for e in ex.entities] == ["Anna Berger"]


def test_an_agency_named_for_what_it_is_for_is_one_body(run):
    ex = run(
        "The Norlandic Agency for Railways, based in Valenciennes, France, issued a safety "
        "alert on Monday."
    )
    assert by_name(ex, "Norlandic Agency for Railways").type in {
        "Organization",
        "GovernmentAgency",
    }
    assert ("Norlandic Agency for Railways", "locatedIn", "Valenciennes") in triples(ex)


def test_a_state_before_joined_trade_words_gives_the_company_its_country(run):
    ex = run("Raxon, the U.S. aerospace and energy group, said the flaw would force checks.")
    assert ("Raxon", "country", "United States") in triples(ex)


def test_bodies_named_after_including_in_a_subject_each_speak(run):
    ex = run(
        "Unions for the cabin staff, including the Zed Pilots Guild and the Association of "
        "Zed Attendants, said they would strike in May."
    )
    assert stances(ex, "Zed Pilots Guild") == {"asserts"}
    assert stances(ex, "Association of Zed Attendants") == {"asserts"}


def test_the_coast_guard_referred_back_to_is_the_coast_guard_not_the_navy(run):
    ex = run(
        "Rescuers from the Hellenic Coast Guard and Greece's Hellenic Navy pulled two sailors "
        "from the sea on Sunday, the coast guard said."
    )
    assert stances(ex, "Hellenic Coast Guard") == {"asserts"}
    assert not stances(ex, "Hellenic Navy")


def test_a_seat_of_government_that_speaks_keeps_its_statement(run):
    ex = run("The Quirinal Palace said the president would sign the law on Friday.")
    assert stances(ex, "Quirinal Palace") == {"asserts"}


def test_what_a_town_s_officials_said_is_still_no_fact(run):
    ex = run(
        "Harbour officials in Tacoma, Washington, said Germany had sent Ukraine Leopard tanks."
    )
    assert not ex.claims
    assert ("Germany", "supplies", "Ukraine") not in triples(ex)
