"""State forces named by a possessive, and the bodies people head, from rules added
after reading a sixth set of unseen news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

import pytest
from nlp_helpers import by_name, triples


def test_which_is_never_said_of_a_person(run):
    ex = run(
        "The sale followed pressure from activist investor Elliott Management, which "
        "disclosed a stake in 2022."
    )
    assert by_name(ex, "Elliott Management").type == "Organization"


def test_a_name_listed_among_companies_is_a_company(run):
    ex = run("Its stores trade under banners including Zelvo, Marta Osk and Brix.")
    assert by_name(ex, "Marta Osk").type == "Organization"


def test_a_numbered_unit_of_a_state_is_named_without_the_state(run):
    ex = run("Drones struck the 212th Coastal Brigade of Norway on Monday.")
    assert by_name(ex, "212th Coastal Brigade").type == "MilitaryUnit"
    assert ("212th Coastal Brigade", "country", "Norway") in triples(ex)


def test_a_unit_of_a_states_fleet_is_part_of_the_fleet(run):
    ex = run("The corvette belonged to the 23rd Patrol Boat Brigade of Norway's Arctic Fleet.")
    found = triples(ex)
    assert ("23rd Patrol Boat Brigade", "partOf", "Arctic Fleet") in found
    assert ("Arctic Fleet", "partOf", "23rd Patrol Boat Brigade") not in found


def test_a_nationality_is_no_organisation(run):
    ex = run("He was helped by Jan Berg, an Australian drug trafficking suspect in Turkey.")
    assert not [e for e in ex.entities if e.name == "Australian"]


def test_the_opposition_is_no_organisation(run):
    ex = run("Opposition leader Jan Berg said the cabinet would be a disaster.")
    assert not [e for e in ex.entities if e.name == "Opposition"]


def test_heading_an_alliance_of_parties_leads_each(run):
    found = triples(
        run("Jan Berg, who heads the alliance of the Green Party and the Centre Party, voted no.")
    )
    assert {("Jan Berg", "leads", "Green Party"), ("Jan Berg", "leads", "Centre Party")} <= found


def test_people_named_after_a_plural_title_are_each_members(run):
    found = triples(
        run("Two Siemens directors, Jan Berg and Ana Soto, have joined the Airbus board.")
    )
    assert {
        ("Jan Berg", "memberOf", "Siemens"),
        ("Ana Soto", "memberOf", "Siemens"),
        ("Ana Soto", "memberOf", "Airbus"),
    } <= found


def test_a_plural_title_elsewhere_in_the_sentence_is_not_the_persons(run):
    found = triples(
        run("Siemens engineer Ola Dahl spoke as employees at the Oslo headquarters cheered.")
    )
    assert not [t for t in found if t[0] == "Ola Dahl" and t[2] == "Oslo"]


def test_a_party_announcing_its_own_deal_makes_a_claim_not_a_fact(run):
    # issue 3: what a speaker says is never a fact in the article's own voice
    ex = run("Saab signed a contract with the Norwegian Army on Monday, the company said.")
    assert ("Saab", "contractWith", "Norwegian Army") not in triples(ex)
    assert [c.relation.predicate for c in ex.claims if c.relation] == ["contractWith"]


def test_what_a_speaker_says_of_others_stays_a_claim(run):
    ex = run(
        "Saab signed a contract with the Norwegian Army on Monday, Finland's foreign ministry said."
    )
    assert ("Saab", "contractWith", "Norwegian Army") not in triples(ex)


def test_joint_operations_are_no_conflict(run):
    found = triples(run("The Norwegian Army announced joint flight operations with the Zed Front."))
    assert not [t for t in found if t[1] == "inConflictWith"]


def test_its_war_is_nobodys_when_two_states_came_before(run):
    found = triples(
        run("Norway has sent rifles to Sweden since May for use in its war against Finland.")
    )
    assert ("Norway", "inConflictWith", "Finland") not in found


def test_a_site_built_for_a_force_is_no_delivery(run):
    found = triples(run("Siemens has built a base for the Norwegian Army near the airport."))
    assert ("Siemens", "supplies", "Norwegian Army") not in found


def test_a_companys_rival_is_neither_owned_nor_the_company(run):
    found = triples(run("Zedtel bought Brixco's main rival, Korvex Systems, for $16 billion."))
    assert ("Zedtel", "owns", "Korvex Systems") in found
    assert not [t for t in found if t[1] == "owns" and "Brixco" in (t[0], t[2])]


def test_a_company_named_before_its_longer_named_unit_stays_the_parent(run):
    ex = run(
        "Zedcard said on Thursday it would file for insolvency. Zedcard Bank, its lending arm, "
        "was not part of the filing."
    )
    assert by_name(ex, "Zedcard").name != by_name(ex, "Zedcard Bank").name


def test_a_possessive_force_names_its_state_too(run):
    ex = run("The plot involved Chile's military and two foreign banks.")
    assert by_name(ex, "Chile").type == "Country"
    force = by_name(ex, "Chile's military")
    assert force.type == "MilitaryUnit"
    assert (force.name, "country", "Chile") in triples(ex)


RELATIONS = [
    (
        "Sri Lanka voted. Sri Lankan President Jana Ortiz said the count was fair.",
        ("Jana Ortiz", "leads", "Sri Lanka"),
    ),
    (
        "Jan Berg, who was Norvik Energy's CEO, has joined Fjordgas.",
        ("Jan Berg", "leads", "Norvik Energy"),
    ),
    (
        "Jan Berg, who is the chief executive of Norvik Energy, said output rose.",
        ("Jan Berg", "leads", "Norvik Energy"),
    ),
    (
        "Jan Berg, who was appointed finance chief in May and runs Norvik Energy, was seen "
        "as a candidate.",
        ("Jan Berg", "leads", "Norvik Energy"),
    ),
    (
        "Hundreds were arrested after the Norvik-run messaging app Zedchat was shut down.",
        ("Norvik", "operates", "Zedchat"),
    ),
    (
        "Power companies Norvik of Estonia and Zedgrid of Latvia cut the link.",
        ("Norvik", "country", "Estonia"),
    ),
    (
        "Officials of Jan Berg's Norland Freedom Party denied the claim.",
        ("Jan Berg", "memberOf", "Norland Freedom Party"),
    ),
    (
        "Korvex Oil won the bid on Monday. The US energy company operates the Zedfield block.",
        ("Korvex Oil", "operates", "Zedfield block"),
    ),
    (
        "Jan Berg, the venture's chairman and a longtime Brixco executive, said so.",
        ("Jan Berg", "memberOf", "Brixco"),
    ),
    (
        "Jan Berg, the court's president and also a member of the Supreme Electoral Tribunal, "
        "said the ruling was fair.",
        ("Jan Berg", "memberOf", "Supreme Electoral Tribunal"),
    ),
    (
        "Jan Berg, chief analyst for oil markets at Siemens Energy, said prices would rise.",
        ("Jan Berg", "memberOf", "Siemens Energy"),
    ),
    (
        "Jan Berg, one of the coordinators of the Students Union, said the students would "
        "not accept it.",
        ("Jan Berg", "memberOf", "Students Union"),
    ),
    (
        "Norway has signed a contract to buy 42 Zed-9 jets from Sweden's Saab.",
        ("Norway", "contractWith", "Saab"),
    ),
    (
        "Norway has signed a contract to buy 42 Zed-9 jets from Sweden's Saab.",
        ("Saab", "operates", "Zed-9"),
    ),
    (
        "The delivery is part of a $375 million contract that the Department of National "
        "Defense signed with Saab.",
        ("Department of National Defense", "contractWith", "Saab"),
    ),
    (
        "Oslo's allies have backed Norway firmly in its war against Sweden.",
        ("Norway", "inConflictWith", "Sweden"),
    ),
    (
        "Norway cut gas deliveries following its invasion of Sweden.",
        ("Norway", "inConflictWith", "Sweden"),
    ),
    (
        "Norway's army used artillery against the Zed Front.",
        ("Norwegian Armed Forces", "inConflictWith", "Zed Front"),
    ),
    (
        "A law allows Norway's armed forces to carry out operations against the Zed Front.",
        ("Norwegian Armed Forces", "inConflictWith", "Zed Front"),
    ),
    (
        "Brixco will keep its factory in Zedheim, in the German state of Lower Saxony.",
        ("Zedheim", "locatedIn", "Lower Saxony"),
    ),
    (
        "A drone hit Zedmont children's hospital in Lviv.",
        ("Zedmont", "locatedIn", "Lviv"),
    ),
    (
        "At Brixco headquarters in Oslo, Jan Berg said the deal was done.",
        ("Brixco", "locatedIn", "Oslo"),
    ),
    (
        "Zedfarm Foods, the meat packer that is majority-owned by Brixco Holdings, was hit too.",
        ("Brixco Holdings", "owns", "Zedfarm Foods"),
    ),
    (
        "Korvex Motors, in which Brixco Holdings owns a stake of about a third, pulled out.",
        ("Brixco Holdings", "owns", "Korvex Motors"),
    ),
    (
        "State pipeline operator Zedneft, which holds the biggest stake in the Brix Pipeline "
        "Consortium, said flows would fall.",
        ("Zedneft", "owns", "Brix Pipeline Consortium"),
    ),
    (
        "Siemens builds Boxer vehicles for the Norwegian Army.",
        ("Siemens", "supplies", "Norwegian Army"),
    ),
    (
        "Norway's oil fund grew, and the country's Zedfund Investment Corporation bought shares.",
        ("Zedfund Investment Corporation", "country", "Norway"),
    ),
    (
        "The secretariat, led by Secretary General Jan Berg of Kazakhstan, said so.",
        ("Jan Berg", "country", "Kazakhstan"),
    ),
    (
        "The operation was coordinated by Zedpol, the EU's law enforcement agency based in "
        "The Hague.",
        ("Zedpol", "partOf", "EU"),
    ),
    (
        "They handed their weapons to ZEDMIS, the UN peacekeeping mission in the country.",
        ("ZEDMIS", "partOf", "UN"),
    ),
    (
        "The money came from Zedvik, the truck maker that is a unit of Korvex Holdings.",
        ("Zedvik", "partOf", "Korvex Holdings"),
    ),
    (
        "A door plug blew off a Norvik Airlines 737 MAX 9 in January.",
        ("Norvik Airlines", "uses", "737 MAX 9"),
    ),
    (
        "Korvex showed a carrier based on the Zedlynx K9, which Siemens already builds for "
        "Hungary's armed forces.",
        ("Hungarian Armed Forces", "uses", "Zedlynx K9"),
    ),
    (
        "Siemens named Jan Berg. Berg, who took over as CEO of Siemens in 2022, said so.",
        ("Jan Berg", "leads", "Siemens"),
    ),
    (
        "Brixco Chairman and Chief Executive Jan Berg said mobility was key.",
        ("Jan Berg", "leads", "Brixco"),
    ),
    (
        "Jan Berg, the founder and chairman of Brixco Enterprises, said the merger was good.",
        ("Jan Berg", "leads", "Brixco Enterprises"),
    ),
]


def test_a_national_unit_of_a_company_is_not_the_company(run):
    ex = run("American Brixco Vehicles, a unit of the group, won the contract. Brixco said so.")
    assert by_name(ex, "Brixco").name != by_name(ex, "American Brixco Vehicles").name


def test_a_participle_after_a_place_describes_the_named_site(run):
    found = triples(run("The Zedheim 2 reactor in Upper Austria, operated by Fjordgas, was shut."))
    assert ("Fjordgas", "operates", "Zedheim 2") in found
    assert ("Fjordgas", "operates", "Upper Austria") not in found


def test_a_unit_number_belongs_to_the_name_of_its_site(run):
    ex = run("The Brixholm 3 reactor was taken off the grid on Saturday.")
    assert by_name(ex, "Brixholm 3").type == "Location"


@pytest.mark.parametrize(("text", "triple"), RELATIONS)
def test_relation(run, text, triple):
    assert triple in triples(run(text))
