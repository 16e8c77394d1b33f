"""Entities and relations from rules added after reading an eighth set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, stances, triples


def test_an_owner_title_names_the_company_and_everything_it_owns(run):
    ex = run(
        "Regulators looked at the Zedbook app and the Yonchat service. Zedbook and Yonchat "
        "owner Quorvia was fined 90 million euros on Tuesday."
    )
    assert by_name(ex, "Quorvia").type == "Organization"
    got = triples(ex)
    assert ("Quorvia", "owns", "Zedbook") in got
    assert ("Quorvia", "owns", "Yonchat") in got


def test_a_parent_title_is_ownership(run):
    ex = run(
        "Users of the Vexamail service complained. Shares in Vexamail parent Brontico rose "
        "4% after the ruling."
    )
    assert ("Brontico", "owns", "Vexamail") in triples(ex)


def test_a_businessman_owns_the_company_named_with_his_possessive(run):
    ex = run(
        "The paper is printed by Harlow Press, a unit of Tobias Grenfell's Grenfell Media Corp."
    )
    assert ("Tobias Grenfell", "owns", "Grenfell Media Corp") in triples(ex)


def test_a_politicians_party_is_not_his_property(run):
    ex = run(
        "The bloc is dominated by Prime Minister Tomas Varga's Zedland Union, which won "
        "the vote in March."
    )
    assert ("Tomas Varga", "owns", "Zedland Union") not in triples(ex)


def test_his_company_set_off_by_a_comma_after_a_misparsed_phrase(run):
    ex = run(
        "Marcus Dale was in court on Monday. Jurors convicted Dale on all 12 counts of "
        "falsifying records at the Dale Holding Group, his family property company."
    )
    assert ("Marcus Dale", "owns", "Dale Holding Group") in triples(ex)


def test_a_flagged_ship_is_a_vessel_of_that_state(run):
    ex = run(
        "One tanker, the Liberian-flagged Quellstar, operated by Oslo-based Brenning "
        "Shipping, was seized. Liberia's registry said it had spoken to the crew."
    )
    assert by_name(ex, "Quellstar").type == "Product"
    got = triples(ex)
    assert ("Brenning Shipping", "operates", "Quellstar") in got
    assert ("Quellstar", "country", "Liberia") in got


def test_names_listed_after_a_vessel_noun_are_vessels(run):
    ex = run(
        "For the cable work Marlow is using two of its ships, the Northern Tern and the Quayle."
    )
    assert by_name(ex, "Northern Tern").type == "Product"
    assert by_name(ex, "Quayle").type == "Product"


def test_a_name_after_a_made_word_is_a_product(run):
    ex = run(
        "Analysts said the army had probably used the U.S.-made Stormcrest, which it has "
        "had since last year, and a German-built Valkor."
    )
    assert by_name(ex, "Stormcrest").type == "Product"
    assert by_name(ex, "Valkor").type == "Product"


def test_a_reporter_for_a_paper_works_there_whatever_his_nationality(run):
    ex = run("Police detained Tom Farrow, a U.S. correspondent for the Daily Courier, in Omsk.")
    assert ("Tom Farrow", "memberOf", "Daily Courier") in triples(ex)


def test_a_branch_of_a_group_after_a_persons_title_is_part_of_the_group(run):
    ex = run(
        "Rania Haddad, a former head of Q-Systems, the IT services branch of Brenntag Telecom, "
        "has dismissed the idea."
    )
    assert ("Q-Systems", "partOf", "Brenntag Telecom") in triples(ex)


def test_a_companys_named_group_is_part_of_it(run):
    ex = run(
        "Zorvex, the chipmaker, named a new chief. Lena Hart, who heads Zorvex's Cloud and "
        "Edge Group, will take over in April, the company said."
    )
    got = triples(ex)
    assert ("Cloud and Edge Group", "partOf", "Zorvex") in got
    assert ("Zorvex", "owns", "Cloud and Edge Group") not in got


def test_a_plural_title_before_a_list_of_names_is_each_ones(run):
    ex = run(
        "The capsule carried ESA astronauts Lina Berg, Paolo Conti and Marta Nowak to the station."
    )
    got = triples(ex)
    for person in ("Lina Berg", "Paolo Conti", "Marta Nowak"):
        assert (person, "memberOf", "ESA") in got


def test_an_alliance_member_named_after_the_title(run):
    ex = run("The pipeline crosses Ukraine and EU member Hungary before it reaches Zedland.")
    assert ("Hungary", "memberOf", "EU") in triples(ex)


def test_a_politician_whose_party_won_belongs_to_it(run):
    ex = run(
        "Prime Minister Andrei Voicu, whose Liberal Union Party (PUL) finished first in "
        "Sunday's election, said the count was fair."
    )
    assert ("Andrei Voicu", "memberOf", "Liberal Union Party") in triples(ex)


def test_an_opposition_leader_does_not_lead_the_state(run):
    ex = run(
        "Belarusian opposition leader Arvid Strand has been jailed, Belarus's prison service "
        "said on Friday."
    )
    got = triples(ex)
    assert ("Arvid Strand", "leads", "Belarus") not in got
    assert ("Arvid Strand", "country", "Belarus") in got


def test_an_air_force_is_not_the_states_military_as_a_whole(run):
    ex = run(
        "Ukraine's military reported on Tuesday that two jets were downed. The Ukrainian "
        "Air Force said its pilots were safe."
    )
    assert by_name(ex, "Ukrainian Air Force") != by_name(ex, "Ukraine's military")


def test_two_names_in_a_list_of_possessed_companies_are_two(run):
    ex = run(
        "BP, Germany's Zentra and Henkel, Italy's Eni and Spain's Repsol will each "
        "fund a tenth of the line."
    )
    assert by_name(ex, "Zentra") != by_name(ex, "Henkel")
    assert ("Zentra", "country", "Germany") in triples(ex)


def test_a_states_own_forces_named_with_its(run):
    ex = run(
        "North Korea plans to send 8,000 troops, among them members of its elite 9th Corps, "
        "the agency said. China held talks. Its army, the People's Liberation Army, held "
        "drills in May."
    )
    got = triples(ex)
    assert ("9th Corps", "country", "North Korea") in got
    assert ("People's Liberation Army", "country", "China") in got


def test_a_body_of_a_coalition_is_not_given_the_salient_state(run):
    ex = run(
        "The United States listed nine partners in the patrol, which runs under the Joint "
        "Naval Command and its Task Force 412."
    )
    assert ("Task Force 412", "country", "United States") not in triples(ex)


def test_hacking_group_tracking_codes_are_groups(run):
    ex = run(
        "Hackers that researchers call Storm-0917 stole a signing key; the group, also "
        "tracked as APT44, used it for months."
    )
    assert by_name(ex, "Storm-0917").type == "Organization"
    assert by_name(ex, "APT44").type == "Organization"


def test_a_based_word_before_a_capitalised_agency_name_locates_that_agency(run):
    ex = run(
        "Officials said they would draw on the Strategic Grain Reserve if needed. Analysts "
        "called it the largest loss on record. The Vienna-based International Grain Agency "
        "said it was watching the market."
    )
    got = triples(ex)
    assert ("International Grain Agency", "locatedIn", "Vienna") in got
    assert ("Strategic Grain Reserve", "locatedIn", "Vienna") not in got


def test_ngo_is_a_kind_of_body_not_a_name(run):
    ex = run(
        "Lorenzo Vitti, a director of the NGO No Walls Without Rights, was detained. "
        "Marco Sala heads Clean Hands, a Rome-based human rights NGO."
    )
    assert "NGO" not in {e.name for e in ex.entities}
    assert ("Clean Hands", "locatedIn", "Rome") in triples(ex)


def test_who_after_the_second_of_two_described_people_is_the_second(run):
    ex = run(
        "Those charged include his aide Paolo Ricci, a parliamentary assistant, and Marco "
        "Sala, a former Italian senator who now heads Clean Hands, a Rome charity."
    )
    got = triples(ex)
    assert ("Marco Sala", "leads", "Clean Hands") in got
    assert ("Paolo Ricci", "leads", "Clean Hands") not in got


def test_a_company_picked_for_a_contract_is_a_party_to_it(run):
    ex = run(
        "Zedcom shares fell. The company lost ground when Vantel Corp picked Nordtel Corp "
        "for a $4 billion contract to build its network."
    )
    assert ("Vantel Corp", "contractWith", "Nordtel Corp") in triples(ex)


def test_a_completed_merger_is_a_deal_between_the_two(run):
    ex = run("Quorvia Corp completed its merger with Brixco Ltd in May.")
    assert ("Quorvia Corp", "contractWith", "Brixco Ltd") in triples(ex)


def test_a_name_made_by_a_maker_in_a_list_is_only_that_makers(run):
    ex = run(
        "The jet beat the Stormwing built by Aerion, Velor's Skyhawk Mark II and the Corsan "
        "made by Italy's Brevia Aerospace."
    )
    got = triples(ex)
    assert by_name(ex, "Corsan").type == "Product"
    assert ("Brevia Aerospace", "operates", "Corsan") in got
    assert ("Brevia Aerospace", "operates", "Skyhawk Mark II") not in got
    assert ("Velor", "operates", "Corsan") not in got


def test_a_possessive_on_the_second_of_two_names_is_only_the_seconds(run):
    ex = run(
        "The talks ended a day after Lukoil and Ukraine's Nordgas signed a transit protocol "
        "in Vienna."
    )
    got = triples(ex)
    assert ("Lukoil", "owns", "Nordgas") not in got
    assert ("Nordgas", "country", "Ukraine") in got


def test_a_university_or_exchange_named_after_its_city_is_there(run):
    ex = run(
        "Crowds gathered in Tarvik. The ruling came a day after Tarvik University annulled "
        "the degree. Traders in Oslo said the Oslo Metal Exchange had halted trading."
    )
    got = triples(ex)
    assert ("Tarvik University", "locatedIn", "Tarvik") in got
    assert ("Oslo Metal Exchange", "locatedIn", "Oslo") in got


def test_a_region_named_after_its_town_is_not_located_in_it(run):
    ex = run("Fighting spread from Zorin to the rest of the Zorin region, officials said.")
    assert ("Zorin region", "locatedIn", "Zorin") not in triples(ex)


def test_a_party_leader_title_after_the_partys_acronym(run):
    ex = run(
        "Liberty Party (LP) leader Tomas Vane, who lost the last election, told supporters "
        "the vote was a victory."
    )
    assert ("Tomas Vane", "leads", "Liberty Party") in triples(ex)


def test_confirming_one_thing_but_dismissing_reports_is_a_denial(run):
    ex = run(
        "Norlandic President Arvid Strand later confirmed the raid but dismissed reports "
        "that the radar had been badly damaged."
    )
    assert stances(ex, "Arvid Strand") == {"denies"}


def test_calling_reports_incorrect_is_a_denial(run):
    ex = run(
        "Last Friday, the Zedland Finance Ministry said on social media that reports "
        'indicating the cabinet had approved the bid were "incorrect".'
    )
    assert stances(ex, "Zedland Finance Ministry") == {"denies"}


def test_a_capitals_own_airport_keeps_it_a_city(run):
    ex = run(
        "She flew home to Norway in May and was detained on landing at Oslo's Gardermoen "
        "airport. Oslo said it would appeal."
    )
    assert by_name(ex, "Oslo").type == "Location"
    assert ("Gardermoen airport", "locatedIn", "Oslo") in triples(ex)


def test_a_listed_airport_named_before_its_kind_noun_is_in_the_city(run):
    ex = run(
        "Police met the plane at Moscow's Sheremetyevo airport on Friday. Moscow said the "
        "case was a criminal one."
    )
    airport = next(e.name for e in ex.entities if e.name.startswith("Sheremetyevo"))
    assert (airport, "locatedIn", "Moscow") in triples(ex)


def test_a_rank_between_a_title_and_a_name_is_not_the_title(run):
    ex = run(
        "The Norlandic Air Force said two jets were hit. Air Force commander Lieutenant "
        "General Arne Berg said both crews were safe. Deputy Attorney General Mia Holt of "
        "the Justice Department spoke next."
    )
    got = triples(ex)
    assert any(t[:2] == ("Arne Berg", "leads") and "Air Force" in t[2] for t in got)
    assert ("Mia Holt", "leads", "Justice Department") not in got


def test_where_a_company_has_its_headquarters(run):
    ex = run(
        "The fire was near the port city of Zedport, where Brixco Energy has its headquarters."
    )
    assert ("Brixco Energy", "locatedIn", "Zedport") in triples(ex)


def test_a_company_whose_product_is_named(run):
    ex = run(
        "Vantair Corp, whose Z9 Max jets remain grounded worldwide, said it stood ready to help."
    )
    assert ("Vantair Corp", "operates", "Z9 Max") in triples(ex)
