"""Entities and relations from rules added after reading an eleventh set of news.

Invented sentences (names made up or generic), run through the real model end to end.
"""

from __future__ import annotations

from nlp_helpers import by_name, triples


def test_a_product_an_agency_is_preparing_is_its_own(run):
    ex = run("The Norland Space Agency is preparing its own Vega-2 lander, due to fly next year.")
    assert ("Norland Space Agency", "operates", "Vega-2") in triples(ex)


def test_a_name_set_off_by_the_company_it_is_is_an_organisation(run):
    ex = run(
        "Virgil Cargo, the small rocket company founded by billionaire Jane Roe, sought "
        "court protection from creditors on Tuesday.\n\n"
        "[Photo: Virgil Cargo's Blue Lady, a modified jet, takes off from Ridgeport.]\n\n"
        "Virgil Cargo's system was meant to give small operators a cheap ride to orbit."
    )
    assert by_name(ex, "Virgil Cargo").type == "Organization"
    assert ("Jane Roe", "founded", "Virgil Cargo") in triples(ex)


def test_the_based_company_a_subject_accuses_is_another_company(run):
    ex = run(
        "Brixco Telecom buys its chips from Velmar Inc., a rival. Brixco had accused the "
        "Oslo-based company of charging unfair royalties."
    )
    assert ("Velmar Inc", "locatedIn", "Oslo") in triples(ex)
    assert ("Brixco Telecom", "locatedIn", "Oslo") not in triples(ex)


def test_the_main_supplier_of_goods_to_a_company_supplies_it(run):
    ex = run(
        "Zedtek Memory is the largest supplier of fast memory chips to Velmar Inc., the chip "
        "designer."
    )
    assert ("Zedtek Memory", "supplies", "Velmar Inc") in triples(ex)


def test_a_state_that_is_its_biggest_arms_supplier_supplies_the_other(run):
    ex = run(
        "Norway has no embassy in Moldova yet remains its closest partner and largest arms "
        "supplier."
    )
    assert ("Norway", "supplies", "Moldova") in triples(ex)


def test_a_provider_of_services_to_a_government_supplies_it(run):
    ex = run(
        "Brixco Imaging Corp. is a key provider of radar images to the Norwegian Defence "
        "Ministry, the company said."
    )
    ministry = by_name(ex, "Norwegian Defence Ministry").name
    assert ("Brixco Imaging Corp", "supplies", ministry) in triples(ex)


def test_a_former_supplier_supplies_nobody(run):
    ex = run("Brixco Imaging Corp. was a former supplier of cameras to Velmar Inc.")
    assert ("Brixco Imaging Corp", "supplies", "Velmar Inc") not in triples(ex)


def test_the_charitys_chief_executive_leads_the_charity(run):
    ex = run(
        "The aid group Bread Across Borders paused its work on Monday. Jane Roe, the "
        "charity's chief executive, called the strike a disgrace."
    )
    assert ("Jane Roe", "leads", "Bread Across Borders") in triples(ex)


def test_an_office_named_after_a_title_is_one_body(run):
    ex = run(
        "Solicitor General Jorge Paixa, head of the Attorney General's Office, told reporters "
        "the payments would start soon."
    )
    office = by_name(ex, "Attorney General's Office")
    assert office.type == "GovernmentAgency"
    assert ("Jorge Paixa", "leads", office.name) in triples(ex)
    assert not any(e.name in {"Solicitor", "Office"} for e in ex.entities)


def test_a_bare_ministry_word_before_a_title_is_the_ministry_named_before(run):
    ex = run(
        "The Norwegian Foreign Ministry summoned the envoy, and ministry spokesperson "
        "Jane Roe condemned the attack."
    )
    ministry = by_name(ex, "Norwegian Foreign Ministry").name
    assert ("Jane Roe", "memberOf", ministry) in triples(ex)


def test_a_party_name_ending_in_party_is_no_reference_to_another_body(run):
    ex = run(
        "Opponents, among them the opposition Nation's Party (NP), blamed solar power, and "
        "rail operator Zedrail moved passengers off its trains."
    )
    assert not any(s == "Nation's Party" and p == "owns" for s, p, _ in triples(ex))


def test_the_main_contractor_for_a_launcher_builds_it(run):
    ex = run("Velmar Defense Corp. is the main contractor for the Zed-9 launcher, the army said.")
    assert ("Velmar Defense Corp", "operates", "Zed-9") in triples(ex)


def test_a_contractor_for_an_army_makes_nothing_of_the_army(run):
    ex = run("Velmar Defense Corp. is a contractor for the Norwegian Army.")
    assert not any(
        s == "Velmar Defense Corp" and p in {"operates", "owns"} for s, p, _ in triples(ex)
    )


def test_missiles_both_made_by_a_companys_unit_are_the_units(run):
    ex = run(
        "The ship fires Zed-6 missiles and Yon-2 missiles, both made by Velmar Corp's Orion "
        "Systems unit."
    )
    unit = by_name(ex, "Orion Systems").name
    assert (unit, "operates", "Zed-6") in triples(ex)
    assert (unit, "operates", "Yon-2") in triples(ex)


def test_a_group_operating_under_a_brand_is_not_part_of_it(run):
    ex = run("The Madrid-based group Telvora operates under the Movix brand in Spain.")
    assert ("Telvora", "partOf", "Movix") not in triples(ex)
    assert ("Telvora", "owns", "Movix") in triples(ex) or ("Telvora", "operates", "Movix") in (
        triples(ex)
    )


def test_a_company_ordered_to_shut_a_platform_is_a_company(run):
    ex = run("Regulators ordered Zedron to close its offshore platform within a week.")
    assert by_name(ex, "Zedron").type == "Organization"


def test_a_force_named_before_an_aircraft_code_is_the_forces_user(run):
    ex = run("The battery was carried on Norwegian Air Force C-130 cargo planes to Tromso.")
    force = next(e for e in ex.entities if e.type == "MilitaryUnit")
    assert "Air Force" in force.name
    assert by_name(ex, "C-130").type == "Product"
    assert (force.name, "uses", "C-130") in triples(ex)


def test_a_capital_an_ambassador_is_recalled_from_is_a_place(run):
    ex = run("Chile recalled its ambassador from Lima and expelled Peru's envoy.")
    assert by_name(ex, "Lima").type == "Location"


def test_a_subsidiary_named_after_its_parent_is_not_the_parent(run):
    ex = run(
        "Zedmart said on Monday it would cut prices. Zedmart Web Services, the cloud arm, "
        "grew 12%, and Jane Roe, who runs Zedmart Web Services, will join the board. "
        "Zedmart said profits rose."
    )
    names = {e.name for e in ex.entities}
    assert {"Zedmart", "Zedmart Web Services"} <= names


def test_a_short_name_in_the_headline_still_names_the_full_one_of_the_body(run):
    ex = run(
        "Zedco seals $6 billion Corvid takeover\n\n"
        "Zedco Corp said it now owns the oil driller Corvid Basin Resources. Jane Roe, who "
        "started Corvid in 1997, joins Zedco's board."
    )
    corvids = [e for e in ex.entities if e.name.startswith("Corvid")]
    assert len(corvids) == 1


def test_a_place_in_an_occupied_region_is_in_it(run):
    ex = run("A drone shot down two helicopters near Cape Morvan in occupied Crimea.")
    assert ("Cape Morvan", "locatedIn", "Crimea") in triples(ex)


def test_a_port_in_a_countrys_region_is_in_the_region_not_only_the_country(run):
    ex = run("The ship carried the containers to the port of Nakhodka in Russia's Far East.")
    assert ("Nakhodka", "locatedIn", "Far East") in triples(ex)
    assert ("Nakhodka", "locatedIn", "Russia") not in triples(ex)


def test_generic_forces_nothing_is_said_about_are_no_entity(run):
    ex = run(
        "Russian forces pressed on near Bakhmut on Monday. Ukrainian forces use Starlink "
        "terminals, the ministry said."
    )
    units = [e for e in ex.entities if e.type == "MilitaryUnit"]
    assert len(units) == 1
    assert (units[0].name, "uses", "Starlink") in triples(ex)


def test_a_capital_friendly_to_its_state_stands_for_the_state(run):
    ex = run(
        "Jane Roe of the Beijing-friendly Unity Party came second. Beijing has branded "
        "the winner a separatist, and analysts said Beijing would keep up the pressure on China's "
        "neighbour."
    )
    assert not any(e.name == "Beijing" and e.type == "Location" for e in ex.entities)


def test_a_bare_chief_executive_leads_the_company_the_article_is_about(run):
    ex = run(
        "Zedcorp Inc. reported a loss on Monday and said sales of its Zed phones fell. "
        "Zedcorp expects a recovery next year, and Brixco Capital and Velmar Partners, its two "
        'largest shareholders, backed the plan. "We are confident in our plan," Chief '
        "Executive Jane Roe said."
    )
    assert ("Jane Roe", "leads", "Zedcorp Inc") in triples(ex)


def test_the_described_companys_product_is_the_companys(run):
    ex = run(
        "Norway's data regulator fined Zedmind Labs over the way the Californian software "
        "company's Zedchat app stored data."
    )
    assert ("Zedmind Labs", "operates", "Zedchat") in triples(ex)


def test_a_politicians_far_right_party_is_hers_as_a_member(run):
    ex = run(
        "The vote came after Jane Roe's far-right Freedom Rally trounced the centrist alliance."
    )
    assert ("Jane Roe", "memberOf", "Freedom Rally") in triples(ex)
    assert ("Jane Roe", "owns", "Freedom Rally") not in triples(ex)


def test_a_former_minister_from_a_party_belongs_to_it(run):
    ex = run(
        "Jan Korpela, a former premier from the conservative Northern Unity Party, took the runoff."
    )
    assert ("Jan Korpela", "memberOf", "Northern Unity Party") in triples(ex)


def test_a_president_also_of_a_party_belongs_to_it(run):
    ex = run(
        "Lin succeeds President Chen Mei-ling, also of the Democratic Unity Party, who has "
        "served two terms."
    )
    assert ("Chen Mei-ling", "memberOf", "Democratic Unity Party") in triples(ex)


def test_a_person_from_a_town_is_no_member_of_it(run):
    ex = run("Jane Roe from Ridgeport Party Supplies said the shop would reopen.")
    assert not any(p == "memberOf" for _, p, _ in triples(ex))


def test_a_named_group_of_a_company_run_by_someone_is_led_by_him(run):
    ex = run(
        "Some 900 staff move to Velmar's Cloud Systems division, which is run by senior vice "
        "president John Doe."
    )
    assert ("John Doe", "leads", "Cloud Systems") in triples(ex)
    assert ("John Doe", "leads", "Velmar") not in triples(ex)


def test_a_council_led_by_someone_after_a_comma_is_led_by_him(run):
    ex = run(
        "Hours later a panel chosen by the Varna-based Supreme Council, led by Ahmed al-Zawi, "
        "took over the bank."
    )
    assert ("Ahmed al-Zawi", "leads", "Supreme Council") in triples(ex)


def test_a_company_operating_a_complex_at_a_place_operates_the_site(run):
    ex = run(
        "Zedoil Industries, which runs the biggest oil refining complex at Varnapur, signed a "
        "supply deal with Brixco Energy."
    )
    assert ("Zedoil Industries", "operates", "Varnapur") in triples(ex)


def test_the_canal_run_by_an_authority_is_the_named_canal(run):
    ex = run(
        "Critics say foreign firms control the Zedland Canal. The government disputes this, "
        "noting that the canal is operated by the Zedland Canal Authority, a public agency."
    )
    assert ("Zedland Canal Authority", "operates", "Zedland Canal") in triples(ex)


def test_a_capital_that_was_cautious_or_was_told_something_is_its_state(run):
    ex = run(
        "Norway sent rifles to Moldova in March. Oslo was initially cautious about sending "
        "heavier arms, and Chisinau had told Oslo it would use them only for defence."
    )
    assert not any(e.name == "Oslo" and e.type == "Location" for e in ex.entities)


def test_a_state_abbreviated_in_a_dateline_is_the_state_named_later(run):
    ex = run(
        "SANTA ROSA, Calif. (AP) - Zedcorp filed for bankruptcy. Its rockets flew from the "
        "Mojave Desert in California."
    )
    states = [e for e in ex.entities if e.name in {"California", "Calif"}]
    assert len(states) == 1
