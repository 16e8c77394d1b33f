"""Entities, relations and claims from rules added after reading an eighteenth set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, names, stances, triples


def test_a_company_based_somewhere_is_no_state_of_the_same_name(run):
    ex = run(
        "Dubai-based Emirates, Air Zedia and Yon Airlines said on Monday they would cancel "
        "some flights to Lagos."
    )
    assert by_name(ex, "Emirates").type == "Organization"
    facts = triples(ex)
    assert ("Emirates", "locatedIn", "Dubai") in facts
    assert ("Air Zedia", "locatedIn", "Dubai") not in facts  # a list, not "Dubai-based lessors"


def test_a_capital_named_with_its_own_country_is_the_city(run):
    ex = run(
        "The airliner crashed shortly after take-off from Nairobi in Kenya, killing all "
        "157 people on board."
    )
    assert by_name(ex, "Nairobi").type == "Location"
    assert ("Nairobi", "locatedIn", "Kenya") in triples(ex)


def test_a_portfolio_secretary_heads_the_department_not_an_agency_within_it(run):
    ex = run(
        "Stockpiles climbed, the Energy Information Administration, the statistical arm of "
        "the Energy Department, said. Energy Secretary Jane Roe said the department was "
        "also leasing space in the reserve."
    )
    facts = triples(ex)
    assert ("Jane Roe", "leads", "Energy Department") in facts
    assert ("Jane Roe", "leads", "Energy Information Administration") not in facts


def test_a_secretary_of_state_opening_a_sentence_heads_the_state_department(run):
    ex = run(
        "Secretary of State Jane Roe, who accompanied the president, said the talks had "
        "stalled. A senior State Department official later told reporters the gap was wide."
    )
    assert ("Jane Roe", "leads", "State Department") in triples(ex)


def test_a_secretary_of_state_heads_no_ministry_of_state_security(run):
    ex = run(
        "Zedland's Ministry of State Security was behind the hack, Secretary of State Jane "
        "Roe said on Monday."
    )
    assert ("Jane Roe", "leads", "Ministry of State Security") not in triples(ex)


def test_a_staff_headed_by_a_general_when_the_parser_hangs_the_clause_on_a_noun_before(run):
    ex = run(
        "In a statement signed by more than 40 senior officers, the General Staff, headed "
        "by Colonel General Ivan Zedov, said the government was no longer capable of "
        "making decisions."
    )
    assert ("Ivan Zedov", "leads", "General Staff") in triples(ex)


def test_a_surname_that_is_also_a_state_is_the_person_who_speaks(run):
    ex = run(
        "Zedwing Airlines cancelled 2,900 flights on Tuesday. Chief Executive Bob Jordan "
        'apologized in a video message. "We have some real work to do," Jordan said. The '
        "transport secretary said he had told Jordan directly that refunds were owed."
    )
    assert "Jordan" not in names(ex)
    assert "Jordan" in by_name(ex, "Bob Jordan").aliases or any(
        m.text == "Jordan" for m in by_name(ex, "Bob Jordan").mentions
    )


def test_a_direction_word_acting_as_a_subject_is_the_company_named_with_it(run):
    ex = run(
        "Southwest Airlines cancelled thousands more flights on Tuesday. Jan Roe, president "
        "of the Southwest Airlines Pilots Association, said the union had warned for years. "
        "Southwest would fly only a third of its schedule for several days, he said."
    )
    airline = by_name(ex, "Southwest Airlines")
    assert any(m.text == "Southwest" for m in airline.mentions)
    assert not any(e.type == "Location" and e.name == "Southwest" for e in ex.entities)


def test_a_bare_chief_executive_is_the_article_company_not_a_rival_just_listed(run):
    ex = run(
        "Zedwing Airlines cancelled thousands more flights on Tuesday, leaving travellers "
        "stranded, Zedwing Airlines said. The Dallas-based airline scrapped more than 2,900 "
        "flights, over 60% of its schedule. "
        "Blixair, Yonder Air Lines and Corvo Airlines each cancelled only a small fraction "
        "of their flights. Chief Executive Jan Kowal apologized in a video message."
    )
    facts = triples(ex)
    assert ("Jan Kowal", "leads", "Zedwing Airlines") in facts
    assert ("Jan Kowal", "leads", "Corvo Airlines") not in facts


def test_the_chief_executive_of_the_launch_company_leads_it_not_the_space_agency(run):
    ex = run(
        "The telescope, a joint project of NASA and the European Space Agency, lifted off "
        'aboard a rocket operated by Zedspace. "We have delivered it," Jan Kowal, chief '
        "executive of the French launch company, said in the control room."
    )
    facts = triples(ex)
    assert ("Jan Kowal", "leads", "Zedspace") in facts
    assert ("Jan Kowal", "memberOf", "European Space Agency") not in facts


def test_a_commander_of_the_force_is_a_member_of_the_force_named_before(run):
    ex = run(
        "The Zedland Revolutionary Guards said the strike killed seven officers, among them "
        "Brigadier General Omar Zedi, a senior commander of the force in Syria."
    )
    assert ("Omar Zedi", "memberOf", "Zedland Revolutionary Guards") in triples(ex)


def test_a_mayor_of_the_southern_city_is_no_head_of_the_city_named_before(run):
    ex = run(
        "Police arrested him at Manila's main airport on Tuesday. The killings took place "
        "when Jan Roe was mayor of the southern city of Zedao."
    )
    assert ("Jan Roe", "leads", "Manila") not in triples(ex)


def test_a_singular_relative_clause_after_a_list_is_the_last_names(run):
    ex = run(
        "The trustee now controls Zedgas, a major supplier of gas to utilities, and Yonstor, "
        "which operates the underground storage facility at Rehden in Lower Saxony."
    )
    facts = triples(ex)
    assert ("Yonstor", "operates", "Rehden") in facts
    assert ("Zedgas", "operates", "Rehden") not in facts


def test_a_company_named_last_before_which_owns_is_the_owner(run):
    ex = run(
        "The grocers said they needed scale to compete with Blixmart, Costco and Amazon, "
        "which owns the Whole Foods Market chain."
    )
    facts = triples(ex)
    assert ("Amazon", "owns", "Whole Foods Market") in facts
    assert ("Costco", "owns", "Whole Foods Market") not in facts


def test_a_company_running_a_section_of_a_pipeline_operates_the_pipeline(run):
    ex = run(
        "Zedneft, Kazakhstan's state pipeline monopoly, which runs the eastern section of the "
        "Yonder pipeline, said on Thursday that the contamination was deliberate."
    )
    assert ("Zedneft", "operates", "Yonder pipeline") in triples(ex)


def test_the_businesses_a_company_lists_are_its_parts(run):
    ex = run(
        "Zed Holdings was seized on Monday. Zed Holdings's businesses include Wingaz, a "
        "major supplier of gas, and Astorex, which runs a storage site in Lower Saxony."
    )
    facts = triples(ex)
    assert ("Wingaz", "partOf", "Zed Holdings") in facts
    assert ("Astorex", "partOf", "Zed Holdings") in facts


def test_a_pipeline_carrying_a_states_crude_makes_that_state_the_supplier(run):
    ex = run(
        "Russia built the line in the 1960s. Today the Yonder pipeline delivers about 1 "
        "million barrels per day of Russian crude to Belarus, Poland and Germany."
    )
    facts = triples(ex)
    for k in ("Belarus", "Poland", "Germany"):
        assert ("Russia", "supplies", k) in facts


def test_a_state_supplying_much_of_anothers_gas_supplies_it(run):
    ex = run("Norway still supplies much of Germany's gas, the economy ministry said.")
    assert ("Norway", "supplies", "Germany") in triples(ex)


def test_a_pipeline_group_exporting_a_states_oil_does_not_supply_that_state(run):
    ex = run(
        "The Zed Pipeline Consortium, which exports most of Kazakhstan's oil through a "
        "terminal near the port, said its operations had not been affected."
    )
    assert ("Zed Pipeline Consortium", "supplies", "Kazakhstan") not in triples(ex)


def test_jets_a_state_sends_to_strike_are_its_own(run):
    ex = run("Thailand sent F-16 fighter jets to bomb military positions on Thursday.")
    assert ("Thailand", "uses", "F-16") in triples(ex)


def test_a_probe_sent_to_explore_is_not_called_used(run):
    ex = run("China plans to send Chang'e-7 to explore the moon's south pole in 2026.")
    assert ("China", "uses", "Chang'e-7") not in triples(ex)


def test_companies_that_belong_to_a_group_are_not_parts_of_one_another(run):
    ex = run(
        "Zedwerk, the sports-car maker controlled by Volkswagen, said 1,100 of its cars were "
        "on board. Audi, Bentley and Lamborghini, which also belong to the German group, "
        "had vehicles on the ship as well."
    )
    facts = triples(ex)
    for a in ("Audi", "Bentley", "Lamborghini"):
        for b in ("Audi", "Bentley", "Lamborghini"):
            assert (a, "partOf", b) not in facts


def test_a_division_one_of_a_states_formations_is_no_membership_of_the_state(run):
    ex = run(
        "Kostroma is home to the 76th Guards Air Assault Division, one of Russia's elite "
        "airborne formations, and to a transport regiment."
    )
    facts = triples(ex)
    assert ("Russia", "memberOf", "76th Guards Air Assault Division") not in facts
    assert ("76th Guards Air Assault Division", "locatedIn", "Kostroma") in facts


def test_open_waters_belong_to_no_state(run):
    ex = run(
        "Russia's Black Sea fleet lost a corvette, and Russia later abandoned the island in "
        "the Black Sea. The drones struck near India's Indian Ocean islands."
    )
    facts = triples(ex)
    for waters, state in (("Black Sea", "Russia"), ("Indian Ocean", "India")):
        assert (waters, "country", state) not in facts
        assert (waters, "locatedIn", state) not in facts
        assert (state, "owns", waters) not in facts


def test_a_ship_prefix_and_the_words_after_it_are_one_vessel_its_navy_operates(run):
    ex = run("The flotilla was shadowed by the Royal New Zealand Navy's HMNZS Te Rapa.")
    assert by_name(ex, "HMNZS Te Rapa").type == "Product"
    assert ("Royal New Zealand Navy", "operates", "HMNZS Te Rapa") in triples(ex)


def test_a_product_described_as_a_companys_tool_when_the_parser_loses_the_apposition(run):
    ex = run("The states sued over Zed360, Google's search advertising management tool.")
    assert ("Google", "operates", "Zed360") in triples(ex)


def test_a_name_described_as_a_car_carrier_is_a_ship_and_a_low_cost_carrier_a_company(run):
    ex = run(
        "The Zedmaru Express, a car carrier that caught fire in the Atlantic nearly two weeks "
        "ago, sank on Tuesday. Zedjet, a low-cost carrier based in Riga, cancelled flights."
    )
    assert by_name(ex, "Zedmaru Express").type == "Product"
    assert by_name(ex, "Zedjet").type == "Organization"


def test_crude_benchmarks_are_products(run):
    ex = run("Brent fell 3% on Monday, while Zedral crude traded at a deep discount.")
    assert by_name(ex, "Brent").type == "Product"
    assert by_name(ex, "Zedral").type == "Product"


def test_a_time_ago_is_no_part_of_a_place_name(run):
    ex = run("The Zedmaru Express caught fire in the Atlantic two weeks ago.")
    assert "Atlantic" in names(ex)
    assert not any("ago" in n for n in names(ex))


def test_a_town_given_with_its_state_is_a_place_in_it(run):
    ex = run(
        "Zedspace engineer Jane Roe spoke as employees at the Hawthorne, California, "
        "headquarters cheered."
    )
    assert by_name(ex, "Hawthorne").type == "Location"
    assert ("Hawthorne", "locatedIn", "California") in triples(ex)


def test_saying_its_operations_were_not_at_risk_asserts_and_never_there_denies(run):
    ex = run(
        "Zedoil, which runs the country's biggest refinery, said its operations were not at "
        "risk. Yonco said its drones were never in Russia."
    )
    assert stances(ex, "Zedoil") == {"asserts"}
    assert stances(ex, "Yonco") == {"denies"}


def test_a_listed_company_is_not_the_unit_named_after_it(run):
    ex = run(
        "Germany took control of Gazprom Germania, the German subsidiary of Russia's gas "
        "giant Gazprom, on Monday. Gazprom said on Friday that it had exited the business."
    )
    assert by_name(ex, "Gazprom").key != by_name(ex, "Gazprom Germania").key
    assert stances(ex, "Gazprom") == {"asserts"}


def test_a_statement_after_that_is_claimed_when_the_parser_loses_its_verb(run):
    ex = run(
        "Zedland's Supreme National Security Council said in a statement that the number of "
        "missiles used matched the number of bombs."
    )
    claims = [
        c for c in ex.claims if c.speaker == by_name(ex, "Supreme National Security Council").key
    ]
    assert claims and "matched the number of bombs" in claims[0].text


def test_estimates_and_portrayals_are_claims(run):
    ex = run(
        "Data firm Zedrisk Group estimated the value of the lost cargo at around $438 "
        "million. Zedland's Defence Ministry portrayed the pullout as a gesture of goodwill."
    )
    assert stances(ex, "Zedrisk Group") == {"asserts"}
    assert stances(ex, "Defence Ministry") == {"asserts"}


def test_the_war_a_state_is_pressed_to_end_or_sanctioned_over_is_its_own(run):
    ex = run(
        "The president stepped up pressure on Norland to end its war in Ukraine. Zedland "
        "refused to join sanctions against Russia over the war in Georgia. The minister said "
        "Eritrea bears responsibility as it continues its illegal war against Chad."
    )
    wars = {frozenset((s, o)) for s, p, o in triples(ex) if p == "inConflictWith"}
    assert frozenset(("Norland", "Ukraine")) in wars
    assert frozenset(("Russia", "Georgia")) in wars
    assert frozenset(("Eritrea", "Chad")) in wars


def test_a_states_jets_that_struck_are_its_own_not_its_make(run):
    ex = run(
        "Thailand and Cambodia exchanged artillery fire and Thai F-16 jets struck Cambodian "
        "positions."
    )
    facts = triples(ex)
    assert ("Thailand", "uses", "F-16") in facts
    assert ("F-16", "country", "Thailand") not in facts


def test_a_four_word_air_force_before_a_model_is_the_force_that_flies_it(run):
    ex = run(
        "A Chinese J-16 fighter jet cut in front of a Royal Zedland Air Force P-8A Poseidon "
        "surveillance aircraft over the South China Sea."
    )
    assert ("Royal Zedland Air Force", "uses", "P-8A Poseidon") in triples(ex)


def test_a_full_name_the_model_missed_that_speaks_is_a_person(run):
    ex = run(
        "SAN FRANCISCO, March 29 (Reuters) - Elon Musk said on Friday that his artificial "
        "intelligence startup xAI had acquired X in an all-stock transaction."
    )
    assert by_name(ex, "Elon Musk").type == "Person"


def test_a_name_with_von_der_is_one_person_also_when_a_sentence_opens_with_it(run):
    ex = run(
        "STRASBOURG — Ursula von der Zedde secured a second term as president of the European "
        "Commission on Thursday. Von der Zedde had cultivated close ties with Meloni."
    )
    person = by_name(ex, "Ursula von der Zedde")
    assert person.type == "Person"
    assert any(m.text == "Von der Zedde" for m in person.mentions)


def test_a_short_family_name_given_first_is_the_person_named_in_full(run):
    ex = run(
        "Russian President Vladimir Putin and Chinese President Xi Jinping congratulated him. "
        "Xi said China was ready to work with the new government."
    )
    assert any(m.text == "Xi" for m in by_name(ex, "Xi Jinping").mentions)
    assert "Xi" not in names(ex)


def test_two_names_joined_by_and_are_two_when_each_is_named_alone(run):
    ex = run(
        "Eni said the ruling was fair. Shell declined to comment. Prosecutors had accused "
        "Eni and Shell of paying bribes. The Zed Securities and Exchange Commission sued. "
        "The Zed Securities and Exchange Commission said so."
    )
    found = names(ex)
    assert {"Eni", "Shell"} <= found
    assert "Eni and Shell" not in found
    assert "Zed Securities and Exchange Commission" in found


def test_names_joined_by_a_slash_are_credits_or_two_dateline_places(run):
    ex = run(
        "ISLAMABAD/NEW DELHI (Reuters) - Zedland will release the pilot, Prime Minister Jan "
        "Roe said.\nPhoto: Kyle Zed/HKFP\nThe F/A-XX programme was delayed."
    )
    found = names(ex)
    assert not any("/" in n and n != "F/A-XX" for n in found)
    assert {"Islamabad", "NEW DELHI"} <= found or {"ISLAMABAD", "NEW DELHI"} <= found


def test_a_town_described_as_a_regions_town_lies_in_the_region(run):
    ex = run(
        "Stockpiles at Cushing, the Oklahoma town where the contracts are settled, climbed "
        "to a record last week."
    )
    assert ("Cushing", "locatedIn", "Oklahoma") in triples(ex)
