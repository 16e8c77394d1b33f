"""Entities, relations and claims from rules added after reading a twenty-eighth set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, stances, triples


def test_a_towns_own_police_force_is_in_that_town(run):
    ex = run(
        "Two shots were fired in Tarnow late on Monday. The Tarnow police said two men had "
        "been held overnight."
    )
    assert ("Tarnow police", "locatedIn", "Tarnow") in triples(ex)


def test_a_regional_director_of_a_group_is_one_of_its_members(run):
    ex = run("Mara Lind, Balkans director at Civic Watch, said the tally was rigged.")
    assert ("Mara Lind", "memberOf", "Civic Watch") in triples(ex)
    assert ("Mara Lind", "leads", "Civic Watch") not in triples(ex)


def test_a_national_secretary_still_leads_the_ministry(run):
    ex = run(
        "The Ministry of Defence confirmed the flights. The UK defence secretary, Tom "
        "Varga, said the flights would go on."
    )
    assert ("Tom Varga", "leads", "Ministry of Defence") in triples(ex)


def test_the_director_of_a_hospital_leads_it(run):
    ex = run(
        "Staff at Pelmora Hospital, whose director, Anna Kovic, spoke to reporters, treated "
        "40 people."
    )
    assert ("Anna Kovic", "leads", "Pelmora Hospital") in triples(ex)


def test_the_director_of_a_town_leads_nothing_there(run):
    ex = run("Piet Anders, a director of Tarsa, spoke at the meeting in Tarsa.")
    assert not any(p == "leads" for _, p, _ in triples(ex))


def test_whose_title_after_a_description_of_the_place(run):
    ex = run(
        "The ruling angered Korvia, the nation's largest province, whose premier, Piet "
        "Anders, has halted the works."
    )
    assert ("Piet Anders", "leads", "Korvia") in triples(ex)


def test_a_title_the_description_of_a_person_says_he_took(run):
    ex = run(
        "The rift grew after Ben Smithers, a Danish former Norrail manager who became "
        "chief executive of Baxter Freight in May, asked for more say."
    )
    assert ("Ben Smithers", "leads", "Baxter Freight") in triples(ex)


def test_a_title_the_description_of_a_person_says_he_once_held(run):
    ex = run("Otto Brandt, a Green who was mayor of Lubeck until 2015, faces a new inquiry.")
    assert ("Otto Brandt", "leads", "Lubeck") not in triples(ex)


def test_a_weapon_that_entered_service_with_a_force(run):
    ex = run(
        "The F-35, which entered service with the Danish Air Force last year, is made by "
        "Lockheed Martin."
    )
    assert ("Danish Air Force", "uses", "F-35") in triples(ex)


def test_entering_talks_with_a_maker_is_no_use(run):
    ex = run("The Danish Air Force entered talks with Lockheed Martin over the F-35.")
    assert ("Danish Air Force", "uses", "F-35") not in triples(ex)


def test_a_company_absorbed_by_another_is_owned_by_it(run):
    ex = run(
        "The rifle was made by Kestrel Defence Systems, a firm later absorbed by Arden Systems."
    )
    assert ("Arden Systems", "owns", "Kestrel Defence Systems") in triples(ex)


def test_a_state_that_made_a_weapon_is_its_country_not_its_operator(run):
    ex = run("Kyiv received its first US-made M2 Bradley vehicles in March.")
    assert ("M2 Bradley", "country", "United States") in triples(ex)
    assert ("United States", "operates", "M2 Bradley") not in triples(ex)


def test_a_weapon_made_in_a_state_the_article_names(run):
    ex = run(
        "Russia has armed the junta for years. Its air force depends on Russian-made Yak-130 "
        "trainers."
    )
    assert ("Yak-130", "country", "Russia") in triples(ex)


def test_a_company_that_made_a_weapon_still_operates_it(run):
    ex = run("Lockheed-made F-16 jets arrived in Bucharest on Friday.")
    assert ("Lockheed", "operates", "F-16") in triples(ex)


def test_an_agency_described_as_under_a_ministry_is_part_of_it(run):
    ex = run(
        "Police warned the Office for State Protection (OSP), the counter-terrorism agency "
        "under the Justice Ministry, in May."
    )
    assert ("Office for State Protection", "partOf", "Justice Ministry") in triples(ex)


def test_the_investment_firm_of_a_person_is_theirs(run):
    ex = run("Novar Capital, the investment firm of businessman Bjorn Hald, sold its stake.")
    assert ("Bjorn Hald", "owns", "Novar Capital") in triples(ex)


def test_a_ministry_named_by_its_portfolio_at_the_start_of_a_sentence(run):
    ex = run("Foreign ministry spokesman Li Qun said Beijing was watching the talks closely.")
    assert ("Li Qun", "memberOf", "Foreign ministry") in triples(ex)
    assert by_name(ex, "Foreign ministry").type == "GovernmentAgency"


def test_a_lower_case_ministry_the_model_calls_a_company_is_a_body_of_state(run):
    ex = run("Health ministry spokesman Ali Nour said 40 people died on Monday in the city.")
    assert by_name(ex, "Health ministry").type == "GovernmentAgency"


def test_a_shipping_ministry_after_a_nationality(run):
    ex = run("The Greek shipping ministry said the ferry had been inspected in May.")
    assert by_name(ex, "Greek shipping ministry").type == "GovernmentAgency"


def test_the_spokesman_of_a_states_ministry_named_in_his_title(run):
    ex = run("China's foreign ministry spokesman, Li Qun, rejected the criticism.")
    assert ("Li Qun", "memberOf", "Chinese foreign ministry") in triples(ex)


def test_planets_and_moons_a_probe_visits_are_places(run):
    ex = run(
        "The probe will pass Mars in March and the Moon in 2026 before reaching Jupiter, "
        "whose moon Ganymede it will orbit."
    )
    for name in ("Mars", "Moon", "Jupiter", "Ganymede"):
        assert by_name(ex, name).type == "Location"


def test_a_man_named_moon_stays_a_man(run):
    ex = run("Moon Jae-in called the launch a success.")
    assert by_name(ex, "Moon Jae-in").type == "Person"


def test_observers_from_a_body_speak_for_it(run):
    ex = run(
        "Observers from the Union of Coastal States (UCS) said on Monday that polling had "
        "gone smoothly."
    )
    assert stances(ex, "Union of Coastal States") == {"asserts"}


def test_the_maker_of_a_tiltrotor_named_with_it(run):
    ex = run("The army picked Arden Aerospace's V-90 Falcon tiltrotor in December.")
    assert ("Arden Aerospace", "operates", "V-90 Falcon") in triples(ex)


def test_the_services_a_company_is_said_to_include_are_its_own(run):
    ex = run(
        "Tarvo Labs, whose services include the TarvoChat app, the Tarvo Go payment app and "
        "the Nessa web portal, was fined."
    )
    assert ("Tarvo Labs", "operates", "TarvoChat") in triples(ex)
    assert ("Tarvo Labs", "operates", "Nessa") in triples(ex)


def test_a_states_shipping_ministry_keeps_the_form_the_text_gives(run):
    ex = run("Greece's shipping ministry told reporters the tanker would be towed.")
    assert "Greece's shipping ministry" in by_name(ex, "Greek shipping ministry").aliases


def test_both_states_just_named_are_members(run):
    ex = run(
        "Norway signed a grain accord with Chile, and both countries are members of the "
        "Pacific Defence League (PDL)."
    )
    for state in ("Norway", "Chile"):
        assert (state, "memberOf", "Pacific Defence League") in triples(ex)


def test_both_of_three_states_is_no_pair(run):
    ex = run(
        "Norway, Chile and Kenya signed a grain accord, and both countries are members of "
        "the Pacific Defence League (PDL)."
    )
    assert not any(p == "memberOf" for _, p, _ in triples(ex))


def test_a_towns_fire_brigade_and_its_spokesman(run):
    ex = run(
        "The Hamburg fire brigade was called out at 3 a.m. on Sunday. The roof fell in at "
        "dawn, fire brigade spokesman Olek Brant told reporters in Hamburg."
    )
    assert by_name(ex, "Hamburg fire brigade").type == "GovernmentAgency"
    assert ("Olek Brant", "memberOf", "Hamburg fire brigade") in triples(ex)


def test_a_crown_prince_is_named_without_his_title(run):
    ex = run("The fund, led by Crown Prince Omar bin Said, will invest abroad.")
    assert by_name(ex, "Omar bin Said").type == "Person"


def test_the_president_of_a_firm_named_after_its_kind(run):
    ex = run("Tom Hale, the president of uranium market consultancy Delvex, said prices rose.")
    assert ("Tom Hale", "leads", "Delvex") in triples(ex)


def test_paying_a_sum_for_a_company_makes_it_yours(run):
    ex = run(
        "Arden Systems, which paid $1.3 billion for Kestrel Defence Systems in 2017, keeps "
        "most of the company."
    )
    assert ("Arden Systems", "owns", "Kestrel Defence Systems") in triples(ex)


def test_paying_a_fine_for_a_company_buys_nothing(run):
    ex = run("Arden Systems paid a fine for Kestrel Defence Systems.")
    assert ("Arden Systems", "owns", "Kestrel Defence Systems") not in triples(ex)


def test_the_parent_company_named_in_a_whose_clause_owns_it(run):
    ex = run(
        "Halden Air, whose parent company Vexfin Group is registered in Panama, said it would "
        "help the police."
    )
    assert ("Vexfin Group", "owns", "Halden Air") in triples(ex)
    assert ("Vexfin Group", "locatedIn", "Panama") in triples(ex)
    assert ("Halden Air", "locatedIn", "Panama") not in triples(ex)


def test_a_whose_clause_about_its_own_offices_places_the_company(run):
    ex = run("Halden Air, whose headquarters are based in Oslo, said it would help the police.")
    assert ("Halden Air", "locatedIn", "Oslo") in triples(ex)


def test_a_state_pumping_gas_to_another_supplies_it(run):
    ex = run("Norway started pumping gas to Poland through the new Baltic link on Monday.")
    assert ("Norway", "supplies", "Poland") in triples(ex)


def test_a_bare_ministry_title_in_another_capital_is_not_the_ministry_named_before(run):
    ex = run(
        "The Emirati foreign ministry denounced the strike. In Doha, foreign ministry "
        "spokesman Reza Karimi urged both sides to talk."
    )
    assert not any(s == "Reza Karimi" and p == "memberOf" for s, p, _ in triples(ex))


def test_a_state_works_for_no_agency(run):
    ex = run(
        "The firm worked for the Office of State Protection (OSP), Norway's main "
        "intelligence agency."
    )
    assert ("Norway", "memberOf", "Office of State Protection") not in triples(ex)


def test_an_eu_agency_is_a_public_body(run):
    ex = run("The European Maritime Safety Agency said the slick was drifting east.")
    assert by_name(ex, "European Maritime Safety Agency").type == "GovernmentAgency"


def test_a_neighbourhood_group_is_a_body_of_people(run):
    ex = run(
        "Fairmount Rising, a neighborhood group opposed to the plant for years, said "
        "residents had breathed toxic fumes."
    )
    assert by_name(ex, "Fairmount Rising").type == "Organization"


def test_a_company_and_its_parent_company_named_together(run):
    ex = run("Zedco and its parent company Holdex said output fell in May.")
    assert ("Holdex", "owns", "Zedco") in triples(ex)
    assert ("Zedco", "owns", "Holdex") not in triples(ex)


def test_a_body_whose_own_centre_is_named_holds_it(run):
    ex = run(
        "Europol, whose European Cybercrime Centre coordinated the raids, said 12 people were held."
    )
    assert ("European Cybercrime Centre", "partOf", "Europol") in triples(ex)


def test_an_airlines_regional_arm_named_after_a_man_is_a_company(run):
    ex = run("Peter Holm Airlines Nordic said its flights would continue.")
    assert by_name(ex, "Peter Holm Airlines Nordic").type == "Organization"


def test_every_jet_a_regiment_flies(run):
    ex = run(
        "Tarvik air base is home to the 412th Fighter Regiment, which flies Su-27 and Su-30 jets."
    )
    assert ("412th Fighter Regiment", "uses", "Su-27") in triples(ex)
    assert ("412th Fighter Regiment", "uses", "Su-30") in triples(ex)


def test_the_current_members_of_a_bloc_in_a_whose_clause(run):
    ex = run(
        "The Zed Group invited six nations to join. The group, whose present members are "
        "Norway, Chile and Kenya, accounts for a quarter of world output."
    )
    for state in ("Norway", "Chile", "Kenya"):
        assert (state, "memberOf", "Zed Group") in triples(ex)


def test_which_is_owned_after_a_list_is_said_of_the_last_one(run):
    ex = run("Zed competes with Arvo Mobile and Brix Telecom, which is owned by Holdex.")
    assert ("Holdex", "owns", "Brix Telecom") in triples(ex)
    assert ("Holdex", "owns", "Arvo Mobile") not in triples(ex)


def test_a_passive_clause_with_no_subject_of_its_own_reads_without_error(run):
    ex = run(
        "The system, to be taken from the stocks of the Norland army, comes on top of the "
        "launchers already delivered, the ministry said."
    )
    assert ex.error is None
