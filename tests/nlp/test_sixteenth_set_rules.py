"""Entities, relations and claims from rules added after reading a sixteenth set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, names, stances, triples


def test_an_apposition_after_a_list_describes_the_last_name(run):
    ex = run(
        "The oil industry is dominated by foreign companies including Total, Chevron and "
        "Zedra Energy, a joint venture of Vantor Oil and Calder Petroleum, in partnership "
        "with the state."
    )
    assert ("Vantor Oil", "owns", "Zedra Energy") in triples(ex)
    assert not [t for t in triples(ex) if t[2] in {"Total", "Chevron"}]


def test_a_denial_joined_to_a_reported_clause_is_the_speakers(run):
    ex = run(
        "Energy Secretary Tomas Varga told the Senate on Monday that the government had "
        "not paid Zedco anything and denied that there had been any corruption in the deal."
    )
    assert "denies" in stances(ex, "Tomas Varga")
    assert stances(ex, "Senate") == set()


def test_a_clause_joined_to_a_reported_clause_keeps_its_own_speaker(run):
    ex = run(
        "Gen. Pablo Ruiz told reporters that President Ana Dorn had met him on Sunday and "
        "told him that she needed something to raise her popularity."
    )
    assert stances(ex, "Ana Dorn") == {"asserts"}


def test_a_speakers_things_left_unharmed_are_reported_not_denied(run):
    ex = run(
        "The Caspian Zed Consortium, which exports oil through a terminal near the port, "
        "said its operations had not been affected."
    )
    assert stances(ex, "Caspian Zed Consortium") == {"asserts"}


def test_a_speaker_whose_flights_were_not_disrupted_reports_rather_than_denies(run):
    ex = run("Vantor Airlines said its flights had not been disrupted by the strike.")
    assert stances(ex, "Vantor Airlines") == {"asserts"}


def test_a_speaker_not_informed_in_advance_complains_rather_than_denies(run):
    ex = run("Vantor Airlines said its pilots had not been informed about the drills in advance.")
    assert stances(ex, "Vantor Airlines") == {"asserts"}


def test_a_speaker_reporting_no_one_hurt_reports_rather_than_denies(run):
    ex = run("Calder Energy said no one had been hurt in the fire at its Zedport refinery.")
    assert stances(ex, "Calder Energy") == {"asserts"}


def test_a_speaker_saying_its_base_was_not_damaged_denies_it(run):
    ex = run(
        "Norland's Defence Ministry said several munitions stores had detonated at the "
        "Zedka airfield and that no aircraft had been damaged."
    )
    assert "denies" in stances(ex, "Defence Ministry")


def test_giving_a_company_time_supplies_it_nothing(run):
    ex = run("The Norland Fair Trade Commission gave Calder Bank six months to comply.")
    assert not [t for t in triples(ex) if t[1] == "supplies"]


def test_the_head_of_a_regional_programme_at_a_body_is_its_member(run):
    ex = run(
        '"Nowhere is safe," said Ulf Varga, head of the Sahel programme at the Konrad '
        "Zeller Foundation in Bamako."
    )
    assert ("Ulf Varga", "memberOf", "Konrad Zeller Foundation") in triples(ex)
    assert not [t for t in triples(ex) if t[1] == "leads"]


def test_a_title_after_whose_relates_the_named_person_to_the_body(run):
    ex = run(
        "The International Chamber of Freight (ICF), whose secretary general Guy Marlow "
        "has urged governments to act, said the threat to crews was growing."
    )
    assert ("Guy Marlow", "leads", "International Chamber of Freight") in triples(ex)
    assert "asserts" in stances(ex, "International Chamber of Freight")


def test_whose_after_a_described_body_relates_the_title_to_the_body(run):
    ex = run(
        "The bill was sent to the Zedland Council, the upper house of Norland's parliament, "
        "whose speaker Valentina Marlow said committees would begin hearings on Monday."
    )
    assert ("Valentina Marlow", "leads", "Zedland Council") in triples(ex)


def test_both_companies_after_a_based_description_lie_in_the_place(run):
    ex = run(
        "Fellow Dublin-based lessors Zedlease and Vantor Aviation Capital also have dozens "
        "of planes in the country."
    )
    assert "Fellow Dublin" not in names(ex)
    assert ("Zedlease", "locatedIn", "Dublin") in triples(ex)
    assert ("Vantor Aviation Capital", "locatedIn", "Dublin") in triples(ex)


def test_national_firms_including_two_companies_gives_both_the_state(run):
    ex = run(
        "The agency has settled cases involving U.S. tech firms, including Vantor Systems "
        "and Calder Networks, by accepting voluntary commitments."
    )
    assert ("Vantor Systems", "country", "United States") in triples(ex)
    assert ("Calder Networks", "country", "United States") in triples(ex)


def test_the_parties_of_an_alliance_described_in_apposition_are_its_members(run):
    ex = run(
        "Zedra Union, an alliance of the Greens Party and the Norland Communist Party, "
        "won the vote."
    )
    assert ("Norland Communist Party", "memberOf", "Zedra Union") in triples(ex)
    assert ("Greens Party", "memberOf", "Zedra Union") in triples(ex)


def test_the_authority_is_the_body_named_as_an_authority(run):
    ex = run(
        "Fellow Dublin-based lessor Zedlease also has dozens of planes in Russia. Most of "
        "the planes are registered in Bermuda, whose regulator, the Norland Civil Aviation "
        "Authority (NCAA), suspended their certificates. The authority said it could not be "
        "confident that the aircraft were being maintained safely."
    )
    assert stances(ex, "Norland Civil Aviation Authority") == {"asserts"}
    assert stances(ex, "Zedlease") == set()


def test_a_capitalised_common_word_opening_a_sentence_is_no_name(run):
    ex = run(
        "Videos posted by the two groups showed men in camouflage. Debris was found on "
        "parts of the islands, and the debris was still smoking on Monday."
    )
    assert not {"Videos", "Debris"} & names(ex)


def test_the_places_of_a_dateline_are_places(run):
    ex = run(
        "ZEDOGRAD/VARNA, Jan 25 (Reuters) - Norland and Vantor Mining resolved a long "
        "dispute over the Zed copper mine, the company said on Tuesday."
    )
    assert by_name(ex, "Zedograd").type == "Location"
    assert by_name(ex, "Varna").type == "Location"
    assert stances(ex, "Reuters") == set()


def test_a_capital_in_a_mixed_case_dateline_is_the_city(run):
    ex = run(
        "Paris (AFP) – France's data regulator on Wednesday fined Vantor Systems. Paris has "
        "long warned Norland against such practices."
    )
    assert by_name(ex, "Paris").type == "Location"
    assert by_name(ex, "France").type == "Country"


def test_a_sum_after_a_name_is_no_part_of_it(run):
    ex = run(
        "France's data regulator fined Vantor Systems 325 million euros and Calder Retail "
        "150 million euros on Wednesday. On Thursday it fined Google 90 million euros ($98 "
        "million) for showing advertisements."
    )
    assert {"Vantor Systems", "Calder Retail", "Google"} <= names(ex)
    assert not [n for n in names(ex) if "million" in n]


def test_the_recipient_of_a_letter_cited_is_not_its_speaker(run):
    ex = run(
        "The intruders gained access by compromising Zedtrust, according to the letter "
        "sent Monday to Senate Banking Committee Chairman Sherrod Marlow and the panel's "
        "top Republican, Sen. Tim Varga."
    )
    assert stances(ex, "Tim Varga") == set()
    assert stances(ex, "Sherrod Marlow") == set()


def test_a_name_before_a_compound_product_kind_is_the_owners_product(run):
    ex = run(
        "The startup said its model would soon be offered on Microsoft's Nimbra cloud "
        "platform and on Microsoft's Cerulo cloud platform."
    )
    assert ("Microsoft", "operates", "Nimbra") in triples(ex)
    assert by_name(ex, "Cerulo").type == "Product"


def test_a_cabinet_secretary_leads_the_ministry_of_the_portfolio(run):
    ex = run(
        "The Ministry of Energy and Petroleum said the deal was void. Energy Cabinet "
        "Secretary Tomas Varga told the Senate that nothing had been paid."
    )
    assert ("Tomas Varga", "leads", "Ministry of Energy and Petroleum") in triples(ex)
    assert "Energy Cabinet" not in names(ex)


def test_places_named_after_a_citys_kind_of_subplace_lie_in_the_city(run):
    ex = run(
        "Police fired tear gas in the Varna neighbourhoods of Zedbera and Yonthare, and "
        "troops entered the Kestrel suburb of Bolcha."
    )
    assert ("Zedbera", "locatedIn", "Varna") in triples(ex)
    assert ("Yonthare", "locatedIn", "Varna") in triples(ex)
    assert ("Bolcha", "locatedIn", "Kestrel") in triples(ex)


def test_a_vessel_of_a_body_is_run_by_the_body(run):
    ex = run(
        "The coast guard fired water cannon at the BRP Kestrel, a vessel of the Bureau of "
        "Fisheries and Aquatic Resources. The Zedra, a frigate of the Norland Navy, sailed on."
    )
    assert ("Bureau of Fisheries and Aquatic Resources", "operates", "BRP Kestrel") in triples(ex)
    assert ("Norland Navy", "operates", "Zedra") in triples(ex)


def test_a_named_neighbourhood_of_a_city_lies_in_the_city(run):
    ex = run("The blast tore through a building in the Varno neighbourhood of Kestrel on Monday.")
    got = triples(ex)
    assert any(s.startswith("Varno") and p == "locatedIn" and o == "Kestrel" for s, p, o in got)
    assert not any(s == "Kestrel" and p == "locatedIn" for s, p, _ in got)


def test_a_place_that_lies_somewhere_tells_no_lie(run):
    ex = run(
        "Varno Shoal, which Norland calls Zedra Shoal, lies about 75 nautical miles west of "
        "the coast."
    )
    assert "denies" not in stances(ex, "Norland")


def test_a_state_described_as_a_leader_stays_a_state(run):
    ex = run(
        "Saudi Arabia, OPEC's de facto leader, has been cutting output by an extra "
        "1 million barrels a day since July."
    )
    assert by_name(ex, "Saudi Arabia").type == "Country"


def test_a_listed_company_spelt_in_lower_camel_case_stays_a_company(run):
    ex = run("The chatbot was built by xAI, and xAI said on Tuesday it was removing the posts.")
    assert by_name(ex, "xAI").type == "Organization"


def test_a_named_unit_of_a_force_is_part_of_it(run):
    ex = run(
        "The court found that the launcher belonged to the 53rd Anti-Aircraft Missile "
        "Brigade of the Norland Armed Forces, which is based in Zedsk."
    )
    assert ("53rd Anti-Aircraft Missile Brigade", "partOf", "Norland Armed Forces") in triples(ex)


def test_a_name_called_a_regulator_or_watchdog_is_an_agency(run):
    ex = run(
        "Marta Varga spent two decades at Zedbras before heading oil regulator ZNP. In "
        "July, the country's consumer fraud watchdog, the ZCCRF, fined the retailer."
    )
    assert by_name(ex, "ZNP").type == "GovernmentAgency"
    assert by_name(ex, "ZCCRF").type == "GovernmentAgency"
