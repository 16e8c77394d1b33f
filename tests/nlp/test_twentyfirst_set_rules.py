"""Entities, relations and claims from rules added after reading a twenty-first set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, names, stances, triples


def test_a_short_name_before_a_firm_word_is_the_firm_named_in_full(run):
    ex = run(
        "Acme Group hits back at Zedburg with rebuttal\n"
        "The group attacked short seller Zedburg Research, calling its report a "
        '"calculated attack". Zedburg, a New York-based firm, said last week that the group '
        "had engaged in fraud."
    )
    assert len([e for e in ex.entities if e.name.startswith("Zedburg")]) == 1
    assert not any(r.predicate == "partOf" for r in ex.relations)


def test_a_monarch_named_without_his_number_is_the_same_person(run):
    ex = run(
        "Norway's King Arvid V opened the new session of parliament on Monday. "
        "King Arvid said the kingdom would keep its promises."
    )
    assert len([e for e in ex.entities if e.type == "Person"]) == 1


def test_a_place_on_a_states_coast_lies_in_that_state(run):
    ex = run("The tanker was heading for Zedport on Norland's western coast when it was seized.")
    assert "Zedport" in names(ex)
    assert not any(" on " in n for n in names(ex))
    ex = run("The cable runs from Zedby on Chile's Yonder coast to the mainland.")
    got = triples(ex)
    assert ("Zedby", "locatedIn", "Chile") in got or ("Zedby", "country", "Chile") in got


def test_a_given_name_before_a_double_surname_is_part_of_the_name(run):
    ex = run("Isabel Zedler-Yonn, the state's science minister, said the hospital was attacked.")
    assert by_name(ex, "Isabel Zedler-Yonn").type == "Person"
    assert "Zedler-Yonn" not in names(ex)


def test_initials_the_model_took_in_stay_with_a_name_before_a_title(run):
    ex = run("The panel included R.K. Singh Yadav, the junior law minister.")
    assert "R.K. Singh Yadav" in names(ex)


def test_a_special_forces_group_is_a_military_unit(run):
    ex = run("Soldiers of the army's Special Forces Group seized the state broadcaster at dawn.")
    assert by_name(ex, "Special Forces Group").type == "MilitaryUnit"


def test_a_legislatures_name_before_party_is_a_party(run):
    ex = run(
        "Ravi Zedkar, the most prominent face of Norland's main opposition Congress party, "
        "was disqualified on Friday."
    )
    assert by_name(ex, "Congress").type == "Organization"


def test_a_minister_for_a_field_belongs_to_the_government_that_names_him(run):
    ex = run(
        "Maria Zedkova, the Zedland Unity Government's minister for human rights, told "
        "reporters that 40 people had been killed."
    )
    got = triples(ex)
    assert ("Maria Zedkova", "memberOf", "Zedland Unity Government") in got
    assert ("Maria Zedkova", "leads", "Zedland Unity Government") not in got


def test_cosmonauts_named_after_their_agency_belong_to_it(run):
    ex = run("The crew are Zedcosmos cosmonauts Ivan Zedrov and Oleg Yonin, who arrived in April.")
    got = triples(ex)
    assert ("Ivan Zedrov", "memberOf", "Zedcosmos") in got
    assert ("Oleg Yonin", "memberOf", "Zedcosmos") in got


def test_deliveries_begun_to_states_are_supplies_to_each(run):
    ex = run(
        "Norgaz began deliveries to Bulgaria, Greece and North Macedonia through the second "
        "line on Jan. 5."
    )
    got = triples(ex)
    for state in ("Bulgaria", "Greece", "North Macedonia"):
        assert ("Norgaz", "supplies", state) in got


def test_one_of_a_companys_customers_is_supplied_by_it(run):
    ex = run("Chile, which imports most of its gas, is one of Norgaz's largest customers.")
    assert ("Norgaz", "supplies", "Chile") in triples(ex)


def test_a_company_and_its_own_network_are_owner_and_owned_not_parties_to_a_deal(run):
    ex = run(
        "Zedmedia Corp and its Zed News network agreed on Tuesday to pay $80 million to "
        "settle a lawsuit by Brixco Voting Systems."
    )
    got = triples(ex)
    assert ("Zedmedia Corp", "owns", "Zed News") in got
    assert ("Zedmedia Corp", "contractWith", "Zed News") not in got
    ex = run(
        "The pipeline is run by Norland's grid operator Zedgas and its Yonian counterpart Yongrid."
    )
    assert ("Zedgas", "owns", "Yongrid") not in triples(ex)


def test_the_bloc_of_which_a_state_is_a_member(run):
    ex = run(
        "The Economic Union of Zed States (EUZS), the regional bloc of which Norland is a "
        "member, condemned the coup."
    )
    assert ("Norland", "memberOf", "Economic Union of Zed States") in triples(ex)


def test_a_business_sold_to_a_company_is_the_buyers(run):
    ex = run("Zedcom sold the news site Zedpost to Brixco Group in 2019.")
    got = triples(ex)
    assert ("Brixco Group", "owns", "Zedpost") in got
    assert ("Zedcom", "operates", "Zedpost") not in got
    ex = run("Zedcom said it would sell the news site Zedpost to Brixco Group next year.")
    assert ("Brixco Group", "owns", "Zedpost") not in triples(ex)


def test_a_city_and_state_before_based_say_where_the_body_is_and_who_speaks(run):
    ex = run("Zedco, the Fort Worth, Texas-based unit of Brixco, welcomed the ruling.")
    assert ("Zedco", "locatedIn", "Fort Worth") in triples(ex)
    assert stances(ex, "Zedco") == {"asserts"}
    assert not any(c.speaker == by_name(ex, "Fort Worth").key for c in ex.claims)


def test_a_gapped_second_company_owns_the_product_after_its(run):
    ex = run("Yonder Aerospace had proposed its heavy-lift Peakrise and Zedtrop its Omegaz rocket.")
    got = triples(ex)
    assert ("Zedtrop", "operates", "Omegaz") in got
    assert ("Yonder Aerospace", "operates", "Omegaz") not in got


def test_a_court_or_body_named_as_an_organisations_is_part_of_it(run):
    ex = run("Zedcorp is challenging the fine before the Zed Union's General Court.")
    assert ("General Court", "partOf", "Zed Union") in triples(ex)
    ex = run("The WTZ's Appellate Body, which hears appeals, has not met since 2019.")
    got = triples(ex)
    assert ("Appellate Body", "partOf", "WTZ") in got
    assert ("WTZ", "owns", "Appellate Body") not in got


def test_a_body_under_a_titled_person_is_led_by_her(run):
    ex = run(
        "Under Chairwoman Ana Zedd, the Zedland Communications Authority has made spectrum "
        "a priority."
    )
    assert ("Ana Zedd", "leads", "Zedland Communications Authority") in triples(ex)


def test_the_editor_of_a_newspaper_leads_it(run):
    ex = run("The state-backed Zed Times newspaper, edited by Hu Zedan, rejected the report.")
    assert ("Hu Zedan", "leads", "Zed Times") in triples(ex)


def test_a_company_before_and_a_states_company_are_both_parties(run):
    ex = run("Talks ended days after Norgaz and Chile's Zedgaz signed a five-year transit deal.")
    assert ("Norgaz", "contractWith", "Zedgaz") in triples(ex)


def test_a_unit_of_a_company_in_a_second_apposition(run):
    ex = run(
        "Experts at Zedvinyl, the Texas-based maker of the chemical and a unit of Brixco "
        "Petroleum, had warned the railroad."
    )
    assert ("Zedvinyl", "partOf", "Brixco Petroleum") in triples(ex)


def test_a_plea_of_not_guilty_denies_the_charge(run):
    ex = run("The suspect, Jan Zedek, 24, pleaded not guilty on Saturday to a charge of arson.")
    assert stances(ex, "Jan Zedek") == {"denies"}
    ex = run("Jan Zedek pleaded guilty to fraud charges on Monday.")
    assert stances(ex, "Jan Zedek") == set()


def test_a_that_clause_after_telling_a_briefing_is_a_statement(run):
    ex = run(
        "Zedland Fair Trade Commission chairwoman Ana Zedova told a briefing that the ruling "
        "would open up the market."
    )
    assert stances(ex, "Ana Zedova") == {"asserts"}


def test_a_title_under_which_a_named_body_acts_is_that_bodys_not_the_topics(run):
    ex = run(
        "Zedcom Corp plans to launch its network next year. Under Chairwoman Ana Zedd, the "
        "Zedland Communications Authority has made spectrum a priority."
    )
    got = triples(ex)
    assert ("Ana Zedd", "leads", "Zedland Communications Authority") in got
    assert ("Ana Zedd", "leads", "Zedcom Corp") not in got


def test_its_after_a_definite_description_in_the_sentence_is_that_body(run):
    ex = run(
        "Zedcorp Ltd was fined on Monday. Zedcorp Ltd said it would appeal, and Zedcorp Ltd "
        "shares fell. The Norwegian Competition Authority said Zedcorp Ltd had colluded with "
        "wholesalers. It was the heaviest sanction the authority has ever imposed on a single "
        "company, its president Kari Zedsen told reporters."
    )
    got = triples(ex)
    assert ("Kari Zedsen", "leads", "Norwegian Competition Authority") in got
    assert ("Kari Zedsen", "leads", "Zedcorp Ltd") not in got


def test_a_listed_person_with_a_body_of_his_own_is_not_under_the_plural_title(run):
    ex = run(
        "The crew are NASA astronauts Mark Zedder, Shane Yonner and Megan Brixton, "
        "Akihiko Zedamoto of the Japan Aerospace Exploration Agency and Thomas Yonnet of the "
        "European Space Agency."
    )
    got = triples(ex)
    assert ("Megan Brixton", "memberOf", "NASA") in got
    assert ("Thomas Yonnet", "memberOf", "NASA") not in got
    assert ("Thomas Yonnet", "memberOf", "European Space Agency") in got


def test_also_read_lines_and_app_promotions_are_page_furniture(run):
    ex = run(
        "OSLO, Jan 30 (Reuters) - Zedcorp Group said on Sunday it rejected the report.\n"
        "Also Read: Zedindex, Yonindex end volatile session as Zedcorp stocks slide\n"
        "Catch all the Business News, Market News and Latest News Updates on Live Zed. "
        "Download The Zed News App to get Daily Market Updates."
    )
    assert names(ex) & {"Zedindex", "Yonindex", "Business News", "Live Zed", "Zed News App"} == (
        set()
    )
    assert "Zedcorp Group" in names(ex)
