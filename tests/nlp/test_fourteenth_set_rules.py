"""Entities and relations from rules added after reading a fourteenth set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, stances, triples


def test_a_title_after_a_body_name_is_not_part_of_the_name(run):
    ex = run("Norland Coast Guard Commandant Piet Hanssen said at a news conference.")
    assert by_name(ex, "Piet Hanssen").type == "Person"
    assert ("Piet Hanssen", "leads", "Norland Coast Guard") in triples(ex)


def test_every_word_of_a_capitalised_title_is_cut_from_the_company_name(run):
    ex = run(
        "She agreed to a request from Orvex Holdings Chief Executive Officer Ravi Menon "
        "to stay on as an adviser."
    )
    assert "Orvex Holdings Chief" not in {e.name for e in ex.entities}
    assert ("Ravi Menon", "leads", "Orvex Holdings") in triples(ex)


def test_a_title_with_of_between_a_service_and_a_rank_leads_the_service(run):
    ex = run(
        "The minister was flanked by Air Force Chief of Staff General Tomas Varga at the ceremony."
    )
    assert ("Tomas Varga", "leads", "Air Force") in triples(ex)


def test_a_chief_under_whom_a_company_acts_leads_that_company(run):
    ex = run(
        "Lockwell Industries lost the bid, and Lockwell Industries shares fell 6%. "
        "The award is a boost for Halvard Aerospace, which under "
        "Chief Executive Officer Lena Strand is trying to recover from a string of crises."
    )
    assert ("Lena Strand", "leads", "Halvard Aerospace") in triples(ex)
    assert ("Lena Strand", "leads", "Lockwell Industries") not in triples(ex)


def test_the_president_an_official_served_under_leads_nothing_of_the_officials(run):
    ex = run(
        "Karl Obst, Air Force secretary under President Maria Lenz, paused the program last year."
    )
    assert ("Karl Obst", "leads", "Air Force") in triples(ex)
    assert ("Maria Lenz", "leads", "Air Force") not in triples(ex)


def test_a_sentence_initial_name_before_a_company_title_and_a_holder_is_a_company(run):
    ex = run("Meridex CEO Hal Brandt rejected the objection on Tuesday.")
    assert by_name(ex, "Meridex").type == "Organization"
    assert ("Hal Brandt", "leads", "Meridex") in triples(ex)


def test_a_chief_justices_title_is_not_part_of_the_name(run):
    ex = run("Chief Justice Ruwan Perera administered the oath on Monday.")
    assert "Ruwan Perera" in {e.name for e in ex.entities if e.type == "Person"}
    assert "Justice Ruwan Perera" not in {e.name for e in ex.entities}


def test_a_clause_after_a_superlative_description_is_about_the_name_before_it(run):
    ex = run(
        "Velsk is home to the Velsk oil refinery, the country's largest, which is run by Norfta."
    )
    assert ("Norfta", "operates", "Velsk oil refinery") in triples(ex)


def test_a_rover_is_a_product_its_agency_operates(run):
    ex = run("The lander is due to carry NASA's TRAX rover to the lunar south pole.")
    assert by_name(ex, "TRAX").type == "Product"
    assert ("NASA", "operates", "TRAX") in triples(ex)


def test_a_name_before_an_estuary_a_hub_or_a_mall_is_a_place(run):
    ex = run(
        "The tanker was at anchor near the mouth of the Orrin estuary. Gas flows to "
        "the Kestel hub in eastern Norland. Rescuers searched the Velmar shopping center."
    )
    for name in ("Orrin", "Kestel", "Velmar"):
        assert by_name(ex, name).type == "Location"


def test_international_courts_are_courts(run):
    ex = run(
        "Norland asked the International Court of Justice to order a halt. "
        "The International Criminal Court issued a warrant on Friday."
    )
    assert by_name(ex, "International Court of Justice").type == "GovernmentAgency"
    assert by_name(ex, "International Criminal Court").type == "GovernmentAgency"


def test_a_that_clause_after_said_in_a_statement_is_the_statement(run):
    ex = run(
        "Ravi Anand said in a statement that Orvex Holdings was committed to building "
        "up its supply chain in Norland."
    )
    assert stances(ex, "Ravi Anand") == {"asserts"}


def test_having_no_plans_is_a_stated_policy_not_a_denial(run):
    ex = run("Orvex Holdings said it had no plans to make a takeover offer for Zedcom.")
    assert stances(ex, "Orvex Holdings") == {"asserts"}


def test_having_sold_nothing_is_still_a_denial(run):
    ex = run("Orvex Holdings said it had sold no drones to Norland's army.")
    assert stances(ex, "Orvex Holdings") == {"denies"}


def test_a_speaker_after_a_participle_clause_still_speaks(run):
    ex = run(
        "Supreme Leader Karim Zand, addressing a crowd in the holy city of Qom, said the "
        "strikes were a slap in the face of Norland."
    )
    assert stances(ex, "Karim Zand") == {"asserts"}


def test_a_minister_named_after_the_portfolio_is_found_and_speaks(run):
    ex = run("Minister for Health Declan Fahy said the attack was having a serious impact.")
    assert by_name(ex, "Declan Fahy").type == "Person"
    assert stances(ex, "Declan Fahy") == {"asserts"}


def test_a_national_regulator_described_is_the_one_regulator_named(run):
    ex = run(
        "The Norland Competition Authority said on Monday it had opened an inquiry into "
        "Orvex Holdings. The deal needs the Norlandic regulator's approval."
    )
    agencies = [e for e in ex.entities if e.type == "GovernmentAgency"]
    assert [e.name for e in agencies] == ["Norland Competition Authority"]


def test_of_two_regulators_the_description_names_the_one_of_its_state(run):
    ex = run(
        "The European Union Aviation Safety Agency suspended the licences, and the "
        "Chile Civil Aviation Authority grounded the pilots. The Chilean regulator "
        "said it would review the cases."
    )
    agencies = [e for e in ex.entities if e.type == "GovernmentAgency"]
    assert len(agencies) == 2
    assert by_name(ex, "Chilean regulator") is by_name(ex, "Chile Civil Aviation Authority")


def test_the_islamic_republic_is_iran(run):
    ex = run("Iran fired missiles on Sunday. Norland condemned the Islamic Republic.")
    assert by_name(ex, "Islamic Republic") is by_name(ex, "Iran")
    assert by_name(ex, "Iran").type == "Country"


def test_states_territories_and_detention_centres_are_places(run):
    ex = run(
        "Gunmen attacked a village in Kwara State on Sunday, police in the Federal "
        "Capital Territory said. He is held at the Metropolitan Detention Center."
    )
    for name in ("Kwara State", "Federal Capital Territory", "Metropolitan Detention Center"):
        assert by_name(ex, name).type == "Location"


def test_the_revolutionary_guard_and_the_joint_chiefs_are_military(run):
    ex = run(
        "Iran's Revolutionary Guard said it had fired missiles. South Korea's Joint "
        "Chiefs of Staff said the launch failed."
    )
    assert by_name(ex, "Revolutionary Guard").type == "MilitaryUnit"
    assert by_name(ex, "Joint Chiefs of Staff").type == "MilitaryUnit"


def test_chip_acronyms_and_wire_end_marks_are_no_names(run):
    ex = run("Zedtron makes NAND and DRAM chips and sells SSD drives, the company said.\n\n(END)")
    assert {"NAND", "DRAM", "SSD", "END"}.isdisjoint({e.name for e in ex.entities})


def test_a_communication_minister_leads_no_body_called_communication(run):
    ex = run("Communication Minister Jean Sawadogo said on Sunday that the toll had risen.")
    assert "Communication" not in {e.name for e in ex.entities}


def test_a_bracketed_acronym_is_the_name_before_it_even_if_a_listed_body_shares_it(run):
    ex = run(
        "Zedcopper is a subsidiary of China Nonferrous Metal Mining Group (CNMC), a "
        "Chinese state-owned company. CNMC said it would pay compensation."
    )
    assert by_name(ex, "CNMC") is by_name(ex, "China Nonferrous Metal Mining Group")
    assert by_name(ex, "CNMC").type == "Organization"


def test_an_owner_of_a_store_described_by_its_city_owns_the_store(run):
    ex = run(
        "Velmart, the Oslo luxury department store owned by the Norland Investment "
        "Authority, said it had restricted internet access."
    )
    assert ("Norland Investment Authority", "owns", "Velmart") in triples(ex)
    assert ("Norland Investment Authority", "owns", "Oslo") not in triples(ex)


def test_a_name_ending_in_industrial_or_networks_is_a_company(run):
    ex = run("The airline was previously controlled by Daesan Industrial, part of the group.")
    assert by_name(ex, "Daesan Industrial").type == "Organization"


def test_a_capital_something_is_acceptable_to_stands_for_its_state(run):
    ex = run(
        "The United States imposed sanctions. Zedoil must find a buyer acceptable to "
        "Washington before the deadline."
    )
    assert by_name(ex, "Washington") is by_name(ex, "United States")


def test_flights_diverted_to_a_capital_land_in_the_city(run):
    ex = run(
        "France closed its airspace. Flights were diverted to Shannon, Amsterdam and Paris "
        "on Friday."
    )
    assert by_name(ex, "Paris").type == "Location"


def test_an_accusation_rejected_at_the_end_of_a_statement_is_not_the_speakers_denial(run):
    ex = run(
        "Prime Minister Jan Berg said in September that Norland had credible evidence "
        "linking agents of the Zedland government to the killing, an accusation Zedland "
        "rejected as absurd."
    )
    assert stances(ex, "Jan Berg") == {"asserts"}


def test_neither_admitting_nor_denying_is_no_statement(run):
    ex = run("Orvex Holdings neither admitted nor denied the allegations in either case.")
    assert stances(ex, "Orvex Holdings") == set()


def test_a_palace_or_a_building_named_after_a_body_is_a_place(run):
    ex = run(
        "Drones exploded over the Senate Palace on Wednesday. Protesters stormed the "
        "Parliament Buildings in Nairobi."
    )
    assert by_name(ex, "Senate Palace").type == "Location"
    assert by_name(ex, "Parliament Buildings").type == "Location"


def test_the_colombian_state_is_colombia(run):
    ex = run(
        "The Zed Liberation Front, the largest rebel group still fighting the Colombian "
        "state, said it would hold talks."
    )
    assert by_name(ex, "Colombian state").name == "Colombia"
    assert ("Zed Liberation Front", "inConflictWith", "Colombia") in triples(ex)


def test_a_state_oil_company_is_no_mention_of_the_state(run):
    ex = run("The Russian state oil company Zedneft said it would appeal.")
    assert "Russian state" not in {a for e in ex.entities for a in [e.name, *e.aliases]}


def test_a_federal_court_or_prosecutor_named_with_its_district_is_one_body(run):
    ex = run(
        "A panel of the U.S. Court of Appeals for the District of Columbia Circuit ruled "
        "on Monday. The U.S. Attorney's Office for the Southern District of New York "
        "brought the charges."
    )
    bodies = {e.name for e in ex.entities if e.type == "GovernmentAgency"}
    assert "U.S. Court of Appeals for the District of Columbia Circuit" in bodies
    assert "U.S. Attorney's Office for the Southern District of New York" in bodies


def test_a_named_person_in_apposition_to_an_office_speaks_himself(run):
    ex = run(
        '"Crimes like this are not anonymous," said Tom Reyes, the U.S. Attorney for the '
        "Northern District of California."
    )
    assert stances(ex, "Tom Reyes") == {"asserts"}


def test_a_department_of_the_listed_portfolios_is_one_body(run):
    ex = run(
        "The Zedland Cyber Centre, part of the Department of the Environment, Climate and "
        "Communications, said it was working with hospitals."
    )
    dept = "Department of the Environment, Climate and Communications"
    assert by_name(ex, dept).type == "GovernmentAgency"
    assert ("Zedland Cyber Centre", "partOf", dept) in triples(ex)
