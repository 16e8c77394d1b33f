"""Entities, relations and claims from rules added after reading a nineteenth set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, names, stances, triples


def test_a_maker_participle_fused_to_a_state_is_no_part_of_a_model_name(run):
    ex = run("The boat will be armed with U.S.-made ZK-48 heavyweight torpedoes.")
    assert "ZK-48" in names(ex)
    assert "U.S.-made ZK-48" not in names(ex)


def test_a_two_word_nationality_before_a_model_is_no_part_of_its_name(run):
    ex = run("A South Korean Zedmu-2 missile fell into the sea on Tuesday.")
    assert "Zedmu-2" in names(ex)
    assert "Korean Zedmu-2" not in names(ex)


def test_a_nationality_before_a_name_that_qualifies_a_thing_makes_no_person(run):
    ex = run("NASA astronauts will ride Russian Soyuz rockets from September.")
    assert by_name(ex, "Soyuz").type == "Product"
    assert "Russian Soyuz" not in names(ex)


def test_a_given_name_that_is_also_a_nationality_stays_in_the_persons_name(run):
    ex = run(
        "Energy Minister German Galushchenko said on Friday that the attack was the largest yet."
    )
    assert by_name(ex, "German Galushchenko").type == "Person"


def test_an_arabic_article_opening_a_groups_name_stays_in_it(run):
    ex = run("The United States killed al Qaeda leader Omar al-Yamani in a drone strike.")
    assert "al Qaeda" in names(ex)
    assert ("Omar al-Yamani", "leads", "al Qaeda") in triples(ex)


def test_the_country_of_a_flag_carrier_is_the_state_its_name_opens_with(run):
    ex = run(
        "Iran sent the missiles last month. The United States imposed sanctions on Iran Air, "
        "the country's flag carrier, and on several vessels."
    )
    facts = triples(ex)
    assert ("Iran Air", "country", "Iran") in facts
    assert ("Iran Air", "country", "United States") not in facts


def test_a_court_in_a_city_when_the_parser_hangs_in_on_the_judge(run):
    ex = run(
        "He was brought before an investigating judge of the Federal Court of Justice in "
        "Karlsruhe on Thursday."
    )
    assert ("Federal Court of Justice", "locatedIn", "Karlsruhe") in triples(ex)


def test_a_place_in_a_states_province_lies_in_the_province_past_a_bearing(run):
    ex = run("The missile was fired from Zedong-ri in North Korea's northern Jagang Province.")
    assert ("Zedong-ri", "locatedIn", "Jagang Province") in triples(ex)


def test_its_headquarters_in_a_city_place_the_company_there(run):
    ex = run(
        "Apple, which employs about 6,000 people at its European headquarters in Cork, is "
        "still fighting other battles."
    )
    assert ("Apple", "locatedIn", "Cork") in triples(ex)


def test_a_place_in_the_south_of_a_country_lies_in_it(run):
    ex = run("The plant in Cork, in the south of Ireland, employs about 6,000 people.")
    assert ("Cork", "locatedIn", "Ireland") in triples(ex)


def test_the_head_of_a_bracketed_office_named_before_the_person_leads_it(run):
    ex = run(
        "Zedland expelled 40 diplomats in April, saying they were spies, and in October the "
        "government dismissed the head of the Zed Office for Border Control (ZOBC), Jane "
        "Roellar, over reported contacts with people linked to foreign security services."
    )
    assert ("Jane Roellar", "leads", "Zed Office for Border Control") in triples(ex)


def test_a_title_after_the_copula_of_an_apposed_subject_is_the_persons(run):
    ex = run(
        "Acme Corp's chief executive, Jane Doemer, is also chairman of the Zedland Business "
        "Council."
    )
    assert ("Jane Doemer", "leads", "Zedland Business Council") in triples(ex)


def test_a_movements_interior_minister_sits_in_its_cabinet_and_does_not_lead_it(run):
    ex = run("The Taliban's acting interior minister, Ali Rezaeiyan, said the road was open.")
    facts = triples(ex)
    assert ("Ali Rezaeiyan", "memberOf", "Taliban") in facts
    assert ("Ali Rezaeiyan", "leads", "Taliban") not in facts


def test_heading_a_directorate_of_an_agency_is_membership_of_the_agency(run):
    ex = run(
        "Kathy Zedders, who heads NASA's space operations directorate, said the launch went well."
    )
    facts = triples(ex)
    assert ("Kathy Zedders", "memberOf", "NASA") in facts
    assert ("Kathy Zedders", "leads", "NASA") not in facts


def test_completing_the_purchase_of_a_stake_makes_the_buyer_an_owner(run):
    ex = run(
        "Acme Corp completed its acquisition of a 70% stake in Zedco Mining on Monday, "
        "regulators said."
    )
    assert ("Acme Corp", "owns", "Zedco Mining") in triples(ex)


def test_a_company_reporting_a_deal_it_has_closed_states_a_fact(run):
    ex = run("Acme Corp said on Monday it had completed its purchase of Zedco Mining.")
    assert ("Acme Corp", "owns", "Zedco Mining") in triples(ex)


def test_a_company_saying_it_will_buy_another_still_only_claims_it(run):
    ex = run("Acme Corp said on Monday it would buy Zedco Mining Ltd for $2 billion.")
    assert not {r for r in triples(ex) if r[0] == "Acme Corp" and r[2] == "Zedco Mining Ltd"}
    assert stances(ex, "Acme Corp") == {"asserts"}


def test_names_listed_after_a_plural_kind_of_vessel_are_the_vessels(run):
    ex = run(
        "Zedland's navy currently operates just two combat-ready submarines, the Zed Lung "
        "and the Zed Hu, which were bought in the 1980s."
    )
    assert by_name(ex, "Zed Lung").type == "Product"
    assert by_name(ex, "Zed Hu").type == "Product"


def test_a_navy_reporting_on_its_own_destroyer_operates_it(run):
    ex = run(
        "The Zedland Navy said its guided-missile destroyer INS Zedapatnam, which is deployed "
        "in the Gulf of Aden, had sent a team aboard the tanker."
    )
    assert ("Zedland Navy", "operates", "INS Zedapatnam") in triples(ex)


def test_a_politicians_party_named_with_its_acronym_before_the_word_party(run):
    ex = run(
        "Parliament removed Prime Minister Imran Zedkhan from office. Members of Zedkhan's "
        "Zedland Justice (ZJ) party walked out of the chamber before the count."
    )
    assert ("Imran Zedkhan", "memberOf", "Zedland Justice") in triples(ex)


def test_a_party_leader_in_a_chamber_is_a_member_of_the_chamber(run):
    ex = run("Senate Democratic leader Chuck Zedmer said the bill would pass.")
    facts = triples(ex)
    assert ("Chuck Zedmer", "memberOf", "Senate") in facts
    assert ("Chuck Zedmer", "leads", "Senate") not in facts


def test_the_leader_of_a_chamber_still_leads_it(run):
    ex = run("Senate leader Chuck Zedmer said the bill would pass.")
    assert ("Chuck Zedmer", "leads", "Senate") in triples(ex)


def test_countries_that_increased_shipments_to_a_country_supply_it(run):
    ex = run("Chile, Peru and Brazil have increased shipments to Japan this year.")
    facts = triples(ex)
    assert ("Chile", "supplies", "Japan") in facts
    assert ("Brazil", "supplies", "Japan") in facts


def test_a_countrys_military_donor_supplies_it(run):
    ex = run("Norway has become Poland's second-biggest military donor after the United States.")
    assert ("Norway", "supplies", "Poland") in triples(ex)


def test_the_maker_of_the_equipment_carriers_buy_supplies_them(run):
    ex = run(
        "Zedtel and Zedfone, which both buy Huawei equipment for their networks, had warned "
        "that a hasty removal could cause disruption."
    )
    facts = triples(ex)
    assert ("Huawei", "supplies", "Zedtel") in facts
    assert ("Huawei", "supplies", "Zedfone") in facts
    assert ("Zedtel", "owns", "Huawei") not in facts


def test_an_ally_of_a_party_is_no_member_of_it(run):
    ex = run(
        "Karol Zedrocki, a historian backed by the nationalist Zedland Justice (ZJ) party, won. "
        "Prime Minister Viktor Orbenyi, a close ally of ZJ, hailed the victory. "
        "Jan Zedski, a senior member of ZJ, agreed."
    )
    facts = triples(ex)
    assert ("Viktor Orbenyi", "memberOf", "Zedland Justice") not in facts
    assert ("Jan Zedski", "memberOf", "Zedland Justice") in facts


def test_the_products_a_companys_relative_clause_calls_its_own_are_operated_by_it(run):
    ex = run(
        "Acme Platforms, whose Zedchat, Zedgram and Zedmail apps are used by billions, still "
        "faces a lawsuit. Rivals compete with Brixco Inc, whose Zedon X9 processor is being "
        "adopted by carmakers."
    )
    facts = triples(ex)
    assert ("Acme Platforms", "operates", "Zedchat") in facts
    assert ("Acme Platforms", "operates", "Zedmail") in facts
    assert ("Brixco Inc", "operates", "Zedon X9") in facts


def test_a_place_also_in_a_region_lies_in_it(run):
    ex = run(
        "The agency destroyed a rocket after launch from the Zedura Space Center, also in "
        "Kagoshima Prefecture."
    )
    assert ("Zedura Space Center", "locatedIn", "Kagoshima Prefecture") in triples(ex)


def test_a_town_in_what_is_now_a_country_lies_in_it(run):
    ex = run("The cruiser was built at a shipyard in Zedolaiv, in what is now Ukraine.")
    assert ("Zedolaiv", "locatedIn", "Ukraine") in triples(ex)


def test_a_town_in_a_countrys_province_lies_in_the_province(run):
    ex = run(
        "The company has its headquarters in Shenzhen, in China's southern Guangdong province."
    )
    assert ("Shenzhen", "locatedIn", "Guangdong province") in triples(ex)


def test_a_town_in_a_part_of_a_region_lies_in_the_region(run):
    ex = run("A car bomber killed 40 police in Pulwama, in the Indian-controlled part of Kashmir.")
    assert ("Pulwama", "locatedIn", "Kashmir") in triples(ex)


def test_a_name_described_as_a_start_up_is_a_company(run):
    ex = run("The aim was to eliminate Zedera, a start-up based in Bristol, England.")
    assert by_name(ex, "Zedera").type == "Organization"
    assert ("Zedera", "locatedIn", "Bristol") in triples(ex)


def test_a_participle_opening_a_sentence_is_no_name(run):
    ex = run(
        "Commissioned in 2022 after being built at a shipyard in Kerch, the ship was designed "
        "to guard territorial waters."
    )
    assert "Commissioned" not in names(ex)


def test_a_town_on_a_countrys_coast_lies_in_the_country(run):
    ex = run("The landing facilities are in Zedmin, on Germany's Baltic coast.")
    facts = triples(ex)
    assert ("Zedmin", "locatedIn", "Germany") in facts
    assert not {r for r in facts if r[0] == "Zedmin" and r[2] != "Germany"}


def test_a_common_word_opening_a_clause_is_no_name(run):
    ex = run("Zedland voted on Sunday. Turnout was about 58 percent, the election board said.")
    assert "Turnout" not in names(ex)


def test_a_body_based_in_a_country_lies_in_it(run):
    ex = run("The deal is awkward for Luxembourg-based Zedsat SA, which agreed to buy a rival.")
    facts = triples(ex)
    assert ("Zedsat SA", "locatedIn", "Luxembourg") in facts
    assert ("Zedsat SA", "country", "Luxembourg") not in facts


def test_a_chair_emeritus_is_a_member_not_the_leader(run):
    ex = run("Norman Zedvil, the chairman emeritus of Acme Corp, had opposed the bid.")
    facts = triples(ex)
    assert ("Norman Zedvil", "memberOf", "Acme Corp") in facts
    assert ("Norman Zedvil", "leads", "Acme Corp") not in facts


def test_the_leader_of_a_countrys_people_does_not_lead_the_country(run):
    ex = run(
        "Muhammad Zed Abubakar, the spiritual leader of Nigeria's Muslims, urged the "
        "government to act."
    )
    assert ("Muhammad Zed Abubakar", "leads", "Nigeria") not in triples(ex)


def test_leading_a_countrys_delegation_or_fight_is_not_leading_the_country(run):
    ex = run(
        "Defense Minister Rustem Zedov, who leads Ukraine's delegation, confirmed the trip. "
        "Genaro Zed Luna, who led Mexico's fight against drug cartels, was convicted."
    )
    facts = triples(ex)
    assert ("Rustem Zedov", "leads", "Ukraine") not in facts
    assert ("Genaro Zed Luna", "leads", "Mexico") not in facts


def test_a_country_opening_a_sentence_stays_a_name(run):
    ex = run("Denmark began supplying Ukraine with Zedpoon missiles in May.")
    assert by_name(ex, "Denmark").type == "Country"


def test_heading_a_bodys_programmes_is_working_for_it(run):
    ex = run(
        "Sergei Zedalev, a former cosmonaut who heads Roscosmos's human spaceflight programs, "
        "said engineers had found the leak."
    )
    facts = triples(ex)
    assert ("Sergei Zedalev", "memberOf", "Roscosmos") in facts
    assert ("Sergei Zedalev", "leads", "Roscosmos") not in facts


def test_companies_based_in_a_country_lie_in_it(run):
    ex = run(
        "Police raided offices used by the Pakistan-based companies Zedco Holdings and "
        "Brixco Traders."
    )
    facts = triples(ex)
    assert ("Zedco Holdings", "locatedIn", "Pakistan") in facts
    assert ("Brixco Traders", "locatedIn", "Pakistan") in facts


def test_a_member_of_two_alliances_belongs_to_both(run):
    ex = run("Slovakia, a member of the European Union and NATO with 5.4 million people, agreed.")
    facts = triples(ex)
    assert ("Slovakia", "memberOf", "European Union") in facts
    assert ("Slovakia", "memberOf", "NATO") in facts


def test_a_journalist_and_member_of_an_assembly_belongs_to_it(run):
    ex = run(
        "Fernando Zedcencio, a former investigative journalist and member of the National "
        "Assembly who had built his campaign on denouncing corruption, was shot."
    )
    assert ("Fernando Zedcencio", "memberOf", "National Assembly") in triples(ex)


def test_a_states_mission_to_the_united_nations_is_its_agency(run):
    ex = run(
        "Iran's mission to the United Nations said in August that it had no intention to "
        "interfere in the vote."
    )
    mission = by_name(ex, "Iran's mission to the United Nations")
    assert mission.type == "GovernmentAgency"
    assert (mission.name, "country", "Iran") in triples(ex)


def test_a_name_before_type_and_a_kind_of_weapon_is_the_model(run):
    ex = run("Russian forces launched 88 missiles and 63 Zedhed-type attack drones overnight.")
    assert by_name(ex, "Zedhed").type == "Product"


def test_a_name_before_hyphened_modifiers_of_a_weapon_system_is_the_system(run):
    ex = run("The Federal Council also chose Acme's Harvey surface-to-air missile system.")
    assert by_name(ex, "Harvey").type == "Product"


def test_the_chair_of_a_bodys_meeting_leads_the_body(run):
    ex = run(
        "The decision was taken at a meeting of the National Security Council chaired by "
        "Prime Minister Boris Zedson."
    )
    assert ("Boris Zedson", "leads", "National Security Council") in triples(ex)


def test_the_name_a_person_is_head_of_is_a_body(run):
    ex = run("Mary Zedthorpe, head of Zedport Cornwall, said the news was disappointing.")
    assert by_name(ex, "Zedport Cornwall").type == "Organization"
    assert ("Mary Zedthorpe", "leads", "Zedport Cornwall") in triples(ex)


def test_two_states_armed_forces_are_two_bodies(run):
    ex = run(
        "Ukraine's Armed Forces said they would hold the line. Russia's Armed Forces lost "
        "ground near the river."
    )
    forces = [e for e in ex.entities if e.type == "MilitaryUnit"]
    assert len(forces) == 2
    facts = triples(ex)
    countries = {(r[0], r[2]) for r in facts if r[1] == "country"}
    assert {c for _, c in countries} == {"Ukraine", "Russia"}


def test_the_general_staff_of_a_states_armed_forces_is_part_of_them(run):
    ex = run("The General Staff of Ukraine's Armed Forces said the military would continue.")
    assert "Ukraine" in names(ex)
    general_staff = by_name(ex, "General Staff")
    forces = next(e for e in ex.entities if e.type == "MilitaryUnit" and e is not general_staff)
    assert (general_staff.name, "partOf", forces.name) in triples(ex)


def test_a_second_recipient_of_a_contract_awarded_in_the_same_breath(run):
    ex = run(
        "In 2014 NASA awarded Zedspace Inc a $2.6 billion contract and Brixco Aerospace a "
        "$4.2 billion contract to develop capsules."
    )
    facts = triples(ex)
    assert ("NASA", "contractWith", "Zedspace Inc") in facts
    assert ("NASA", "contractWith", "Brixco Aerospace") in facts


def test_states_bound_by_a_treaty_have_a_contract(run):
    ex = run("Chile and Peru are bound by a 1951 Mutual Defense Treaty.")
    facts = triples(ex)
    assert ("Chile", "contractWith", "Peru") in facts or ("Peru", "contractWith", "Chile") in facts


def test_a_states_security_council_is_its_agency(run):
    ex = run(
        "Nikolai Zedrushev, the secretary of Russia's Security Council, told Russian "
        "television that the drone had been found."
    )
    council = by_name(ex, "Russia's Security Council")
    assert council.type == "GovernmentAgency"
    assert (council.name, "country", "Russia") in triples(ex)


def test_a_platform_with_a_general_counsel_is_the_company(run):
    ex = run("Colin Zedch, Facebook's general counsel, said the agreement would require a shift.")
    assert by_name(ex, "Facebook").type == "Organization"
    assert ("Colin Zedch", "memberOf", "Facebook") in triples(ex)


def test_a_universitys_institute_is_part_of_it(run):
    ex = run("Francisco Zedaldi is a fellow at Rice University's Baker Institute in Houston.")
    facts = triples(ex)
    assert ("Baker Institute", "partOf", "Rice University") in facts
    assert ("Rice University", "owns", "Baker Institute") not in facts


def test_striking_a_groups_bases_is_a_conflict_with_the_group(run):
    ex = run("Russia struck two bases of the Zed Liberation Army on Tuesday.")
    facts = triples(ex)
    assert ("Russia", "inConflictWith", "Zed Liberation Army") in facts or (
        "Zed Liberation Army",
        "inConflictWith",
        "Russia",
    ) in facts


def test_a_seated_body_in_a_sentence_set_in_a_city_sits_there(run):
    ex = run(
        "In Zedmascus, the Iranian embassy was ransacked. In London, the High Court is "
        "hearing a case brought by residents. In Kyiv, Zedco Holdings said it would expand."
    )
    facts = triples(ex)
    assert ("High Court", "locatedIn", "London") in facts
    assert not {r for r in facts if r[0] == "Zedco Holdings" and r[1] == "locatedIn"}


def test_a_company_based_in_a_city_and_state_lies_in_the_city(run):
    ex = run("Espoo, Finland-based Zedkia said the deal would add to its earnings.")
    facts = triples(ex)
    assert ("Zedkia", "locatedIn", "Espoo") in facts
    assert ("Zedkia", "locatedIn", "Finland") not in facts


def test_who_leads_a_bodys_division_works_for_the_body(run):
    ex = run(
        "The Justice Department's antitrust division, led by Assistant Attorney General "
        "Jonathan Zedter, sued the airline."
    )
    facts = triples(ex)
    assert ("Jonathan Zedter", "memberOf", "Justice Department") in facts
    assert ("Jonathan Zedter", "leads", "Justice Department") not in facts


def test_the_state_whose_goods_a_country_imports_supplies_it(run):
    ex = run(
        "Peru, the biggest importer of Chilean copper, was expected to bear the brunt. "
        "Chile said the ban was temporary. Zedco, the buyer of Acme Corp, agreed."
    )
    facts = triples(ex)
    assert ("Chile", "supplies", "Peru") in facts
    assert not {r for r in facts if r[1] == "supplies" and "Acme Corp" in r}
