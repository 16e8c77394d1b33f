"""Entities and relations from rules added after reading a thirteenth set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, triples


def test_a_city_the_text_calls_a_city_is_not_the_region_named_after_it(run):
    ex = run(
        "Drones struck the Sumy region overnight, officials said. "
        "In Sumy, the country's fourth-largest city, Mayor Ivan Dolgov said two people died."
    )
    names = {e.name for e in ex.entities if e.type == "Location"}
    assert {"Sumy", "Sumy region"} <= names
    assert ("Ivan Dolgov", "leads", "Sumy") in triples(ex)


def test_a_bare_name_the_text_never_calls_a_city_is_still_the_region(run):
    ex = run(
        "Drones struck the Sumy region overnight, officials said. "
        "Fighting in Sumy has intensified since May."
    )
    regions = [e for e in ex.entities if "Sumy" in e.name]
    assert len(regions) == 1


def test_an_attack_on_a_region_named_after_a_city_of_a_state_is_on_that_state(run):
    ex = run(
        "A strike hit a market in Sumy, Ukraine's fourth-largest city, on Sunday. "
        "Russian troops launched an offensive in the Sumy region in May."
    )
    assert ("Russian Armed Forces", "inConflictWith", "Ukraine") in triples(ex)


def test_a_capital_is_no_short_name_of_a_market_named_after_it(run):
    ex = run(
        "Shares of Zedair fell 4% on the Bern Exchange on Monday. "
        "Drones flew over Bern later that day."
    )
    assert by_name(ex, "Bern").type == "Location"
    assert by_name(ex, "Bern Exchange").name == "Bern Exchange"
    assert by_name(ex, "Bern") is not by_name(ex, "Bern Exchange")


def test_a_states_embassies_in_two_capitals_are_two_bodies(run):
    ex = run(
        "The Peruvian Embassy in Oslo said it rejected the report. "
        "The Peruvian Embassy in Rome called the accusations baseless."
    )
    embassies = {e.name for e in ex.entities if "Embassy" in e.name}
    assert embassies == {"Peruvian Embassy in Oslo", "Peruvian Embassy in Rome"}
    assert ("Peruvian Embassy in Rome", "locatedIn", "Rome") in triples(ex)


def test_co_leaders_of_a_party_each_lead_it(run):
    ex = run("Freedom Union co-leaders Anna Berg and Tomas Lind said the news was disturbing.")
    assert ("Anna Berg", "leads", "Freedom Union") in triples(ex)
    assert ("Tomas Lind", "leads", "Freedom Union") in triples(ex)


def test_a_co_chief_executive_leads_the_firm(run):
    ex = run("Piet Mols, co-chief executive of investment firm Brixco Capital, joined the board.")
    assert ("Piet Mols", "leads", "Brixco Capital") in triples(ex)


def test_one_of_a_states_largest_firms_is_of_that_state(run):
    ex = run("Zedmart Group, one of Norway's largest retail chains, said five staff were hurt.")
    assert ("Zedmart Group", "country", "Norway") in triples(ex)


def test_a_firm_that_is_one_of_a_states_biggest_is_of_that_state(run):
    ex = run("Brixtel Ltd is clearly one of India's biggest.")
    assert ("Brixtel Ltd", "country", "India") in triples(ex)


def test_one_of_a_blocs_regulators_is_not_owned_by_the_bloc(run):
    ex = run("The Zed Authority, one of the EU's most zealous watchdogs, fined the firm on Monday.")
    assert not [t for t in triples(ex) if t[1] == "owns"]


def test_stakes_listed_after_a_first_stake_are_all_owned(run):
    ex = run(
        "Zedoil has a 51% stake in the Brixco refinery as well as a 20% stake in "
        "the Yonmar refinery and 30% of Velmoil."
    )
    for owned in ("Brixco refinery", "Yonmar refinery", "Velmoil"):
        assert ("Zedoil", "owns", owned) in triples(ex)


def test_owning_a_percentage_of_a_named_thing_is_owning_it(run):
    ex = run("Zedshell owns 40% of Velmoil, and Yonoil has the remainder.")
    assert ("Zedshell", "owns", "Velmoil") in triples(ex)


def test_shareholders_owning_a_percentage_give_the_company_nothing(run):
    ex = run("Acme Corp shareholders will own 71% of Brixco Holdings after the merger.")
    assert ("Acme Corp", "owns", "Brixco Holdings") not in triples(ex)


def test_a_states_newly_delivered_jets_are_used_not_made_there(run):
    ex = run("The army confirmed that two of Norway's newly delivered F-16 jets were grounded.")
    assert ("Norway", "uses", "F-16") in triples(ex)
    assert ("F-16", "country", "Norway") not in triples(ex)


def test_holding_an_agreement_with_a_force_is_a_contract(run):
    ex = run("Zedmetall holds a supply agreement with the Bundeswehr for artillery shells.")
    assert ("Zedmetall", "contractWith", "Bundeswehr") in triples(ex) or (
        "Bundeswehr",
        "contractWith",
        "Zedmetall",
    ) in triples(ex)


def test_a_force_that_drops_named_glide_bombs_uses_them(run):
    ex = run("The Russian military dropped three KAB glide bombs on the district at night.")
    assert by_name(ex, "KAB").type == "Product"
    assert ("Russian Armed Forces", "uses", "KAB") in triples(ex)


def test_places_listed_after_including_lie_in_the_region_named_before(run):
    ex = run(
        "The rebels seized a number of villages in Tigray, including Zedabo, Yonkura and Mekra."
    )
    for town in ("Zedabo", "Yonkura", "Mekra"):
        assert (town, "locatedIn", "Tigray") in triples(ex)


def test_a_name_explained_as_a_prison_is_a_place_and_lies_where_the_prison_does(run):
    ex = run("He was moved to La Zedera, a high-security prison in the seaside city of Guayaquil.")
    assert by_name(ex, "La Zedera").type == "Location"
    assert ("La Zedera", "locatedIn", "Guayaquil") in triples(ex)


def test_a_name_explained_as_a_refinery_complex_is_a_place(run):
    ex = run("Zedoil owns 28% of Velmoil, a refinery complex in Saxony.")
    assert by_name(ex, "Velmoil").type == "Location"
    assert ("Velmoil", "locatedIn", "Saxony") in triples(ex)


def test_an_african_capital_acting_for_its_state_is_the_state(run):
    ex = run(
        "Niger's junta closed the border last week. Niamey denounced the arrests on "
        "Thursday and has refused to reopen it."
    )
    assert by_name(ex, "Niamey") is by_name(ex, "Niger")
    assert by_name(ex, "Niger").type == "Country"


def test_a_capital_named_with_its_state_is_a_city_in_it(run):
    ex = run("The freighter was sailing from the Port of Antwerp to Dakar, Senegal, on Monday.")
    assert by_name(ex, "Dakar").type == "Location"
    assert by_name(ex, "Dakar").name == "Dakar"
    assert ("Dakar", "locatedIn", "Senegal") in triples(ex)


def test_the_town_of_a_name_is_a_place(run):
    ex = run("A column of tanks rolled toward the town of Zorivka, the operator said.")
    assert by_name(ex, "Zorivka").type == "Location"


def test_a_name_before_neighbourhood_is_a_place(run):
    ex = run("The car was struck in the Mashkal neighbourhood, and three people died.")
    assert by_name(ex, "Mashkal").type == "Location"


def test_a_companys_national_arm_is_not_the_company(run):
    ex = run(
        "German arms maker Zedmetall agreed to buy Yonco Parts. The plants will join American "
        "Zedmetall Vehicles in Michigan. American Zedmetall already builds trucks there, and "
        "Zedmetall shares rose 3%."
    )
    assert by_name(ex, "Zedmetall") is not by_name(ex, "American Zedmetall Vehicles")


def test_a_name_given_as_a_companys_unit_is_a_company_and_part_of_it(run):
    ex = run("Zedcom keeps its home business and its Brazilian unit, Yontel Brasil.")
    assert by_name(ex, "Yontel Brasil").type == "Organization"
    assert ("Yontel Brasil", "partOf", "Zedcom") in triples(ex)


def test_a_company_based_where_a_place_named_before_is_located_there(run):
    ex = run(
        "Zedmotor chief Kenji Aoba spoke to reporters in Yokohama, where the company is based."
    )
    assert ("Zedmotor", "locatedIn", "Yokohama") in triples(ex)


def test_the_official_in_charge_of_a_body_leads_it(run):
    ex = run("Maria Lund, the official in charge of the Zed Agency, said the file was narrow.")
    assert ("Maria Lund", "leads", "Zed Agency") in triples(ex)
    ex = run("Maria Lund, who is in charge of the Zed Agency, spoke on Monday.")
    assert ("Maria Lund", "leads", "Zed Agency") in triples(ex)


def test_two_states_tagged_as_one_place_are_two_states(run):
    ex = run("Peru backed the motion, while the Dominican Republic and Uruguay abstained.")
    states = {e.name for e in ex.entities if e.type == "Country"}
    assert {"Dominican Republic", "Uruguay"} <= states


def test_a_capitals_regime_speaks_for_the_state_not_the_city(run):
    ex = run(
        "Ukrainian drones hit two depots. Peskov blamed the Kyiv regime for the raids. "
        "Kyiv has said that depots are fair targets."
    )
    assert by_name(ex, "Kyiv") is by_name(ex, "Ukraine")


def test_selling_spectrum_or_a_stake_to_a_company_is_a_deal_not_a_supply(run):
    ex = run(
        "Zedstar Corp agreed last month to sell spectrum licences to Yontel Inc for $2 billion."
    )
    pairs = triples(ex)
    assert ("Zedstar Corp", "contractWith", "Yontel Inc") in pairs or (
        "Yontel Inc",
        "contractWith",
        "Zedstar Corp",
    ) in pairs
    assert ("Zedstar Corp", "supplies", "Yontel Inc") not in pairs


def test_selling_jets_to_a_state_is_still_a_supply(run):
    ex = run("The United States sold F-16 jets to Pakistan in the 1980s.")
    assert ("United States", "supplies", "Pakistan") in triples(ex)
