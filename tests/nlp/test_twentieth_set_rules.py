"""Entities, relations and claims from rules added after reading a twentieth set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, names, triples


def test_a_body_named_for_the_thing_it_serves_is_one_name(run):
    ex = run("The centre is run by the Central Agency for the Care of Zedland Veterans (CAZV).")
    assert by_name(ex, "Central Agency for the Care of Zedland Veterans").type == (
        "GovernmentAgency"
    )
    assert "Central Agency" not in names(ex)


def test_a_name_before_a_media_kind_word_is_an_organization(run):
    ex = run("Officials handed the documents to the Evening Post tabloid on Monday.")
    assert by_name(ex, "Evening Post").type == "Organization"
    ex = run("The Zedland Policy Forum think tank published the report.")
    assert by_name(ex, "Zedland Policy Forum").type == "Organization"


def test_a_name_described_as_a_plain_or_an_asteroid_is_a_place(run):
    ex = run("The lander touched down on Zedia Planum, a plain in the planet's south.")
    assert by_name(ex, "Zedia Planum").type == "Location"


def test_initials_before_based_are_a_state_and_say_where_a_company_is(run):
    ex = run("Its rival, U.S.-based Zedcorp Nuclear, lost the tender.")
    assert ("Zedcorp Nuclear", "locatedIn", "United States") in triples(ex)


def test_a_title_before_a_name_says_what_a_whose_body_is_to_the_person(run):
    ex = run(
        "Opposition leader Jan Zedders, whose Zedland Freedom Party (ZFP) wants early "
        "elections, spoke on Sunday."
    )
    assert ("Jan Zedders", "leads", "Zedland Freedom Party") in triples(ex)
    ex = run(
        "Energy Minister Petr Zedek, whose Ministry of Energy runs the auction, said bids "
        "would close in May."
    )
    assert ("Petr Zedek", "leads", "Ministry of Energy") in triples(ex)


def test_a_prime_minister_whose_party_won_still_only_belongs_to_it(run):
    ex = run(
        "Prime Minister Ana Zedescu, whose Liberal Zed Party finished first, said the count "
        "was fair."
    )
    got = triples(ex)
    assert ("Ana Zedescu", "memberOf", "Liberal Zed Party") in got
    assert ("Ana Zedescu", "leads", "Liberal Zed Party") not in got


def test_an_agent_hung_on_the_object_of_another_preposition_still_leads(run):
    ex = run("The Norland Greens, led into the campaign by Finance Minister Rolf Yonder, won 9%.")
    assert ("Rolf Yonder", "leads", "Norland Greens") in triples(ex)


def test_a_second_title_joined_by_and_shares_the_body_of_the_first(run):
    ex = run(
        "Zedair chief executive Tom Yonders and executive chairman Kamal Zedun bought the club."
    )
    got = triples(ex)
    assert ("Tom Yonders", "leads", "Zedair") in got
    assert ("Kamal Zedun", "leads", "Zedair") in got


def test_a_plural_title_the_parser_reads_as_a_verb_is_each_names_title(run):
    ex = run("NASA astronauts Nicola Hart and Mike Fenton watched the landing.")
    got = triples(ex)
    assert ("Nicola Hart", "memberOf", "NASA") in got
    assert ("Mike Fenton", "memberOf", "NASA") in got


def test_a_head_of_a_field_at_a_body_is_one_of_its_people(run):
    ex = run(
        "Anna Berg, head of maritime security at the Norland Shipping Association, said "
        "rates would rise."
    )
    assert ("Anna Berg", "memberOf", "Norland Shipping Association") in triples(ex)


def test_a_description_after_a_bracketed_acronym_describes_the_named_body(run):
    ex = run(
        "The curbs were published late on Monday in a circular by the Directorate General "
        "of Zedland Commerce (DGZC), an agency of the Trade Ministry, and apply at once."
    )
    assert ("Directorate General of Zedland Commerce", "partOf", "Trade Ministry") in triples(ex)
    ex = run(
        "Karl Hahn, head of the Zedland Signals Office (ZSO), the Bundeswehr's cyber "
        "agency, told lawmakers the attacks had grown."
    )
    got = triples(ex)
    assert ("Zedland Signals Office", "partOf", "Bundeswehr") in got
    assert ("Karl Hahn", "memberOf", "Bundeswehr") not in got


def test_a_body_that_answers_to_another_is_part_of_it(run):
    ex = run(
        "The Zedland Coast Guard, which answers to the Zedland Armed Police, said its ships "
        "had patrolled the island."
    )
    assert ("Zedland Coast Guard", "partOf", "Zedland Armed Police") in triples(ex)


def test_an_agency_another_oversees_is_part_of_it_but_a_company_is_not(run):
    ex = run(
        "Energy Secretary Ann Zedson, whose Department of Energy oversees the Federal Zed "
        "Safety Administration, said the review would take a year."
    )
    assert ("Federal Zed Safety Administration", "partOf", "Department of Energy") in triples(ex)
    ex = run("The Federal Zed Administration oversees Zedcorp Aircraft, the planemaker said.")
    assert not any(p == "partOf" for _, p, _ in triples(ex))


def test_a_share_before_owned_by_still_names_the_owner(run):
    ex = run("Zedtel is 60% owned by the Norland Investment Authority, the state's wealth fund.")
    assert ("Norland Investment Authority", "owns", "Zedtel") in triples(ex)


def test_it_in_a_clause_of_time_is_the_main_clauses_subject(run):
    ex = run("India was sanctioned in 2021 after it bought the Zed-400 missile system from Russia.")
    assert ("Russia", "supplies", "India") in triples(ex)


def test_two_places_the_model_joined_with_and_are_two_entities(run):
    ex = run(
        "Russia launched 40 missiles of several kinds and 12 drones at Kyiv and Kharkiv, "
        "wounding at least ten people."
    )
    assert {"Kyiv", "Kharkiv"} <= names(ex)
    assert "Kyiv and Kharkiv" not in names(ex)


def test_a_war_named_by_two_hyphened_sides_is_a_conflict_between_them(run):
    ex = run(
        "The rebels began attacking ships in solidarity with Gaza during the Israel-Hamas war."
    )
    got = triples(ex)
    assert {"Israel", "Hamas"} <= names(ex)
    assert ("Hamas", "inConflictWith", "Israel") in got or (
        "Israel",
        "inConflictWith",
        "Hamas",
    ) in got
    assert ("Hamas", "country", "Israel") not in got


def test_a_hyphened_state_name_stays_whole(run):
    ex = run("Guinea-Bissau signed the accord on Monday.")
    assert "Guinea-Bissau" in names(ex)
    assert "Guinea" not in names(ex)


def test_weapons_of_a_force_are_used_by_it(run):
    ex = run("The bombers were intercepted by two F-16s of the Zedish Air Force on Tuesday.")
    assert ("Zedish Air Force", "uses", "F-16") in triples(ex)


def test_a_name_the_model_split_around_its_particles_is_one_person(run):
    ex = run(
        "The coalition includes the Zed Movement (ZM), a protest party led by Marieke van der Zwan."
    )
    assert by_name(ex, "Marieke van der Zwan").type == "Person"
    assert ("Marieke van der Zwan", "leads", "Zed Movement") in triples(ex)


def test_a_participle_after_the_first_of_two_listed_bodies_is_said_of_it_alone(run):
    ex = run(
        "The alliance includes the Zed Renewal (ZR) party founded in 2021 by Pieter Omzeel, "
        "and the Yon Farmers Movement (YFM)."
    )
    got = triples(ex)
    assert ("Pieter Omzeel", "founded", "Zed Renewal") in got
    assert ("Pieter Omzeel", "founded", "Yon Farmers Movement") not in got


def test_a_title_with_its_own_nationality_borrows_no_body_from_the_name_before(run):
    ex = run(
        "The event was attended by Prime Minister Rajan Modo, French President Emile Macrou "
        "and British Prime Minister Rishi Sunar."
    )
    assert ("Rishi Sunar", "leads", "France") not in triples(ex)


def test_a_ship_named_after_a_place_is_a_product_after_its_kind(run):
    ex = run("The aircraft carrier Varna and its escorts operated east of the island.")
    assert by_name(ex, "Varna").type == "Product"


def test_the_name_a_person_is_known_as_is_the_same_person(run):
    ex = run(
        "Militia commander Ahmed Zedan Karimo, known as Zemedti, admitted on Friday that "
        "crimes had been committed."
    )
    person = by_name(ex, "Ahmed Zedan Karimo")
    assert person.type == "Person"
    assert "Zemedti" in person.aliases
    assert "Zemedti" not in names(ex)


def test_a_known_as_after_a_company_is_not_its_name(run):
    ex = run(
        "The attackers exploited a flaw in software made by US company Zedsoft Inc, known as "
        "Zedsoft Leak, which gangs have used."
    )
    assert "Zedsoft Leak" not in by_name(ex, "Zedsoft Inc").aliases


def test_a_pipeline_that_links_two_states_and_is_run_by_a_company_is_its(run):
    ex = run(
        "Norgas will supply customers through the Zed Pipeline, an undersea pipeline that links "
        "Norway with Denmark and is run by Energinet."
    )
    assert ("Energinet", "operates", "Zed Pipeline") in triples(ex)


def test_its_in_a_second_verb_of_the_same_subject_is_the_subjects(run):
    ex = run(
        "Poland has already received 30 Zedfire jets from Norway, built by Acme Aviation, "
        "and is modernising its F-16s."
    )
    got = triples(ex)
    assert ("Poland", "uses", "F-16") in got
    assert ("Acme Aviation", "operates", "F-16") not in got


def test_a_named_ship_of_a_navy_is_run_by_it(run):
    ex = run("A warship, the landing ship Ivan Zedov of the Norland Navy, later arrived.")
    assert ("Norland Navy", "operates", "Ivan Zedov") in triples(ex)


def test_each_vessel_listed_after_a_plural_national_kind_has_that_country(run):
    ex = run(
        "Iran denied it. Three Iranian tankers, the Fortuna, the Petalia and the Clavo, "
        "brought diesel to Syria."
    )
    got = triples(ex)
    for ship in ("Fortuna", "Clavo"):
        assert (ship, "country", "Iran") in got
    assert ("Syria", "uses", "Fortuna") not in got


def test_a_company_registered_in_a_place_is_located_there(run):
    ex = run("Jan Roe is the owner of Zed Holdings, a Dubai-registered company.")
    assert ("Zed Holdings", "locatedIn", "Dubai") in triples(ex)


def test_a_building_that_is_a_partys_headquarters_in_a_city_lies_there(run):
    ex = run("The leader spoke at the Zed-Haus, the Freedom Party's headquarters in Oslo.")
    assert ("Zed-Haus", "locatedIn", "Oslo") in triples(ex)


def test_a_launch_site_is_a_place(run):
    ex = run("The probe was launched from the Zedchang Launch Site on the island of Yonan.")
    assert by_name(ex, "Zedchang Launch Site").type == "Location"
