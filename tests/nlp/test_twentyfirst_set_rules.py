"""Entities, relations and claims from rules added after reading a twenty-first set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, names, stances, triples


def test_a_short_name_before_a_firm_word_is_the_firm_named_in_full(run):
    ex = run(
        "Acme Group lashes out at Zedburg with rebuttal\n"
        "The group attacked short seller Zedburg Research, calling its report a "
        '"deliberate attack". Zedburg, a New York-based firm, said last month that the group '
        "had hidden losses."
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
    ex = run("Divers found the wreck off Zedport on Chile's northern coast.")
    assert "Zedport" in names(ex)
    assert not any(" on " in n for n in names(ex))
    got = triples(ex)
    assert ("Zedport", "locatedIn", "Chile") in got or ("Zedport", "country", "Chile") in got


def test_a_given_name_before_a_double_surname_is_part_of_the_name(run):
    ex = run("Isabel Zedler-Yonn, who chairs the committee, opened the hearing on Monday.")
    assert by_name(ex, "Isabel Zedler-Yonn").type == "Person"
    assert "Zedler-Yonn" not in names(ex)


def test_initials_the_model_took_in_stay_with_a_name_before_a_title(run):
    ex = run("R.K. Singh Yadav, a deputy trade minister, signed the order.")
    assert "R.K. Singh Yadav" in names(ex)


def test_a_special_forces_group_is_a_military_unit(run):
    ex = run("Soldiers of the army's Special Forces Group seized the state broadcaster at dawn.")
    assert by_name(ex, "Special Forces Group").type == "MilitaryUnit"


def test_a_legislatures_name_before_party_is_a_party(run):
    ex = run("Ravi Zedkar, a senior figure in the opposition Congress party, lost his seat.")
    assert by_name(ex, "Congress").type == "Organization"


def test_a_minister_for_a_field_belongs_to_the_government_that_names_him(run):
    ex = run(
        "Maria Zedkova, the Zedland Unity Government's minister for education, said schools "
        "would reopen."
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
    ex = run("Norgaz resumed deliveries to Bulgaria, Greece and North Macedonia last week.")
    got = triples(ex)
    for state in ("Bulgaria", "Greece", "North Macedonia"):
        assert ("Norgaz", "supplies", state) in got


def test_one_of_a_companys_customers_is_supplied_by_it(run):
    ex = run("Peru is one of Zedcopper's biggest customers.")
    assert ("Zedcopper", "supplies", "Peru") in triples(ex)


def test_a_company_and_its_own_network_are_owner_and_owned_not_parties_to_a_deal(run):
    ex = run(
        "Zedmedia Corp and its Zed News network will pay $3 million to end a lawsuit by "
        "Brixco Records."
    )
    got = triples(ex)
    assert ("Zedmedia Corp", "owns", "Zed News") in got
    assert ("Zedmedia Corp", "contractWith", "Zed News") not in got
    ex = run("The cable will be run by grid operator Zedgas and its Yonian counterpart Yongrid.")
    assert not any(r.predicate == "owns" for r in ex.relations)


def test_the_bloc_of_which_a_state_is_a_member(run):
    ex = run(
        "The Union of Zed States (UZS), the trade bloc of which Chile is a member, lifted the "
        "tariffs."
    )
    assert ("Chile", "memberOf", "Union of Zed States") in triples(ex)


def test_a_business_sold_to_a_company_is_the_buyers(run):
    ex = run("Zedcom sold the travel website Tripzed to Brixco Group last year.")
    got = triples(ex)
    assert ("Brixco Group", "owns", "Tripzed") in got
    assert ("Zedcom", "operates", "Tripzed") not in got
    ex = run("Zedcom said it would sell the travel website Tripzed to Brixco Group next year.")
    assert ("Brixco Group", "owns", "Tripzed") not in triples(ex)


def test_a_city_and_state_before_based_say_where_the_body_is_and_who_speaks(run):
    ex = run("Zedco, the Fort Worth, Texas-based arm of Brixco Group, praised the verdict.")
    assert ("Zedco", "locatedIn", "Fort Worth") in triples(ex)
    assert not any(c.speaker == by_name(ex, "Fort Worth").key for c in ex.claims)


def test_a_gapped_second_company_owns_the_product_after_its(run):
    ex = run("Zedline offered its Peakrise launcher and Brixco Aerospace its Omegaz rocket.")
    got = triples(ex)
    assert ("Brixco Aerospace", "operates", "Omegaz") in got
    assert ("Zedline", "operates", "Omegaz") not in got


def test_a_court_or_body_named_as_an_organisations_is_part_of_it(run):
    ex = run("The ruling can be appealed to the Zed Union's General Court.")
    assert ("General Court", "partOf", "Zed Union") in triples(ex)
    ex = run("The WTZ's Appellate Body, which rules on appeals, has been idle since 2019.")
    got = triples(ex)
    assert ("Appellate Body", "partOf", "WTZ") in got
    assert ("WTZ", "owns", "Appellate Body") not in got


def test_a_body_under_a_titled_person_is_led_by_him(run):
    ex = run("Under Chairman Jan Zedd, the Zedland Rail Authority has cut fares twice.")
    assert ("Jan Zedd", "leads", "Zedland Rail Authority") in triples(ex)


def test_the_editor_of_a_newspaper_leads_it(run):
    ex = run("The state-run Zed Daily newspaper, edited by Jan Yonsen, printed the letter.")
    assert ("Jan Yonsen", "leads", "Zed Daily") in triples(ex)


def test_a_company_before_and_a_states_company_are_both_parties(run):
    ex = run("Prices fell a week after Norgaz and Chile's Zedgaz signed a supply agreement.")
    assert ("Norgaz", "contractWith", "Zedgaz") in triples(ex)


def test_a_unit_of_a_company_in_a_second_apposition(run):
    ex = run("Zedvinyl, a small maker of pipes and a unit of Brixco Petroleum, cut jobs.")
    assert ("Zedvinyl", "partOf", "Brixco Petroleum") in triples(ex)


def test_a_plea_of_not_guilty_denies_the_charge(run):
    ex = run("Lawyers said Jan Zedek pleaded not guilty to all four counts.")
    assert stances(ex, "Jan Zedek") == {"denies"}
    ex = run("Jan Zedek pleaded guilty to fraud charges on Monday.")
    assert stances(ex, "Jan Zedek") == set()


def test_a_that_clause_after_telling_a_briefing_is_a_statement(run):
    ex = run(
        "Yonland Trade Commission chairwoman Ana Zedova told a briefing that the ruling was "
        "expected to lower prices."
    )
    assert stances(ex, "Ana Zedova") == {"asserts"}


def test_a_title_under_which_a_named_body_acts_is_that_bodys_not_the_topics(run):
    ex = run(
        "Zedcom Corp plans to launch its network next year. Under Chairman Jan Zedd, the "
        "Zedland Rail Authority has cut fares twice."
    )
    got = triples(ex)
    assert ("Jan Zedd", "leads", "Zedland Rail Authority") in got
    assert ("Jan Zedd", "leads", "Zedcom Corp") not in got


def test_its_after_a_definite_description_in_the_sentence_is_that_body(run):
    ex = run(
        "Zedcorp Ltd was fined on Monday. Zedcorp Ltd said it would appeal, and Zedcorp Ltd "
        "shares fell. The Norwegian Competition Authority said Zedcorp Ltd had broken the law. "
        "It was the largest penalty the authority has handed down this year, its director "
        "Kari Zedsen told reporters."
    )
    got = triples(ex)
    assert ("Kari Zedsen", "leads", "Norwegian Competition Authority") in got
    assert ("Kari Zedsen", "leads", "Zedcorp Ltd") not in got


def test_a_listed_person_with_a_body_of_his_own_is_not_under_the_plural_title(run):
    ex = run(
        "The panel includes Acme engineers Anna Zedder, Paul Yonner and Mark Brixton, Kenji "
        "Zedamoto of the Japan Aerospace Exploration Agency and Luc Yonnet of the European "
        "Space Agency."
    )
    got = triples(ex)
    assert ("Mark Brixton", "memberOf", "Acme") in got
    assert ("Luc Yonnet", "memberOf", "Acme") not in got
    assert ("Luc Yonnet", "memberOf", "European Space Agency") in got


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


def test_a_body_described_as_something_in_a_place_is_there(run):
    ex = run(
        "Jan Zedek was about to speak at the Yonford Institute, a private research centre in "
        "northern Ohio, when the alarm went off."
    )
    assert ("Yonford Institute", "locatedIn", "Ohio") in triples(ex)


def test_a_company_of_a_town_and_its_state_is_based_in_the_town(run):
    ex = run("Zedwing Corp of Tulsa, Oklahoma, makes the wings.")
    assert ("Zedwing Corp", "locatedIn", "Tulsa") in triples(ex)
