"""Entities and relations from rules added after reading a fifteenth set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, names, stances, triples


def test_an_island_group_in_apposition_is_a_place_not_a_group(run):
    ex = run(
        "The patrol plane entered the airspace near the Varno Islands, an uninhabited "
        "island group in Kestrel Prefecture, on Monday."
    )
    assert by_name(ex, "Varno Islands").type == "Location"
    assert ("Varno Islands", "locatedIn", "Kestrel Prefecture") in triples(ex)


def test_courthouses_and_tunnels_are_places(run):
    ex = run(
        "The suspect was led into the Dalby County Courthouse on Tuesday, while crews "
        "inspected the Harlow Lakes Tunnel."
    )
    assert by_name(ex, "Dalby County Courthouse").type == "Location"
    assert by_name(ex, "Harlow Lakes Tunnel").type == "Location"


def test_a_force_that_flies_a_mix_of_jets_uses_each_of_them(run):
    ex = run(
        "The minister said the order would modernise the Norland Air Force, which flies "
        "a mix of U.S.-made F-16s and Russian-built Su-30 fighters."
    )
    assert ("Norland Air Force", "uses", "F-16") in triples(ex)
    assert any(t[:2] == ("Norland Air Force", "uses") and "Su-30" in t[2] for t in triples(ex))


def test_a_general_manager_leads_the_company(run):
    ex = run("Omar Tekin, general manager of Vantor Aerospace, said the company was proud.")
    assert ("Omar Tekin", "leads", "Vantor Aerospace") in triples(ex)


def test_the_parent_company_of_a_firm_owns_it(run):
    ex = run(
        "Ohio-based Calder Health Group, the parent company of Calder Care, said it was "
        "cooperating with investigators."
    )
    assert ("Calder Health Group", "owns", "Calder Care") in triples(ex)


def test_a_company_run_mine_named_with_a_hyphen_is_operated_by_the_company(run):
    ex = run("A deadly collapse hit Norland's Vesta-run El Carbon mine in July.")
    assert ("Vesta", "operates", "El Carbon") in triples(ex)


def test_a_name_led_by_its_chief_executive_is_a_company(run):
    ex = run(
        "Silver Motion, led by co-founder and Chief Executive Wallace Tan, would have "
        "doubled its size."
    )
    assert by_name(ex, "Silver Motion").type == "Organization"
    assert ("Wallace Tan", "leads", "Silver Motion") in triples(ex)


def test_every_body_in_a_list_of_speakers_makes_the_claim(run):
    ex = run(
        "Global Watch, Amnesty Direct and Open Data Centre said in a joint statement that "
        "the ruling did nothing to dispel their evidence."
    )
    for body in ("Global Watch", "Amnesty Direct", "Open Data Centre"):
        assert stances(ex, body) == {"asserts"}


def test_earth_is_no_place_an_analyst_tracks(run):
    ex = run("The rocket carried the Zedsat-3 Earth observation satellite into low Earth orbit.")
    assert "Earth" not in names(ex)
    ex = run("The capsule will return to Earth next year.")  # the planet, not a place on it
    assert "Earth" not in names(ex)


def test_a_think_tank_is_no_tank(run):
    ex = run(
        "Pavel Horak, president of the Brno-based think tank Institute for Civic Affairs, "
        "said the result removed a check."
    )
    assert by_name(ex, "Institute for Civic Affairs").type == "Organization"
    assert ("Pavel Horak", "leads", "Institute for Civic Affairs") in triples(ex)


def test_a_countrys_capital_named_after_a_comma_lies_in_the_country(run):
    ex = run("Jets struck a depot operated by the Zed militia in Yemen's capital, Sanaa.")
    assert ("Sanaa", "locatedIn", "Yemen") in triples(ex)


def test_a_county_part_of_a_city_in_a_region(run):
    ex = run(
        "The jet slammed into a hillside in Teng county, part of the city of Wuzhou in the "
        "southern region of Guangxi, on Monday."
    )
    assert ("Teng county", "locatedIn", "Wuzhou") in triples(ex)
    assert ("Wuzhou", "locatedIn", "Guangxi") in triples(ex)


def test_jets_made_by_a_company_after_a_count_are_the_companys(run):
    ex = run(
        "Norland signed a deal on Thursday to buy 32 F-35 stealth fighter jets made by "
        "Halvard Aerospace."
    )
    assert ("Halvard Aerospace", "operates", "F-35") in triples(ex)


def test_the_head_of_a_bodys_office_is_a_member_of_the_body(run):
    ex = run(
        "Li Wen, head of the CAAZ's aviation safety office, told a news briefing that it "
        "was too early to say."
    )
    assert ("Li Wen", "memberOf", "CAAZ") in triples(ex)
    assert ("Li Wen", "leads", "CAAZ") not in triples(ex)


def test_a_bodys_chief_for_one_field_is_a_member_not_its_leader(run):
    ex = run(
        "Greta Holm, the Commission's competition chief, said the conditions would ensure "
        "effective competition."
    )
    assert ("Greta Holm", "memberOf", "Commission") in triples(ex)
    assert ("Greta Holm", "leads", "Commission") not in triples(ex)


def test_a_body_then_led_by_a_person_is_led_by_that_person(run):
    ex = run(
        "Critics accused the president after the Constitutional Court, then led by his "
        "brother-in-law Anwar Salim, created an exception."
    )
    assert ("Anwar Salim", "leads", "Constitutional Court") in triples(ex)


def test_a_person_formerly_a_companys_manager_stays_apart_from_the_company(run):
    ex = run(
        "A court acquitted Zedoil and Royal Dutch Brix of corruption. Also acquitted were "
        "Malcolm Brandt, formerly Brix's head of upstream international, three other former "
        "Brix managers, and Roberto Casa."
    )
    assert by_name(ex, "Malcolm Brandt").type == "Person"
    assert by_name(ex, "Royal Dutch Brix").type == "Organization"
    assert ("Malcolm Brandt", "memberOf", "Royal Dutch Brix") in triples(ex)


def test_a_company_formerly_known_by_another_name_is_one_thing(run):
    ex = run(
        "The plants are operated by Qatarco LNG, formerly known as Qatargaz, the company said."
    )
    assert by_name(ex, "Qatargaz").key == by_name(ex, "Qatarco LNG").key


def test_a_kind_of_body_before_a_name_makes_it_a_body(run):
    ex = run(
        "Thiele, the former chief executive of brake maker Knorr-Brenner, had criticised the "
        "terms, but the pilots' union Vereinigung Cockpit and the services union Verdana have "
        "yet to sign deals with the airline."
    )
    for name in ("Knorr-Brenner", "Vereinigung Cockpit", "Verdana"):
        assert by_name(ex, name).type == "Organization"
    assert not any(t[1] == "contractWith" for t in triples(ex))


def test_the_affiliate_of_a_body_is_a_part_of_it_not_the_body(run):
    ex = run(
        "The ruling was a victory for three groups - Oxfam Nova, the Dutch affiliate of "
        "Oxfam, peace group PAX and The Rights Forum - which had argued the case."
    )
    assert by_name(ex, "Oxfam Nova").key != by_name(ex, "Oxfam").key
    assert ("Oxfam Nova", "partOf", "Oxfam") in triples(ex)


def test_a_companys_first_word_later_names_the_company(run):
    ex = run(
        "Prosecutors said most of the money was passed on to Okoro Oil and Gas, a company "
        "controlled by a former oil minister. Brixco said it had never made any payment to "
        "Okoro."
    )
    assert by_name(ex, "Okoro").key == by_name(ex, "Okoro Oil and Gas").key


def test_an_ambassador_to_a_state_named_before_her_name_speaks_herself(run):
    ex = run(
        'U.S. Ambassador to Ukraine Bridget Holm wrote on X that she was "horrified" by the strike.'
    )
    assert by_name(ex, "Bridget Holm").type == "Person"
    assert stances(ex, "Bridget Holm") == {"asserts"}
    assert ("Bridget Holm", "country", "Ukraine") not in triples(ex)


def test_the_swiss_confederation_is_switzerland(run):
    ex = run("The Swiss Confederation, which owns 51% of Alpcom AG, backed the deal.")
    assert by_name(ex, "Swiss Confederation").type == "Country"
    assert ("Switzerland", "owns", "Alpcom AG") in triples(ex)


def test_a_closing_attribution_before_a_clause_of_its_own_is_a_statement(run):
    ex = run(
        "The death toll from an air strike on the city's southern suburbs rose to 31 on "
        "Saturday, Norland's Health Ministry said, as the Zed movement confirmed that its "
        "commander was among the dead."
    )
    texts = {c.text for c in ex.claims if c.speaker == by_name(ex, "Health Ministry").key}
    assert any(t.startswith("The death toll") for t in texts)


def test_another_national_firm_after_two_names_is_the_second_ones_description(run):
    ex = run("Israel protested. NSO and Candira, another Israeli firm, were placed on the list.")
    assert ("Candira", "country", "Israel") in triples(ex)


def test_places_listed_before_a_plural_national_description_are_all_in_the_country(run):
    ex = run(
        "Britain withdrew permission for the flights from Kesby, Norham Airport and Wexley, "
        "the carrier's only British destinations."
    )
    for place in ("Kesby", "Norham Airport", "Wexley"):
        assert any(t[0] == place and t[2] == "United Kingdom" for t in triples(ex)), place


def test_a_company_name_ending_in_a_state_is_one_company(run):
    ex = run("Afro-Metals Leach Zambia is a subsidiary of Norland Nonferrous Metal Mining Group.")
    assert by_name(ex, "Afro-Metals Leach Zambia").type == "Organization"
    assert (
        "Afro-Metals Leach Zambia",
        "partOf",
        "Norland Nonferrous Metal Mining Group",
    ) in triples(ex)
    assert "Zambia" not in names(ex)


def test_a_state_after_a_sentence_initial_adjective_stays_a_state(run):
    ex = run("Neighbouring Norway also flies the jet. Norway bought it in 2012.")
    assert by_name(ex, "Norway").type == "Country"
    assert "Neighbouring Norway" not in names(ex)


def test_a_companys_national_unit_leaves_the_short_name_to_the_parent(run):
    ex = run(
        "Shares of Zedra Holdings rose on Thursday. Zedra does not make chips. Zedra earns a "
        "quarter of its revenue through Zedra China, an entity it does not control."
    )
    assert by_name(ex, "Zedra").key == by_name(ex, "Zedra Holdings").key


def test_a_that_clause_hung_on_the_meeting_the_speaker_told_of_is_said(run):
    ex = run(
        "Kiran Vendal, Maxtel's chairman and chief executive, told analysts on a call to "
        "discuss the company's results later on Wednesday that the decision was in the best "
        "interest of shareholders."
    )
    texts = [c.text for c in ex.claims if c.speaker == by_name(ex, "Kiran Vendal").key]
    assert any("the decision was in the best interest" in t for t in texts)


def test_a_participle_of_denial_closing_a_report_is_the_speakers_denial(run):
    ex = run(
        "Economy Minister Piet Alders said the government would not interfere in the "
        "airline's decisions and would sell its stake once the airline recovered, rejecting "
        "suggestions that the state was seeking long-term control of the company."
    )
    assert stances(ex, "Piet Alders") == {"asserts", "denies"}
    denial = next(c for c in ex.claims if c.stance == "denies")
    assert "long-term control" in denial.text
