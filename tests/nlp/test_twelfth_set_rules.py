"""Entities and relations from rules added after reading a twelfth set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, triples


def test_a_head_of_state_named_with_a_possessive_leads_it_and_is_no_mere_citizen(run):
    ex = run("Norway's President Ana Dorval called for calm on Sunday.")
    assert ("Ana Dorval", "leads", "Norway") in triples(ex)
    assert ("Ana Dorval", "country", "Norway") not in triples(ex)


def test_a_minister_named_with_a_possessive_is_still_of_that_country(run):
    ex = run("Norway's Foreign Minister Ana Dorval called for calm on Sunday.")
    assert ("Ana Dorval", "country", "Norway") in triples(ex)


def test_a_surname_capitalised_at_the_start_of_a_sentence_is_the_same_person(run):
    ex = run(
        "Foreign Ministry spokesman Omar al-Zedani described the strike as reckless. "
        "Al-Zedani said the call came while the explosions were still heard."
    )
    people = [e for e in ex.entities if e.type == "Person"]
    assert len(people) == 1


def test_two_surnames_joined_by_and_are_no_firm_that_keeps_a_surname_apart():
    # the model sometimes labels "Lambert and Faure" an organisation; the surname alone
    # is still the person named in full before
    import spacy

    from kg.nlp.entities import Candidate
    from kg.nlp.resolve import group
    from kg.nlp.vocab import get_vocab

    doc = spacy.blank("en")(
        "Paul Lambert met Louis Faure . Lambert and Faure were fined . Lambert left ."
    )
    people = [Candidate(0, 2, "Person", 1, "ner"), Candidate(3, 5, "Person", 1, "ner")]
    firm = Candidate(6, 9, "Organization", 1, "ner")
    alone = Candidate(12, 13, "Person", 1, "ner")
    groups = group(doc, [*people, firm, alone], get_vocab())
    together = next(g for g in groups if people[0] in g)
    assert alone in together


def test_a_party_named_with_and_without_the_word_party_is_one_party(run):
    ex = run(
        "Dorval, whose Zed Forward party was set up in 2021, spoke on Sunday. "
        "Zed Forward has few seats in Congress."
    )
    parties = [e for e in ex.entities if "Zed Forward" in e.name]
    assert len(parties) == 1
    assert by_name(ex, "Zed Forward").type == "Organization"


def test_a_given_name_and_surname_the_model_left_untagged_is_a_person(run):
    ex = run(
        "LAGOS, May 12 (Reuters) - Ingrid Zedmark on Friday named Kari Holm, the longtime "
        'sales chief of Brixco, as the new chief executive. "I am excited," Zedmark tweeted.'
    )
    person = by_name(ex, "Ingrid Zedmark")
    assert person.type == "Person" and "Zedmark" in person.aliases


def test_a_treaty_named_after_a_person_is_no_person(run):
    ex = run("The Jacob Accords were signed at the White House in 2020.")
    assert not [e for e in ex.entities if e.type == "Person"]


def test_a_name_whose_chief_executive_is_named_is_a_company(run):
    ex = run("Kari Holm was named Velmar's new chief executive on Friday.")
    assert by_name(ex, "Velmar").type == "Organization"
    assert ("Kari Holm", "leads", "Velmar") in triples(ex)


def test_its_chief_executive_is_the_chief_of_the_company_just_described(run):
    ex = run(
        "Velmar, based in Lyon, makes lasers and the chips that power them. Its Chief "
        "Executive Kari Holm said joining Brixco would help it grow."
    )
    assert ("Kari Holm", "leads", "Velmar") in triples(ex)
    assert ("Kari Holm", "leads", "Brixco") not in triples(ex)


def test_the_one_named_as_chief_executive_leads_not_the_one_who_named_her(run):
    ex = run(
        "Ingrid Zedmark on Friday named Kari Holm, the longtime sales chief of Brixco, as "
        "Velmar's new chief executive."
    )
    assert ("Kari Holm", "leads", "Velmar") in triples(ex)
    assert ("Ingrid Zedmark", "leads", "Velmar") not in triples(ex)


def test_a_next_chief_executive_does_not_lead_yet(run):
    ex = run("Velmar named Kari Holm, who sits on its board, as its next CEO.")
    assert ("Kari Holm", "leads", "Velmar") not in triples(ex)


def test_a_deputy_secretary_of_a_portfolio_is_a_member_of_its_department(run):
    ex = run(
        "The Interior Department approved the plan on Monday. Deputy Interior Secretary "
        "Kari Holm signed it."
    )
    assert ("Kari Holm", "memberOf", "Interior Department") in triples(ex)


def test_a_bare_spokesperson_after_a_ministry_speaks_for_it(run):
    ex = run(
        "The Norwegian foreign ministry said Norway opposes an arms race, and "
        "spokesperson Kari Holm added on Friday that critics had distorted its aims."
    )
    ministry = by_name(ex, "Norwegian foreign ministry").name
    assert ("Kari Holm", "memberOf", ministry) in triples(ex)


def test_a_tribunal_is_a_government_body_even_with_company_in_its_name(run):
    ex = run("The Norland Company Law Tribunal admitted the airline's plea on Wednesday.")
    assert by_name(ex, "Norland Company Law Tribunal").type == "GovernmentAgency"


def test_foreign_company_suffixes_make_companies(run):
    ex = run(
        "Thailand's Zedpor Pcl said it would stay. Jan Dorval Shipmanagement said the crew "
        "was safe. Omar Velmar Sangyo said it had seen nothing."
    )
    for name in ("Zedpor Pcl", "Jan Dorval Shipmanagement", "Omar Velmar Sangyo"):
        assert by_name(ex, name).type == "Organization"


def test_his_party_is_one_he_belongs_to_not_one_he_owns(run):
    ex = run(
        "Ivar Dorval, 69, and his conservative Zed Forward Party have governed Norway since 2002."
    )
    assert ("Ivar Dorval", "owns", "Zed Forward Party") not in triples(ex)
    assert ("Ivar Dorval", "memberOf", "Zed Forward Party") in triples(ex)


def test_a_company_fined_for_tying_its_services_runs_them(run):
    ex = run(
        "Velmar Corp. was fined 700 million euros by the regulator this week for bundling "
        "its Zedbook Market listings app with its Zedbook social network."
    )
    assert ("Velmar Corp", "operates", "Zedbook") in triples(ex)


def test_the_regulator_that_fines_does_not_run_what_it_fined(run):
    ex = run(
        "The Norland Trade Authority fined Velmar Corp. this week for bundling its Zedbook "
        "app with its phones."
    )
    assert not {t for t in triples(ex) if t[0] == "Norland Trade Authority" and t[1] == "operates"}


def test_a_company_whose_products_include_a_name_makes_it(run):
    ex = run(
        "Lyon-based Velmar, whose products include the Zedline and Yonflex families of "
        "lasers, reported revenue of $1.5 billion last year."
    )
    made = {t[2] for t in triples(ex) if t[:2] == ("Velmar", "operates")}
    assert made & {"Zedline", "Yonflex"}


def test_a_state_in_a_company_brand_gives_it_no_state(run):
    ex = run(
        "Chile Zedcom Inc. said on Monday that it would appeal the ruling, which bars it "
        "from selling phones in Chile."
    )
    assert by_name(ex, "Chile Zedcom Inc").type == "Organization"
    assert ("Chile Zedcom Inc", "country", "Chile") not in triples(ex)


def test_a_state_in_a_public_body_name_still_gives_its_state(run):
    ex = run(
        "The Chile Coast Guard said on Monday that it had boarded the ship off the coast of Chile."
    )
    assert ("Chile Coast Guard", "country", "Chile") in triples(ex)


def test_an_airline_flying_another_makers_jets_uses_them(run):
    ex = run("Zedair operates 40 Airbus A320neo jets on its domestic routes.")
    assert ("Zedair", "uses", "Airbus A320neo") in triples(ex)
    assert ("Zedair", "operates", "Airbus A320neo") not in triples(ex)


def test_a_maker_of_a_product_named_after_it_still_makes_it(run):
    ex = run("Velmar Group builds the Velmar Star tankers at its yard in Oslo.")
    assert ("Velmar Group", "uses", "Velmar Star") not in triples(ex)


def test_a_force_that_strikes_with_a_weapon_uses_it(run):
    ex = run("The Norland Navy struck the vessel overnight with Zedfin V5 drones.")
    assert ("Norland Navy", "uses", "Zedfin V5") in triples(ex)


def test_a_lower_case_kind_word_after_a_name_stays_outside_it(run):
    ex = run("The Norland Navy struck the vessel overnight with Zedfin V5 sea drones.")
    assert [e.name for e in ex.entities if "Zedfin" in e.name] == ["Zedfin V5"]


def test_a_parent_company_owns_the_possessor(run):
    ex = run(
        "In a statement, Velmar's Singapore-based parent company Brixco Ltd said the chief "
        "had stepped down."
    )
    assert ("Brixco Ltd", "owns", "Velmar") in triples(ex)
    assert ("Velmar", "owns", "Brixco Ltd") not in triples(ex)


def test_a_president_and_largest_shareholder_owns_the_company(run):
    ex = run(
        "Ivar Holm, Velmar's chairman and largest shareholder, promised that the firm would pay."
    )
    assert ("Ivar Holm", "owns", "Velmar") in triples(ex)


def test_a_site_that_belongs_to_a_body_is_owned_by_it(run):
    ex = run("The Zedby depot belongs to the Velmar Institute, a public body.")
    assert ("Velmar Institute", "owns", "Zedby depot") in triples(ex)


def test_a_disease_is_no_entity(run):
    ex = run(
        "Velmar Corp. said sales fell when COVID-19 spread. COVID-19 also cut demand "
        "for its Zedline lasers."
    )
    assert not [e for e in ex.entities if "COVID" in e.name]


def test_a_sentence_initial_kind_word_is_not_part_of_the_name(run):
    ex = run(
        "Rival Zedair, Norway's biggest airline, has also grounded dozens of its Airbus "
        "A320neo aircraft."
    )
    assert by_name(ex, "Zedair").type == "Organization"
    assert not [e for e in ex.entities if e.name.startswith("Rival")]
    assert ("Zedair", "uses", "Airbus A320neo") in triples(ex)


def test_a_name_before_a_lower_case_state_word_is_a_place(run):
    ex = run("Zedani, the capital of Borvik state, fell to the army in January.")
    assert by_name(ex, "Borvik").type == "Location"


def test_state_media_do_not_make_a_place(run):
    ex = run("Velmar Corp. state media reported the attack on Sunday.")
    assert not [e for e in ex.entities if e.type == "Location"]


def test_a_place_set_off_as_on_the_tip_of_a_region_lies_in_it(run):
    ex = run("Zedport, on the southwestern tip of the Yonder Peninsula, is home to the fleet.")
    assert ("Zedport", "locatedIn", "Yonder Peninsula") in triples(ex)


def test_a_place_on_the_coast_of_a_continent_is_not_placed_in_it(run):
    ex = run("Zedport, on the northeastern coast of South America, hosts the launch site.")
    assert not {t for t in triples(ex) if t[2] == "South America"}


def test_a_capitals_institute_lies_in_the_city(run):
    ex = run(
        "The probe carried a small satellite built by Oslo's Institute of Space Studies with "
        "Norway's space agency."
    )
    assert by_name(ex, "Oslo").type == "Location"
    assert ("Institute of Space Studies", "locatedIn", "Oslo") in triples(ex)
