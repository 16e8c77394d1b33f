"""Entities and relations from rules added after reading a seventh set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, names, triples


def _company_and_place_apart(ex, company: str, place: str) -> None:
    assert by_name(ex, company).type == "Organization"
    assert by_name(ex, place).type == "Location"
    assert by_name(ex, company) != by_name(ex, place)


def test_a_company_named_before_its_tower_is_not_the_tower(run):
    ex = run(
        "Vexacorp said it had finished the deal. Both firms are based in Denver, where "
        "Vexacorp Tower dominates the skyline. Vexacorp shares rose 2% on Wednesday."
    )
    _company_and_place_apart(ex, "Vexacorp", "Vexacorp Tower")


def test_a_paragraph_that_speaks_of_supporting_someone_is_read(run):
    ex = run(
        "Norvik said it was glad to keep supporting the ministry. Ola Berg, a vice president "
        "at Fjordnet, said the firm looked forward to the work."
    )
    assert ("Ola Berg", "memberOf", "Fjordnet") in triples(ex)
    assert "Norvik" in names(ex)


def test_every_named_plant_and_the_apposition_are_operated(run):
    ex = run(
        "Voltra Energy operates Norway's sole nuclear power station, Zedberg, on the west "
        "coast, plus the newer gas-fired Aldo and Brenn plants."
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


def test_a_place_described_as_home_of_a_unit_hosts_it(run):
    ex = run(
        "The jets will be stationed at Zedborg air base in Lower Saxony, home of the "
        "71st Tactical Wing. Quilmar, home to the army's 9th Air Brigade, will host them."
    )
    got = triples(ex)
    assert ("71st Tactical Wing", "locatedIn", "Zedborg air base") in got
    assert by_name(ex, "Quilmar").type == "Location"
    assert ("9th Air Brigade", "locatedIn", "Quilmar") in got


def test_home_to_a_fleet_names_the_place_just_before_it(run):
    ex = run(
        "Estonia borders Latvia, a partner of Finland, and the port city of Kaliningrad, "
        "home of Russia's Baltic Fleet."
    )
    got = triples(ex)
    assert ("Baltic Fleet", "locatedIn", "Kaliningrad") in got
    assert ("Baltic Fleet", "locatedIn", "Latvia") not in got


def test_based_in_after_another_participle_still_places_the_company(run):
    ex = run(
        "Zedtronics Aerospace, set up in 1971 and based in Boulder, Colorado, makes sensors. "
        "Kestrel Shipping Company, a freight carrier which is controlled by the Lund family "
        "and based in Zurich, declined to comment."
    )
    got = triples(ex)
    assert ("Zedtronics Aerospace", "locatedIn", "Boulder") in got
    assert ("Kestrel Shipping Company", "locatedIn", "Zurich") in got


def test_a_known_name_before_a_capitalised_title_is_a_mention_of_it(run):
    ex = run(
        "Norspace said on Saturday the crew would return. Days later, the founder wrote to "
        "Norspace Administrator Ola Berg asking for a meeting."
    )
    assert ("Ola Berg", "leads", "Norspace") in triples(ex)


def test_whose_chief_executive_between_commas_leads_the_company(run):
    ex = run(
        "The Zedwood Company, whose chief executive, Jan Roe, spoke at the launch, will sell "
        "the game next month."
    )
    assert ("Jan Roe", "leads", "Zedwood Company") in triples(ex)


def test_a_fleet_of_aircraft_names_the_aircraft(run):
    ex = run("The Norlandic Air Force now operates a fleet of Zed-16s and Yak-130 jets.")
    unit = by_name(ex, "Norlandic Air Force").name
    operated = {o for s, p, o in triples(ex) if s == unit and p in {"uses", "operates"}}
    assert "Zed-16" in operated  # the model, named without the plural
    assert "fleet" not in {o.lower() for o in operated}


def test_a_subsidiary_and_the_refinery_named_after_it_are_two_things(run):
    ex = run(
        "Norvik said output had fallen. The group owns, through its subsidiary Zedoil, the "
        "Zedoil refinery near Gdansk."
    )
    _company_and_place_apart(ex, "Zedoil", "Zedoil refinery")


def test_the_name_a_works_stands_at_is_a_place(run):
    ex = run(
        "Norvik Industries, which runs a big refining complex at Velsund, signed a supply "
        "deal. Jane Roe, an analyst at Zedcap, said the deal was good."
    )
    assert by_name(ex, "Velsund").type == "Location"
    assert by_name(ex, "Zedcap").type == "Organization"


def test_peoples_and_the_west_are_no_places(run):
    ex = run(
        "Among the sailors were Filipinos, Pakistanis and two Poles. Asked whether Norland "
        "was turning its gas against the West, the minister shot back."
    )
    assert not {"Filipinos", "Pakistanis", "West"} & names(ex)


def test_a_peninsula_named_by_an_adjective_is_one_place(run):
    ex = run("The drone was downed over the Crimean peninsula on Tuesday.")
    assert by_name(ex, "Crimean peninsula").type == "Location"
    assert "Crimean" not in names(ex)


def test_a_platform_named_at_the_end_of_an_on_phrase_is_the_platform(run):
    ex = run("Prime Minister Jan Berg thanked the rescuers on X, calling them heroes.")
    assert by_name(ex, "X").type == "Product"


def test_a_presidents_administration_is_a_government_body_apart_from_him(run):
    ex = run(
        'President Jan Berg said on Monday that he had asked the army to act. "I thank our '
        'pilots," Berg said. "The Berg administration let the balloon cross the country," '
        "a senator said."
    )
    assert by_name(ex, "Berg administration").type == "GovernmentAgency"
    person = by_name(ex, "Jan Berg")
    assert by_name(ex, "Berg") == person and person.type == "Person"


def test_it_opening_a_sentence_is_the_company_the_text_is_about(run):
    ex = run(
        "Zedoil Corp said on Monday that profits rose. It operates the Ridgeway refinery in "
        "Texas and owns a stake in Brixco Holdings."
    )
    got = triples(ex)
    assert ("Zedoil Corp", "operates", "Ridgeway refinery") in got
    assert ("Zedoil Corp", "owns", "Brixco Holdings") in got


def test_a_title_whose_name_the_parser_hangs_on_it_as_an_apposition(run):
    ex = run("Zedcom has dismissed chief executive André de Souza with immediate effect.")
    assert ("André de Souza", "leads", "Zedcom") in triples(ex)


def test_states_described_as_members_or_allies_of_an_alliance_belong_to_it(run):
    ex = run(
        "The drones flew from bases in Estonia and Latvia, both NATO members, to watch the "
        "border. Washington approved the sale of jets to Norway, a NATO ally and a rival of "
        "Russia."
    )
    assert {
        ("Estonia", "memberOf", "NATO"),
        ("Latvia", "memberOf", "NATO"),
        ("Norway", "memberOf", "NATO"),
    } <= triples(ex)


def test_a_subsidiary_named_after_its_parent_and_the_word_subsidiary(run):
    ex = run("The radars, built by Acme Aerospace subsidiary Zedtron Systems, can track missiles.")
    assert ("Zedtron Systems", "partOf", "Acme Aerospace") in triples(ex)


def test_a_state_taking_delivery_of_weapons_uses_them_and_the_seller_supplies_it(run):
    ex = run("Norway took delivery of its first Zed-7 tanks from Finland on Tuesday.")
    got = triples(ex)
    assert ("Finland", "supplies", "Norway") in got
    assert ("Norway", "uses", "Zed-7") in got
    assert ("Norway", "operates", "Zed-7") not in got


def test_a_weapon_name_the_model_takes_for_a_nationality_is_a_product(run):
    ex = run("Russia launched 40 Shahed drones and three Kinzhal missiles at Ukraine overnight.")
    assert by_name(ex, "Shahed").type == "Product"
    assert ("Russia", "uses", "Shahed") in triples(ex)
    assert "European" not in names(run("European drones were shot down over the sea."))


def test_a_named_prison_in_a_place_lies_there(run):
    ex = run("She was held at the Evin prison in Tehran for two years.")
    assert ("Evin", "locatedIn", "Tehran") in triples(ex)


def test_a_list_of_places_ending_in_elsewhere_puts_none_inside_another(run):
    ex = run("Norvik will keep its depots in Oslo, Bergen and elsewhere in Norway, it said.")
    assert ("Oslo", "locatedIn", "Bergen") not in triples(ex)


def test_pairs_of_sites_and_places_are_not_crossed(run):
    ex = run(
        "Drones targeted the Zedhof air base in the Murmansk region and the Kolvik air base in "
        "the Irkutsk region."
    )
    got = triples(ex)
    assert ("Zedhof air base", "locatedIn", "Kolvik air base") not in got


def test_a_named_consortium_of_companies_has_them_as_members(run):
    ex = run(
        "The jets, built by the Zedavia consortium of Airbus, Saab and Leonardo, will be "
        "replaced. The port went to a consortium of Zedcorp, Brixco and Acme Holdings."
    )
    assert by_name(ex, "Zedavia").type == "Organization"
    assert by_name(ex, "Zedcorp").type == "Organization"
    got = triples(ex)
    assert {
        ("Airbus", "memberOf", "Zedavia"),
        ("Saab", "memberOf", "Zedavia"),
        ("Leonardo", "memberOf", "Zedavia"),
    } <= got


def test_words_opening_a_sentence_are_not_part_of_a_forces_name(run):
    ex = run(
        "Since the Navy had no ships nearby, the rescue was slow. In May the Army said "
        "it would buy drones. Twelve Zedland Army soldiers were hurt."
    )
    assert by_name(ex, "Navy").type == by_name(ex, "Zedland Army").type == "MilitaryUnit"
    assert not {"Since the Navy", "May the Army", "Twelve Zedland Army"} & names(ex)
    assert "Office of the President" in names(run("The Office of the President said so."))


def test_a_products_name_holds_neither_a_nationality_nor_the_words_after_it(run):
    got = names(
        run(
            "The pilots flew a Russian Mi-24 helicopter over the border. The tanker Zedwind S "
            "after Estlink 2 failed was detained by Finland."
        )
    )
    assert "Mi-24" in got and "Russian Mi-24" not in got
    assert not any("after" in n for n in got)
