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
        "Virgil Cargo, the satellite launch company founded by billionaire Jane Roe, filed "
        "for bankruptcy on Tuesday.\n\n"
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
        "Zedtek Memory has been the main supplier of fast memory chips to Velmar Inc., "
        "whose processors lead the market."
    )
    assert ("Zedtek Memory", "supplies", "Velmar Inc") in triples(ex)


def test_a_state_that_is_its_biggest_arms_supplier_supplies_the_other(run):
    ex = run(
        "Norway does not formally recognise Moldova but is its most important backer and "
        "biggest arms supplier."
    )
    assert ("Norway", "supplies", "Moldova") in triples(ex)


def test_a_provider_of_services_to_a_government_supplies_it(run):
    ex = run(
        "Brixco Imaging Corp. is a critical provider of satellite images to the Norwegian "
        "Defence Ministry, the company said."
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
        "Solicitor General Jorge Paixa, who heads the Attorney General's Office (AGU), "
        "said the money would help the families."
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
        "Critics, including the opposition People's Party (PP), blamed the outage on "
        "solar power, and rail operator Zedrail evacuated passengers from its trains."
    )
    assert not any(s == "People's Party" and p == "owns" for s, p, _ in triples(ex))
