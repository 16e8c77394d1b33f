"""How names are written in news: particles and suffixes, a person named by another
part of the name, bodies named by a list of portfolios, a state's possessive, titles
and laws that look like names, works named after a place. Invented names, run
through the real model."""

from __future__ import annotations

from nlp_helpers import by_name, names, triples


def test_names_keep_their_particles_and_suffixes(run):
    ex = run(
        "Chilean President Ana Maria da Costa said the talks would resume. Foreign Minister "
        "Karim al-Haddad said Jordan agreed. Interior Minister Omar bin Saleh Al Mansour "
        "declined to comment. Defense Secretary Tomas Reyes Jr. said the plan was sound."
    )
    found = names(ex)
    assert "Ana Maria da Costa" in found
    assert "Karim al-Haddad" in found
    assert "Omar bin Saleh Al Mansour" in found
    assert by_name(ex, "Tomas Reyes Jr.").type == "Person"
    assert not {"Ana Maria", "Karim", "Omar bin", "Tomas Reyes"} & found


def test_a_regnal_number_is_part_of_the_name(run):
    ex = run("The prime minister was received by King Harald IV at the palace.")
    assert by_name(ex, "Harald IV").type == "Person"
    assert "IV" not in names(ex)


def test_a_person_named_by_another_part_of_the_name_is_one_person(run):
    ex = run(
        "Prime Minister Zewde Alemu sent troops north on Monday. Officials said Zewde had "
        "ordered the move after talks failed. President Joana Lima da Costa called him, "
        "and Lima urged restraint."
    )
    zewde = by_name(ex, "Zewde Alemu")
    assert "Zewde" in {m.text for m in zewde.mentions}
    assert "Lima" in {m.text for m in by_name(ex, "Joana Lima da Costa").mentions}
    assert not {"Zewde", "Lima"} & names(ex)


def test_a_body_named_by_a_list_of_portfolios_is_one_body(run):
    ex = run(
        "The Ministry of Fisheries, Forests and Rural Affairs said it would review the "
        "permits. The Foreign, Trade and Development Office (FTDO) summoned the envoy."
    )
    ministry = by_name(ex, "Ministry of Fisheries, Forests and Rural Affairs")
    office = by_name(ex, "Foreign, Trade and Development Office")
    assert ministry.type == office.type == "GovernmentAgency"
    assert not {"Ministry of Fisheries", "Rural Affairs", "Forests", "Trade"} & names(ex)


def test_a_states_body_is_also_named_as_the_text_says_it(run):
    # the name agrees across articles ("Chilean foreign ministry"); the possessive form
    # is how this text (and an analyst searching it) names the ministry
    ex = run("Chile's foreign ministry said on Tuesday that the envoy had been recalled.")
    ministry = by_name(ex, "Chile's foreign ministry")
    assert ministry.type == "GovernmentAgency"
    assert (ministry.name, "country", "Chile") in triples(ex)


def test_words_of_a_capitalised_title_are_no_names(run):
    ex = run(
        "Majority Leader Tom Varga said the vote would pass. Chief Financial Officer Nina "
        "Holm will run Brevik Systems until a successor is found. Mara Lind was named "
        "Chancellor of the Exchequer."
    )
    assert not {"Majority", "Financial", "Exchequer"} & names(ex)
    assert by_name(ex, "Tom Varga").type == "Person"
    assert by_name(ex, "Nina Holm").type == "Person"


def test_names_inside_a_law_or_treaty_name_are_no_entities(run):
    ex = run(
        "The bank was fined under the Protecting Borrowers Through Sanctions Act. Norway "
        "signed the Geneva Statute in 2001. Staff at Zedcorp's Deep Orbit Program "
        "said the test went well."
    )
    found = names(ex)
    assert not {"Protecting Borrowers", "Sanctions", "Geneva", "Geneva Statute"} & found
    assert "Zedcorp" in found  # the owner of a programme is named


def test_a_prison_or_hotel_named_after_a_place_is_one_place(run):
    ex = run("Shells hit Kelvo prison during the fighting, and guests fled the Marsa Bay hotel.")
    assert by_name(ex, "Kelvo prison").type == "Location"
    assert by_name(ex, "Marsa Bay hotel").type == "Location"
    assert "Kelvo" not in names(ex)


def test_an_official_name_of_a_state_is_the_state(run):
    ex = run(
        "The Federal Republic of Nigeria protested, and the Kingdom of Saudi Arabia "
        "called for calm. The Republic of Korea sent an envoy."
    )
    assert by_name(ex, "Federal Republic of Nigeria").name == "Nigeria"
    assert by_name(ex, "Kingdom of Saudi Arabia").type == "Country"
    assert by_name(ex, "Republic of Korea").name == "South Korea"  # listed whole, not "Korea"


def test_names_listed_before_a_plural_kind_of_place_are_places(run):
    ex = run("Fighting spread to the Alvik, Brenna and Dovre districts on Sunday.")
    for name in ("Alvik", "Brenna", "Dovre"):
        assert by_name(ex, name).type == "Location"


def test_a_hyphenated_surname_alone_is_the_person_named_in_full(run):
    ex = run(
        "Officials met Irina Volkova-Sedova on Monday, and Volkova-Sedova said the talks "
        "had gone well."
    )
    person = by_name(ex, "Irina Volkova-Sedova")
    assert "Volkova-Sedova" in {m.text for m in person.mentions}
    assert [e.name for e in ex.entities if "Sedova" in e.name] == ["Irina Volkova-Sedova"]


def test_defence_forces_and_cartels_are_armed_units(run):
    ex = run(
        "The Zedland Defence Force and Japan's Ground Self-Defense Force trained together, "
        "while the Norte Cartel fought the police."
    )
    assert by_name(ex, "Zedland Defence Force").type == "MilitaryUnit"
    assert by_name(ex, "Ground Self-Defense Force").type == "MilitaryUnit"
    assert by_name(ex, "Norte Cartel").type == "MilitaryUnit"


def test_a_states_possessive_stops_at_a_conjunct_with_its_own_article(run):
    ex = run("Japan's Ground Self-Defense Force and the Zedland Defence Force trained together.")
    assert ("Ground Self-Defense Force", "country", "Japan") in triples(ex)
    assert ("Zedland Defence Force", "country", "Japan") not in triples(ex)


def test_reporters_in_a_credit_line_are_people_and_the_credit_words_no_names(run):
    ex = run(
        "The talks ended without a deal. (Reporting by Tom Varga in Oslo; Writing by "
        "Nina Holm; Editing by Mara Lind)"
    )
    for name in ("Tom Varga", "Nina Holm", "Mara Lind"):
        assert by_name(ex, name).type == "Person"
    assert not {"Writing", "Editing", "Reporting"} & names(ex)


def test_names_with_two_particles_and_a_title_after_a_company_name(run):
    ex = run(
        "Dutch Finance Minister Karel van der Berg spoke on Monday. Intel Chair and CEO "
        "Tom Varga said in a statement that the deal would close."
    )
    assert by_name(ex, "Karel van der Berg").type == "Person"
    assert "Karel" not in names(ex)
    assert ("Tom Varga", "leads", "Intel") in triples(ex)
    assert "Intel Chair" not in names(ex)


def test_a_person_well_situated_to_lead_is_no_place(run):
    ex = run("The board said Tom Varga was ideally situated to run the group. Varga agreed.")
    assert by_name(ex, "Tom Varga").type == "Person"


def test_mines_and_convention_centres_are_places(run):
    ex = run(
        "Brixco wants to keep its Kelvara copper mine in Chile. Delegates met at the "
        "Oslo International Convention Centre on Friday."
    )
    assert by_name(ex, "Kelvara copper mine").type == "Location"
    assert by_name(ex, "Oslo International Convention Centre").type == "Location"


def test_a_states_authorities_or_prosecutors_are_no_body(run):
    ex = run(
        "Dutch authorities said the ship had left port, and Belgian prosecutors opened "
        "a case. Belgium's government declined to comment."
    )
    assert not {e.name for e in ex.entities if "authorities" in e.name or "prosecutors" in e.name}
    assert by_name(ex, "Belgium").type == "Country"


def test_an_owners_hyphenated_participle_is_no_part_of_its_name(run):
    ex = run("Brixco Group-owned Air Norvik reported a profit on Tuesday.")
    assert "Brixco Group" in names(ex)
    assert not any(n.endswith("-owned") for n in names(ex))


def test_a_military_rank_in_apposition_is_no_name(run):
    ex = run("Jane Roe, an Air Marshal in the Royal Norwegian Air Force, led the inquiry.")
    assert "Air Marshal" not in names(ex)
